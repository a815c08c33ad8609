/**
 * The published /data/hsds/services.json validates against Open Referral's
 * HSDS 3.0 schemas (tests/fixtures/hsds-3.0/) and lists every published
 * service of the build.
 */
import { describe, expect, it } from 'vitest';
import type { HsdsPage } from '../../src/lib/hsds';
import { listFiles, readDist, requireDist, WHOLE_SITE_MS } from '../support/dist';
import { hsdsProblems } from '../support/hsds-schema';

const dist = requireDist();

describe('/data/hsds/services.json', () => {
  const page = JSON.parse(readDist('data/hsds/services.json', dist)) as HsdsPage;

  it('validates against the HSDS 3.0 schemas, every id a unique UUID', () => {
    const problems = hsdsProblems(page);
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('holds every service that has a page, and only those', () => {
    const pages = listFiles(dist)
      .map((file) => /^en\/services\/([^/]+)\/index\.html$/.exec(file)?.[1])
      .filter((id): id is string => id !== undefined && id !== 'in');
    expect(page.contents.map((service) => service.x_id).sort()).toEqual(pages.sort());
    expect(page.total_items).toBe(pages.length);
  });
});
