/**
 * The build parses each content file once: the validator's run before the
 * build hands its reading to the content loaders (`shareWithBuild`,
 * `loadForBuild(…, reuse)`), but only when it found nothing wrong in the same
 * folder, so a broken file still stops the build at the loader too.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadForBuild, validateContent, type CollectionName } from '../../src/lib/validation';
import { COLLECTIONS } from '../../src/lib/validation/collections';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];
const scratch = mkdtempSync(join(tmpdir(), 'parse-once-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('one parse per build', () => {
  it('gives the loaders the validator’s entries, exactly what a second reading would store', () => {
    expect(validateContent({ root: ROOT, shareWithBuild: true }).problems).toEqual([]);
    for (const name of NAMES) {
      const reused = loadForBuild(name, ROOT, true);
      // The same objects each time: nothing was read again.
      expect(loadForBuild(name, ROOT, true).stored, name).toBe(reused.stored);
      expect(reused.problems, name).toEqual([]);
      expect(reused.stored, name).toEqual(loadForBuild(name, ROOT, false).stored);
    }
  });

  it('shares nothing after a run that found a problem, so the loader reads and refuses the file itself', () => {
    cpSync(join(ROOT, 'content'), join(scratch, 'content'), { recursive: true });
    symlinkSync(join(ROOT, 'public'), join(scratch, 'public'), 'dir');
    writeFileSync(join(scratch, 'content', 'services', 'by', 'soligorsk', 'broken.yaml'), 'id: broken\nname: [\n');
    expect(validateContent({ root: scratch, shareWithBuild: true }).problems.length).toBeGreaterThan(0);
    const { problems } = loadForBuild('services', scratch, true);
    expect(problems.map((problem) => problem.file)).toContain('content/services/by/soligorsk/broken.yaml');
    // The earlier clean run was for another folder: never used for this one.
    expect(loadForBuild('services', scratch, true).stored.some((entry) => entry.id === 'broken')).toBe(false);
  });
});
