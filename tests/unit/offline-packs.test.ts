import { describe, expect, it } from 'vitest';
import {
  assetLinks,
  builtEditions,
  planOffline,
  searchLanguageOf,
  withImports,
  type BuiltFile,
} from '../../src/lib/offline-packs';

const file = (path: string, transferBytes = 1000, revision = 'r1'): BuiltFile => ({ path, transferBytes, revision });

const site = (changes: Record<string, string> = {}): BuiltFile[] =>
  [
    'index.html',
    'favicon.svg',
    'quick-exit.js',
    'sw.js',
    '_astro/site.css',
    '_astro/search.js',
    '_astro/directory.js',
    '_astro/service.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-worker.js',
    'offline/ru.json',
    'offline/ru.abc.json',
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.js',
    'pagefind/wasm.unknown.pagefind',
    'data/services.csv',
    ...['ru', 'sr'].flatMap((lang) => [
      `${lang}/index.html`,
      `${lang}/search/index.html`,
      `${lang}/privacy/index.html`,
      `${lang}/services/index.html`,
      `${lang}/services/in/by/index.html`,
      `${lang}/services/needle-point/index.html`,
      `${lang}/events/index.html`,
      `${lang}/events/fair/index.html`,
      `${lang}/countries/by/index.html`,
      `${lang}/map/index.html`,
      `pagefind/wasm.${lang}.pagefind`,
      `pagefind/pagefind.${lang}_1234.pf_meta`,
      `pagefind/index/${lang}_aaa.pf_index`,
      `pagefind/filter/${lang}_bbb.pf_filter`,
      `pagefind/fragment/${lang}_ccc.pf_fragment`,
    ]),
  ].map((path) => file(path, 1000, changes[path] ?? 'r1'));

const urls = (entries: [string, string][]) => entries.map(([url]) => url);

/** Which assets each page links to: every page the stylesheet, search and list pages their scripts. */
const assetsOf = (pages: string[]) => [
  ...new Set(
    pages.flatMap((page) => [
      '_astro/site.css',
      ...(page.includes('/search/') ? ['_astro/search.js'] : []),
      ...(page.includes('/services/') ? ['_astro/directory.js'] : []),
      ...(/\/services\/[^/]+\/index/.test(page) && !page.includes('/in/') ? ['_astro/service.js'] : []),
    ]),
  ),
];

describe('planOffline', () => {
  const plan = planOffline(site(), { locales: ['ru', 'sr'], base: '', assetsOf });
  const ru = plan.packs.find((pack) => pack.locale === 'ru')!;

  it('gives each edition a shell of its own small pages with what they load, and nothing of other editions', () => {
    expect(urls(ru.shell)).toEqual(['/_astro/site.css', '/favicon.svg', '/quick-exit.js', '/ru/', '/ru/privacy/']);
    expect(ru.shellBytes).toBe(5000);
  });

  it('saves a language’s lists (services, events), its search page, Pagefind’s runtime and the whole search index in its core pack, and nothing of other languages', () => {
    expect(urls(ru.core).sort()).toEqual(
      [
        '/_astro/directory.js',
        '/_astro/search.js',
        '/ru/search/',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        '/pagefind/fragment/ru_ccc.pf_fragment',
        '/pagefind/filter/ru_bbb.pf_filter',
        '/pagefind/index/ru_aaa.pf_index',
        '/pagefind/pagefind.ru_1234.pf_meta',
        '/pagefind/wasm.ru.pagefind',
        '/ru/services/',
        '/ru/services/in/by/',
        '/ru/events/',
      ].sort(),
    );
  });

  it('saves the language’s other pages in its full pack with the scripts no earlier layer holds, but not the map', () => {
    expect(urls(ru.full).sort()).toEqual([
      '/_astro/service.js',
      '/ru/countries/by/',
      '/ru/events/fair/',
      '/ru/services/needle-point/',
    ]);
  });

  it('gives a derived edition (sr-cyrl) its own pages and the search index of its source language (sr)', () => {
    const files = [
      ...site(),
      ...['sr-cyrl/index.html', 'sr-cyrl/services/index.html', 'sr-cyrl/services/needle-point/index.html'].map((path) =>
        file(path),
      ),
    ];
    const both = planOffline(files, { locales: ['sr', 'sr-cyrl'], searchLanguages: ['ru', 'sr'] });
    const [sr, cyrillic] = both.packs;
    expect([...urls(sr!.core), ...urls(sr!.full)].filter((url) => url.includes('sr-cyrl'))).toEqual([]);
    expect(urls(cyrillic!.core).sort()).toEqual(
      [
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        '/pagefind/fragment/sr_ccc.pf_fragment',
        '/pagefind/filter/sr_bbb.pf_filter',
        '/pagefind/index/sr_aaa.pf_index',
        '/pagefind/pagefind.sr_1234.pf_meta',
        '/pagefind/wasm.sr.pagefind',
        '/sr-cyrl/services/',
      ].sort(),
    );
    expect(urls(cyrillic!.full)).toEqual(['/sr-cyrl/services/needle-point/']);
  });

  it('uses the base path in URLs and content hashes only for pages', () => {
    const based = planOffline(site(), { locales: ['ru'], base: '/directory' }).packs[0]!;
    expect(based.full).toContainEqual(['/directory/ru/services/needle-point/', 'r1']);
    expect(based.core).toContainEqual(['/directory/pagefind/fragment/ru_ccc.pf_fragment', '']);
  });

  it('says what each layer costs to download', () => {
    expect([ru.shellBytes, ru.coreBytes, ru.fullBytes]).toEqual([5000, 13000, 4000]);
  });

  it('changes a language’s version only when one of its files changes', () => {
    const changedRu = planOffline(site({ 'ru/services/needle-point/index.html': 'r2' }), {
      locales: ['ru', 'sr'],
      assetsOf,
    });
    expect(changedRu.packs[0]!.version).not.toBe(plan.packs[0]!.version);
    expect(changedRu.packs[1]!.version).toBe(plan.packs[1]!.version);
  });
});

describe('editions and their search index', () => {
  it('searches an edition’s own index, else its base language’s, as Pagefind does', () => {
    expect(searchLanguageOf('sr', ['ru', 'sr'])).toBe('sr');
    expect(searchLanguageOf('sr-cyrl', ['ru', 'sr'])).toBe('sr');
    expect(searchLanguageOf('sr-cyrl', ['sr', 'sr-cyrl'])).toBe('sr-cyrl');
    expect(searchLanguageOf('en', ['ru', 'sr'])).toBeUndefined();
  });

  it('finds the editions among the built files: top-level folders with a home page and an index to search', () => {
    const paths = site().map(({ path }) => path);
    expect(builtEditions([...paths, 'sr-cyrl/index.html', 'qr/index.html'], ['ru', 'sr'])).toEqual([
      'ru',
      'sr',
      'sr-cyrl',
    ]);
  });
});

describe('assetLinks and withImports', () => {
  it('follows script imports from the pages to every chunk they need', () => {
    const assets: Record<string, string> = {
      '_astro/search.abc.js': 'import{a}from"./shared.def.js";import("./lazy.123.js")',
      '_astro/shared.def.js': 'export const a=1;import(`./later.456.js`)',
      '_astro/lazy.123.js': '',
      '_astro/later.456.js': '',
      '_astro/map.999.js': 'import"./leaflet.888.js"',
    };
    const html = ['<script type="module" src="/_astro/search.abc.js"></script>'];
    expect(withImports(html.flatMap(assetLinks), (path) => assets[path])).toEqual([
      '_astro/later.456.js',
      '_astro/lazy.123.js',
      '_astro/search.abc.js',
      '_astro/shared.def.js',
    ]);
  });
});
