/**
 * The sitemap lists every page a search engine may index, in every edition
 * (the Serbian Cyrillic one included), each with its alternates, and nothing
 * else: no page that says noindex, no file that is not a page, nothing that
 * was not built. robots.txt names it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { editionPrefixes, fileOfUrl, listHtmlFiles, readDist, requireDist, urlOfFile, WHOLE_SITE_MS } from '../support/dist';

interface Entry {
  loc: string;
  'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[];
}

const ROOT = new URL(`${SITE.base}/`, SITE.url).href;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });
const NOINDEX = /<meta name="?robots"? content="?noindex/;

let dist: string;
let entries: Entry[];
let sitemapFiles: string[];

/** The dist/ file of an absolute URL of the site. */
const fileOf = (url: string) => fileOfUrl(new URL(url).pathname);

beforeAll(() => {
  dist = requireDist();
  const index = parser.parse(readDist('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  sitemapFiles = index.sitemapindex.sitemap.map(({ loc }) => loc);
  entries = sitemapFiles.flatMap((loc) => (parser.parse(readDist(fileOf(loc))) as { urlset: { url: Entry[] } }).urlset.url);
  console.log(`sitemap: ${entries.length} URLs in ${sitemapFiles.length} file(s)`);
}, WHOLE_SITE_MS);

describe('sitemap', () => {
  it('names its files by their full address on the site', () => {
    expect(sitemapFiles.length).toBeGreaterThan(0);
    for (const loc of sitemapFiles) {
      expect(loc.startsWith(ROOT), loc).toBe(true);
      expect(existsSync(join(dist, fileOf(loc))), loc).toBe(true);
    }
  });

  it('lists every indexable page once, in every edition, and nothing else', { timeout: WHOLE_SITE_MS }, () => {
    const listed = entries.map(({ loc }) => loc);
    expect(new Set(listed).size, 'no URL twice').toBe(listed.length);
    const pages = listHtmlFiles(dist);
    const indexable = pages.filter((file) => !NOINDEX.test(readDist(file, dist))).map((file) => new URL(urlOfFile(file), SITE.url).href);
    expect([...listed].sort()).toEqual(indexable.sort());
    for (const edition of editionPrefixes(dist)) {
      expect(listed.filter((url) => url.startsWith(`${ROOT}${edition}/`)).length, edition).toBeGreaterThan(10);
    }
  });

  it('leaves out the pages that ask not to be indexed', () => {
    const unlisted = listHtmlFiles(dist).filter((file) => NOINDEX.test(readDist(file, dist)));
    expect(unlisted, 'the slip pages and the 404 page').toContain('404.html');
    expect(unlisted.some((file) => /^(ru|sr|en|sr-cyrl)\/slip\/index\.html$/.test(file))).toBe(true);
  });

  it('gives each page its alternates in every edition, each of them listed', () => {
    const listed = new Set(entries.map(({ loc }) => loc));
    const editions = editionPrefixes(dist).length;
    for (const { loc, 'xhtml:link': links = [] } of entries) {
      if (loc === ROOT) continue;
      expect(links.length, loc).toBe(editions);
      expect(links.map((link) => link['@_href']), loc).toContain(loc);
      for (const link of links) expect(listed.has(link['@_href']), `${loc} → ${link['@_href']}`).toBe(true);
    }
    const cyrillic = entries.find(({ loc }) => loc === `${ROOT}sr/`)?.['xhtml:link']?.find((link) => link['@_hreflang'] === 'sr-Cyrl');
    expect(cyrillic?.['@_href']).toBe(`${ROOT}sr-cyrl/`);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap', () => {
    const robots = readDist('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
  });
});
