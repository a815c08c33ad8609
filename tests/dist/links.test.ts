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
import { anchorsOf, elementsOf, urlsOf, type HtmlElement } from '../support/html';
import { fileOfUrl, listHtmlFiles, readDist, requireDist, urlOfFile } from '../support/dist';

const ORIGIN = new URL(SITE.url).origin;
const NOT_FETCHED = /^(mailto|tel|sms|geo|data|blob):/i;

interface Page {
  file: string;
  url: string;
  elements: HtmlElement[];
  anchors: Set<string>;
}

let dist: string;
let pages: Map<string, Page>;

beforeAll(() => {
  dist = requireDist();
  pages = new Map();
  for (const file of listHtmlFiles(dist)) {
    const elements = elementsOf(readDist(file, dist));
    pages.set(file, { file, url: urlOfFile(file), elements, anchors: anchorsOf(elements) });
  }
  console.log(`link check: ${pages.size} HTML files in ${dist}`);
});

/** The problem with one URL on a page, or undefined when it resolves. */
function check(page: Page, raw: string): string | undefined {
  if (raw === '') return 'empty URL';
  if (/^javascript:/i.test(raw)) return 'javascript: URL (pages must work without scripts)';
  if (NOT_FETCHED.test(raw)) return undefined;
  const url = new URL(raw, `${ORIGIN}${page.url}`);
  if (url.origin !== ORIGIN) return undefined;
  const file = fileOfUrl(decodeURIComponent(url.pathname));
  const path = join(dist, file);
  if (!existsSync(path)) {
    if (existsSync(join(dist, file, 'index.html'))) return `folder link without trailing slash (costs a redirect): ${url.pathname}`;
    return `no such file: ${file}`;
  }
  if (statSync(path).isDirectory()) return `points at a folder with no index.html: ${file}`;
  if (url.hash && url.hash !== '#') {
    const target = pages.get(file);
    const id = decodeURIComponent(url.hash.slice(1));
    if (target && !target.anchors.has(id)) return `#${id} is not an id in ${file}`;
  }
  if (raw === '#') return 'bare "#" link goes nowhere';
  return undefined;
}

describe('internal links', () => {
  it('every href/src/srcset/action in every page resolves to a built file', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const element of page.elements) {
        // <link rel=canonical/alternate> use absolute URLs on the site's origin: checked like any other.
        for (const { attr, url } of urlsOf(element)) {
          checked++;
          const problem = check(page, url);
          if (problem) broken.push(`${page.file}: <${element.tag} ${attr}="${url}"> — ${problem}`);
        }
      }
    }
    console.log(`link check: ${checked} URLs checked, ${broken.length} broken`);
    expect(broken, broken.slice(0, 50).join('\n')).toEqual([]);
  });

  it('ids are unique within each page, so fragment links are unambiguous', () => {
    const duplicates: string[] = [];
    for (const page of pages.values()) {
      const seen = new Set<string>();
      for (const { attrs } of page.elements) {
        if (!attrs.id) continue;
        if (seen.has(attrs.id)) duplicates.push(`${page.file}: #${attrs.id}`);
        seen.add(attrs.id);
      }
    }
    expect(duplicates, duplicates.slice(0, 50).join('\n')).toEqual([]);
  });
});
