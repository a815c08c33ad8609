/**
 * The Serbian Cyrillic edition written after the build: every Serbian page
 * has a Cyrillic twin in sr-Cyrl, with readable text in Cyrillic, links that
 * stay in the edition, and inline scripts and the CSP copied unchanged; and
 * every localized page names the Cyrillic twin as an alternate.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYRILLIC_SEGMENT } from '../../src/lib/cyrillic-edition';
import { LOCALES } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';
import { elementsOf, textOf, type HtmlElement } from '../support/html';
import { fileOfUrl, listHtmlFiles, readDist, requireDist } from '../support/dist';

let dist: string;
let latin: string[];
let cyrillic: string[];

beforeAll(() => {
  dist = requireDist();
  const files = listHtmlFiles(dist);
  latin = files.filter((file) => file.startsWith('sr/'));
  cyrillic = files.filter((file) => file.startsWith(`${CYRILLIC_SEGMENT}/`));
});

const twinOf = (file: string) => `${CYRILLIC_SEGMENT}/${file.slice('sr/'.length)}`;
/** The raw text inside a <script> or <style>. */
const rawText = (element: HtmlElement): string => element.node.childNodes.map((child) => ('value' in child ? String(child.value) : '')).join('');

describe('Serbian Cyrillic edition', () => {
  it('has a twin of every Serbian page and nothing else', () => {
    expect(latin.length).toBeGreaterThan(10);
    expect(cyrillic.sort()).toEqual(latin.map(twinOf).sort());
  });

  it('is marked sr-Cyrl, names itself as canonical and has its headings in Cyrillic', () => {
    const problems: string[] = [];
    for (const file of cyrillic) {
      const elements = elementsOf(readDist(file, dist));
      const html = elements.find(({ tag }) => tag === 'html');
      if (html?.attrs.lang !== 'sr-Cyrl') problems.push(`${file}: lang=${html?.attrs.lang}`);
      const canonical = elements.find(({ tag, attrs }) => tag === 'link' && attrs.rel === 'canonical')?.attrs.href;
      if (canonical && fileOfUrl(new URL(canonical).pathname) !== file) problems.push(`${file}: canonical ${canonical}`);
      for (const heading of elements.filter(({ tag }) => tag === 'h1')) {
        const text = textOf(heading.node);
        if (/[čćđšž]/i.test(text) || !/[а-шђјљњћџ]/i.test(text)) problems.push(`${file}: h1 "${text}" is not in Cyrillic`);
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('keeps inline scripts and the Content-Security-Policy byte for byte, so the hashes hold', () => {
    const inline = (file: string) =>
      elementsOf(readDist(file, dist))
        .filter(({ tag, attrs }) => (tag === 'script' && !attrs.src) || tag === 'style' || (tag === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy'))
        .map((element) => (element.tag === 'meta' ? element.attrs.content : rawText(element)));
    for (const file of latin) expect(inline(twinOf(file)), file).toEqual(inline(file));
  });

  it('links to Cyrillic pages, except where a link names another language', () => {
    const problems: string[] = [];
    for (const file of cyrillic) {
      for (const { tag, attrs } of elementsOf(readDist(file, dist))) {
        if (tag !== 'a' || !attrs.href || attrs.hreflang) continue;
        const url = new URL(attrs.href, `${SITE.url}/${file}`);
        if (url.origin === new URL(SITE.url).origin && url.pathname.startsWith(`${SITE.base}/sr/`) && url.pathname.endsWith('/')) {
          problems.push(`${file}: ${attrs.href}`);
        }
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('is named as an alternate by every localized page, and exists there', () => {
    const problems: string[] = [];
    for (const file of listHtmlFiles(dist).filter((name) => [...LOCALES, CYRILLIC_SEGMENT].some((edition) => name.startsWith(`${edition}/`)))) {
      const html = readDist(file, dist);
      if (/<meta[^>]+http-equiv="refresh"/i.test(html)) continue;
      const alternate = elementsOf(html).find(({ tag, attrs }) => tag === 'link' && attrs.rel === 'alternate' && attrs.hreflang === 'sr-Cyrl');
      if (!alternate) problems.push(`${file}: no hreflang="sr-Cyrl"`);
      else if (!existsSync(join(dist, fileOfUrl(new URL(alternate.attrs.href!).pathname)))) problems.push(`${file}: ${alternate.attrs.href} missing`);
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });
});
