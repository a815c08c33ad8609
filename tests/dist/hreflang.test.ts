/**
 * Language alternates: every localized page names itself and its versions
 * in every locale plus x-default, and each named version names it back, so
 * search engines and the language switcher agree on which pages are the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';
import { elementsOf } from '../support/html';
import { editionPrefixes, fileOfUrl, listHtmlFiles, readDist, requireDist, urlOfFile, WHOLE_SITE_MS } from '../support/dist';

interface Alternates {
  canonical?: string;
  byLang: Map<string, string>;
}

let dist: string;
let alternates: Map<string, Alternates>;

beforeAll(() => {
  dist = requireDist();
  // Localized pages live under /<locale>/ (or a derived edition such as /sr-cyrl/); the root chooser and 404 page stand alone.
  const editions = editionPrefixes(dist);
  const isLocalized = (file: string) => editions.some((prefix) => file.startsWith(`${prefix}/`));
  alternates = new Map();
  for (const file of listHtmlFiles(dist).filter(isLocalized)) {
    const html = readDist(file, dist);
    // Redirect stubs (meta refresh) are not pages.
    if (/<meta[^>]+http-equiv="refresh"/i.test(html)) continue;
    const links = elementsOf(html).filter(({ tag }) => tag === 'link');
    alternates.set(file, {
      canonical: links.find(({ attrs }) => attrs.rel === 'canonical')?.attrs.href,
      byLang: new Map(links.filter(({ attrs }) => attrs.rel === 'alternate' && attrs.hreflang).map(({ attrs }) => [attrs.hreflang as string, attrs.href as string])),
    });
  }
}, WHOLE_SITE_MS);

const fileOfAbsolute = (href: string) => fileOfUrl(new URL(href, SITE.url).pathname);

describe('hreflang alternates', () => {
  it('every localized page has a canonical URL that is itself', () => {
    const wrong = [...alternates].filter(([file, { canonical }]) => !canonical || fileOfAbsolute(canonical) !== file).map(([file, { canonical }]) => `${file}: ${canonical}`);
    expect(wrong, wrong.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('every localized page lists ru, sr, en, x-default and itself, with absolute URLs to built pages', () => {
    const problems: string[] = [];
    for (const [file, { byLang }] of alternates) {
      for (const lang of [...LOCALES, 'x-default']) {
        const href = byLang.get(lang);
        if (!href) problems.push(`${file}: no hreflang="${lang}"`);
        else if (!/^https?:\/\//.test(href)) problems.push(`${file}: hreflang="${lang}" is not absolute: ${href}`);
        else if (!existsSync(join(dist, fileOfAbsolute(href)))) problems.push(`${file}: hreflang="${lang}" → missing ${href}`);
      }
      for (const [lang, href] of byLang) {
        if (!/^https?:\/\//.test(href)) problems.push(`${file}: hreflang="${lang}" is not absolute: ${href}`);
        else if (!existsSync(join(dist, fileOfAbsolute(href)))) problems.push(`${file}: hreflang="${lang}" → missing ${href}`);
      }
      if (![...byLang.values()].some((href) => fileOfAbsolute(href) === file)) problems.push(`${file}: no hreflang names the page itself`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('alternates are reciprocal: each version lists the same set of versions', () => {
    const problems: string[] = [];
    for (const [file, { byLang }] of alternates) {
      const selfUrl = new URL(urlOfFile(file), SITE.url).href;
      for (const [lang, href] of byLang) {
        if (lang === 'x-default') continue;
        const other = alternates.get(fileOfAbsolute(href));
        if (!other) continue;
        if (![...other.byLang.values()].includes(selfUrl)) problems.push(`${file} → ${lang} ${href}, which does not link back`);
        if (other.byLang.get('x-default') !== byLang.get('x-default')) problems.push(`${file} and ${href} disagree on x-default`);
      }
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
