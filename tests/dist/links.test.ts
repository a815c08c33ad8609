/**
 * Every internal link, image, script and stylesheet in the built site points
 * at a file that exists, and every #fragment at an id in its target page.
 * External links are not fetched (no network); what may load from outside is
 * checked in privacy.test.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { anchorsOf, elementsOf, urlsOf } from '../support/html';
import { fileOfUrl, listHtmlFiles, readDist, requireDist, urlOfFile, WHOLE_SITE_MS } from '../support/dist';

const ORIGIN = new URL(SITE.url).origin;
const NOT_FETCHED = /^(mailto|tel|sms|geo|data|blob):/i;

let dist: string;
let files: string[];
/** Ids per page, the only thing kept from every page (whole trees of a large site do not fit in memory). */
let anchors: Map<string, Set<string>>;
const exists = new Map<string, boolean>();

/** Whether a path exists, remembered: the same header and hreflang targets recur on every page. */
function existsCached(path: string): boolean {
  let found = exists.get(path);
  if (found === undefined) {
    found = existsSync(path);
    exists.set(path, found);
  }
  return found;
}

beforeAll(() => {
  dist = requireDist();
  files = listHtmlFiles(dist);
  anchors = new Map(files.map((file) => [file, anchorsOf(elementsOf(readDist(file, dist)))]));
  console.log(`link check: ${files.length} HTML files in ${dist}`);
}, WHOLE_SITE_MS);

/** The problem with one URL on a page, or undefined when it resolves. */
function check(pageUrl: string, raw: string): string | undefined {
  if (raw === '') return 'empty URL';
  if (/^javascript:/i.test(raw)) return 'javascript: URL (pages must work without scripts)';
  if (NOT_FETCHED.test(raw)) return undefined;
  const url = new URL(raw, `${ORIGIN}${pageUrl}`);
  if (url.origin !== ORIGIN) return undefined;
  // Under a base path (a GitHub Pages project site) nothing outside it belongs to the site.
  if (SITE.base && !url.pathname.startsWith(`${SITE.base}/`)) return `outside the base path ${SITE.base}/: ${url.pathname}`;
  const file = fileOfUrl(decodeURIComponent(url.pathname));
  const path = join(dist, file);
  if (!existsCached(path)) {
    if (existsCached(join(dist, file, 'index.html'))) return `folder link without trailing slash (costs a redirect): ${url.pathname}`;
    return `no such file: ${file}`;
  }
  if (statSync(path).isDirectory()) return `points at a folder with no index.html: ${file}`;
  if (url.hash && url.hash !== '#') {
    const target = anchors.get(file);
    const id = decodeURIComponent(url.hash.slice(1));
    if (target && !target.has(id)) return `#${id} is not an id in ${file}`;
  }
  if (raw === '#') return 'bare "#" link goes nowhere';
  return undefined;
}

describe('internal links', () => {
  it('every href/src/srcset/action in every page resolves to a built file', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const pageUrl = urlOfFile(file);
      for (const element of elementsOf(readDist(file, dist))) {
        // <link rel=canonical/alternate> use absolute URLs on the site's origin: checked like any other.
        for (const { attr, url } of urlsOf(element)) {
          checked++;
          const problem = check(pageUrl, url);
          if (problem) broken.push(`${file}: <${element.tag} ${attr}="${url}"> — ${problem}`);
        }
      }
    }
    console.log(`link check: ${checked} URLs checked, ${broken.length} broken`);
    expect(broken, broken.slice(0, 50).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('ids are unique within each page, so fragment links are unambiguous', () => {
    const duplicates: string[] = [];
    for (const file of files) {
      const seen = new Set<string>();
      for (const { attrs } of elementsOf(readDist(file, dist))) {
        if (!attrs.id) continue;
        if (seen.has(attrs.id)) duplicates.push(`${file}: #${attrs.id}`);
        seen.add(attrs.id);
      }
    }
    expect(duplicates, duplicates.slice(0, 50).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
