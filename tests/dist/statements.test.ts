/**
 * What journalists get from the built site: the statement feeds (parsed as
 * XML), share images and card tags, the "Cite this" block, PDF links and the
 * press page — checked against the statements in content/, not hard-coded ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation';
import { announcesFeeds } from '../../src/lib/routes';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import type { Statement } from '../../src/schemas/statements';
import { SITE } from '../../src/site.config';
import { elementsOf, textOf, type HtmlElement } from '../support/html';
import { escapeHtml } from '../../src/lib/statements';
import { fileOfUrl, listHtmlFiles, PROJECT_ROOT, readDist, requireDist } from '../support/dist';

interface FeedItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
  'dc:language': string;
  category?: string | string[];
}

let dist: string;
/** Published statements from content/: id → language → frontmatter. */
let statements: Map<string, Partial<Record<Locale, Statement>>>;

beforeAll(() => {
  dist = requireDist();
  statements = new Map();
  for (const { data } of validateContent({ root: PROJECT_ROOT }).statements) {
    if (data.draft) continue;
    statements.set(data.id, { ...statements.get(data.id), [data.lang]: data });
  }
});

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

function readFeed(file: string): { channel: Record<string, unknown>; items: FeedItem[] } {
  const xml = readFileSync(join(dist, file), 'utf8');
  const parsed = parser.parse(xml) as { rss: { channel: Record<string, unknown> & { item?: FeedItem[] } } };
  expect(parsed.rss, `${file} is RSS`).toBeDefined();
  return { channel: parsed.rss.channel, items: parsed.rss.channel.item ?? [] };
}

const sitePath = (url: string) => new URL(url).pathname;
/** `https://…/en/statements/x/` → `['', 'en', 'statements', 'x', '']`, whatever the base path. */
const segments = (url: string) => sitePath(url).slice(SITE.base.length).split('/');
const isoDay = (rssDate: string) => new Date(rssDate).toISOString().slice(0, 10);
const meta = (elements: HtmlElement[], key: string) =>
  elements.find(({ tag, attrs }) => tag === 'meta' && (attrs.property === key || attrs.name === key))?.attrs.content;

function expectDescendingDates(items: FeedItem[]): void {
  const dates = items.map((item) => isoDay(item.pubDate));
  expect(dates).toEqual([...dates].sort().reverse());
}

describe('statement feeds', () => {
  for (const locale of LOCALES) {
    it(`/${locale}/statements/rss.xml lists every statement once, newest first, linking to built ${locale} pages`, () => {
      const { channel, items } = readFeed(`${locale}/statements/rss.xml`);
      expect(channel.language).toBe(locale);
      expect(items.map((item) => segments(item.link)[3]).sort()).toEqual([...statements.keys()].sort());
      expectDescendingDates(items);
      for (const item of items) {
        const id = segments(item.link)[3]!;
        const versions = statements.get(id)!;
        const shown =
          versions[locale] ?? Object.values(versions).find((version) => version.lang === version.original_language)!;
        expect(sitePath(item.link)).toBe(`${SITE.base}/${locale}/statements/${id}/`);
        expect(existsSync(join(dist, fileOfUrl(sitePath(item.link)))), item.link).toBe(true);
        expect(isoDay(item.pubDate)).toBe(shown.date);
        expect(item['dc:language']).toBe(shown.lang);
        expect(item.title).toBe(shown.title);
        // Escaped as HTML inside the XML: readers render it as HTML (tests/unit/feeds.test.ts).
        expect(item.description).toBe(escapeHtml(shown.summary));
      }
    });
  }

  it('/statements/rss.xml has every language version, each marked with its language and linking to its own page', () => {
    const { items } = readFeed('statements/rss.xml');
    const versions = [...statements.values()].flatMap((byLang) => Object.values(byLang));
    expect(items).toHaveLength(versions.length);
    expectDescendingDates(items);
    for (const item of items) {
      const [, locale, , id] = segments(item.link);
      expect(item['dc:language']).toBe(locale);
      const version = statements.get(id!)?.[locale as Locale];
      expect(version, item.link).toBeDefined();
      expect(item.title).toBe(version!.title);
      expect(isoDay(item.pubDate)).toBe(version!.date);
    }
    expect(new Set(items.map((item) => item['dc:language']))).toEqual(new Set(versions.map((version) => version.lang)));
  });

  it('is announced in the head of the home, statement and press pages, in the page’s language and for all languages', () => {
    const problems: string[] = [];
    let announcing = 0;
    for (const file of listHtmlFiles(dist)) {
      const [locale, ...rest] = file.split('/');
      if (!LOCALES.includes(locale as Locale)) continue;
      const path = rest.slice(0, -1).join('/');
      const feeds = elementsOf(readDist(file, dist))
        .filter(({ tag, attrs }) => tag === 'link' && attrs.rel === 'alternate' && attrs.type === 'application/rss+xml')
        .map(({ attrs }) => attrs.href);
      const expected = announcesFeeds(path)
        ? [`${SITE.base}/${locale}/statements/rss.xml`, `${SITE.base}/statements/rss.xml`]
        : [];
      if (feeds.join() !== expected.join())
        problems.push(`${file}: feeds ${JSON.stringify(feeds)}, expected ${JSON.stringify(expected)}`);
      if (expected.length) announcing += 1;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Home, statement list, press and each statement page, in every locale.
    expect(announcing).toBe(LOCALES.length * (3 + statements.size));
  });
});

describe('statement pages', () => {
  const pages = () =>
    LOCALES.flatMap((locale) =>
      [...statements.keys()].map((id) => ({ locale, id, file: `${locale}/statements/${id}/index.html` })),
    );

  it('have Open Graph and Twitter card tags with a built share image under 60 KB', () => {
    const sizes: number[] = [];
    for (const { locale, id, file } of pages()) {
      const elements = elementsOf(readDist(file, dist));
      const canonical = elements.find(({ tag, attrs }) => tag === 'link' && attrs.rel === 'canonical')?.attrs.href;
      const h1 = textOf(elements.find(({ tag }) => tag === 'h1')!.node);
      expect(meta(elements, 'og:url'), file).toBe(canonical);
      expect(meta(elements, 'og:title'), file).toBe(h1);
      expect(meta(elements, 'twitter:card'), file).toBe('summary_large_image');
      const image = meta(elements, 'og:image')!;
      expect(image, file).toBe(meta(elements, 'twitter:image'));
      expect(sitePath(image)).toBe(`${SITE.base}/og/${locale}/${id}.png`);
      const png = readFileSync(join(dist, fileOfUrl(sitePath(image))));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length, `${image}: ${png.length} bytes`).toBeLessThan(60 * 1024);
      sizes.push(png.length);
    }
    console.log(`share images: ${sizes.length}, ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`);
  });

  it('offer the permalink and citations with the date, title and network name', () => {
    for (const { locale, id, file } of pages()) {
      const elements = elementsOf(readDist(file, dist));
      const permalink = `${SITE.url}${SITE.base}/${locale}/statements/${id}/`;
      const input = elements.find(({ tag, attrs }) => tag === 'input' && attrs.id === 'permalink');
      expect(input?.attrs.value, file).toBe(permalink);
      expect(input?.attrs, file).toHaveProperty('readonly');
      const cite = textOf(elements.find(({ tag, attrs }) => tag === 'section' && attrs.class?.includes('cite'))!.node);
      const version =
        statements.get(id)![locale] ??
        Object.values(statements.get(id)!).find((item) => item.lang === item.original_language)!;
      expect(cite.split(permalink).length - 1, `${file}: permalink in both citations`).toBeGreaterThanOrEqual(2);
      expect(cite).toContain(version.title);
      expect(cite).toContain(SITE.name[locale]);
      expect(cite).toContain(version.date.slice(0, 4));
    }
  });

  it('link a PDF only when the version has one, and the PDF is there', () => {
    for (const { locale, id, file } of pages()) {
      const pdfLinks = elementsOf(readDist(file, dist)).filter(
        ({ tag, attrs }) => tag === 'a' && attrs.type === 'application/pdf',
      );
      const version = statements.get(id)![locale];
      if (!version?.pdf) continue;
      expect(
        pdfLinks.map(({ attrs }) => attrs.href),
        file,
      ).toEqual([`${SITE.base}${version.pdf}`]);
      expect(
        readFileSync(join(dist, version.pdf.slice(1)))
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
  });

  it('works as a list without JavaScript: the filter form is hidden, every year has a section and a link', () => {
    for (const locale of LOCALES) {
      const elements = elementsOf(readDist(`${locale}/statements/index.html`, dist));
      const form = elements.find(
        ({ tag, node }) =>
          tag === 'form' &&
          node.parentNode &&
          'tagName' in node.parentNode &&
          node.parentNode.tagName === 'facet-filter',
      );
      expect(form?.attrs, 'the filter form').toHaveProperty('hidden');
      const years = new Set([...statements.values()].map((byLang) => Object.values(byLang)[0]!.date.slice(0, 4)));
      const ids = new Set(elements.map(({ attrs }) => attrs.id));
      const links = new Set(elements.filter(({ tag }) => tag === 'a').map(({ attrs }) => attrs.href));
      for (const year of years) {
        expect(ids.has(`year-${year}`), `${locale}: section for ${year}`).toBe(true);
        if (years.size > 1) expect(links.has(`#year-${year}`), `${locale}: link to ${year}`).toBe(true);
      }
      const cards = elements.filter(({ attrs }) => 'data-facet-item' in attrs);
      expect(cards).toHaveLength(statements.size);
    }
  });
});

describe('press page', () => {
  for (const locale of LOCALES) {
    it(`/${locale}/press/ gives the organisational press address, the feeds and the latest statements`, () => {
      const elements = elementsOf(readDist(`${locale}/press/index.html`, dist));
      const hrefs = elements.filter(({ tag }) => tag === 'a').map(({ attrs }) => attrs.href ?? '');
      expect(hrefs).toContain(`mailto:${SITE.pressEmail}`);
      expect(hrefs).toContain(`${SITE.base}/${locale}/statements/rss.xml`);
      expect(hrefs).toContain(`${SITE.base}/statements/rss.xml`);
      const newest = [...statements.keys()].find((id) => hrefs.includes(`${SITE.base}/${locale}/statements/${id}/`));
      expect(newest, 'a link to a statement').toBeDefined();
    });
  }
});
