/**
 * Search finds the site's own entries in each language: a word from a
 * service's name, typed in Russian, English and Serbian (Latin and Cyrillic),
 * brings up that service; Russian works with and without ё; the header's
 * search box leads to the same language's results; filters and the result
 * badges come from the index. A search without filters downloads no filter
 * data (the page lists the filters' values itself). Expected entries are
 * read from content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/schemas/locales';
import { DICTIONARIES } from '../../src/i18n';
import { SERVICE_TYPES } from '../../src/schemas/vocabularies';
import { openRecordingPage } from '../support/browser';
import { DIST, pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();

interface ServiceFile {
  id: string;
  draft?: boolean;
  country: string;
  city: string;
  types: (keyof typeof SERVICE_TYPES)[];
  name: Partial<Record<Locale, string>>;
  description: Partial<Record<Locale, string>>;
  eligibility?: Partial<Record<Locale, string>>;
}

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'services');
const services: ServiceFile[] = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(join(CONTENT, file), 'utf8')) as ServiceFile)
  .filter((service) => !service.draft);

const words = (text: string) => text.match(/\p{L}{5,}/gu) ?? [];

/**
 * A service with a name in `locale` and the longest word of that name that
 * satisfies `wanted`: the most specific thing to search for.
 */
function sampleWord(
  locale: Locale,
  wanted: (word: string) => boolean = () => true,
): { service: ServiceFile; word: string } {
  for (const service of services) {
    const word = words(service.name[locale] ?? '')
      .filter(wanted)
      .sort((a, b) => b.length - a.length)[0];
    if (word) return { service, word };
  }
  throw new Error(`content/services has no service name in ${locale} with a suitable word`);
}

const hasDiacritics = (word: string) => /[čćžšđ]/i.test(word);

/** Latin → Serbian Cyrillic, the way a person typing in Cyrillic would write the word. */
function toSerbianCyrillic(latin: string): string {
  const map: Record<string, string> = Object.fromEntries(
    'lj=љ nj=њ dž=џ a=а b=б v=в g=г d=д đ=ђ e=е ž=ж z=з i=и j=ј k=к l=л m=м n=н o=о p=п r=р s=с t=т ć=ћ u=у f=ф h=х c=ц č=ч š=ш'
      .split(' ')
      .map((pair) => pair.split('=')),
  );
  return latin.toLowerCase().replace(/lj|nj|dž|./g, (letters) => map[letters] ?? letters);
}

/** Waits until the search for `query` has an answer (results or none); fails if search could not load. */
async function settled(page: Page, query: string): Promise<void> {
  const search = page.locator('site-search');
  await expect
    .poll(() => search.getAttribute('data-state'), { message: `no answer for "${query}"` })
    .toMatch(/^(results|empty|unavailable)$/);
  expect(await search.getAttribute('data-state'), `search for "${query}"`).not.toBe('unavailable');
}

/** Every result link after typing `query` on the search page of `locale`, following "show more" to the end. */
async function resultsFor(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.goto(`${site.url}${pageUrl(locale, 'search')}`);
  await page.locator('#search-query').fill(query);
  await settled(page, query);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('site-search').getAttribute('data-shown');
    await more.click();
    await expect.poll(() => page.locator('site-search').getAttribute('data-shown')).not.toBe(shown);
  }
  return page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

async function withPage<T>(use: (page: Page, requests: string[]) => Promise<T>): Promise<T> {
  const { page, context, errors, requests } = await openRecordingPage(site.browser, site.url);
  try {
    const result = await use(page, requests);
    expect(errors, 'script errors').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

describe('search finds services by a word of their name', () => {
  it.each<[string, Locale, (word: string) => string, ((word: string) => boolean)?]>([
    ['Russian', 'ru', (word) => word],
    ['English', 'en', (word) => word],
    ['Serbian in Latin script', 'sr', (word) => word],
    [
      'Serbian in Latin script without diacritics',
      'sr',
      (word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj'),
      hasDiacritics,
    ],
    ['Serbian in Cyrillic script', 'sr', toSerbianCyrillic, hasDiacritics],
  ])('%s', async (_name, locale, spell, wanted) => {
    const { service, word } = sampleWord(locale, wanted);
    const query = spell(word);
    const results = await withPage((page) => resultsFor(page, locale, query));
    expect(results, `"${query}" (from "${service.name[locale]}")`).toContain(pageUrl(locale, `services/${service.id}`));
    expect(
      results.every((url) => url.startsWith(pageUrl(locale, ''))),
      `results of "${query}" stay in ${locale}`,
    ).toBe(true);
  });
});

describe('search finds a service by what people look for besides its name', () => {
  const cityName = (service: ServiceFile) => {
    const country = parse(readFileSync(join(CONTENT, '..', 'countries', `${service.country}.yaml`), 'utf8')) as {
      cities: Record<string, { name: Partial<Record<Locale, string>> }>;
    };
    return country.cities[service.city]?.name.en ?? '';
  };
  // A word said only in the service's own words on eligibility, so only that part of the page can match it.
  const eligible = services
    .flatMap((service) => {
      const elsewhere = `${service.name.en ?? ''} ${service.description.en ?? ''}`.toLowerCase();
      return words(service.eligibility?.en ?? '')
        .filter((word) => !elsewhere.includes(word.toLowerCase()))
        .map((word) => ({ service, word }));
    })
    .sort((a, b) => b.word.length - a.word.length)[0];
  const typed = services[0]!;

  it.each<[string, () => [ServiceFile, string]]>([
    ['its type', () => [typed, SERVICE_TYPES[typed.types[0]!].en.label]],
    ['its city', () => [typed, cityName(typed)]],
    ['a word of who it is for', () => [eligible!.service, eligible!.word]],
  ])('%s (English)', async (_name, sample) => {
    const [service, query] = sample();
    const results = await withPage((page) => resultsFor(page, 'en', query));
    expect(results, `"${query}"`).toContain(pageUrl('en', `services/${service.id}`));
  });
});

describe('Russian search with and without ё', () => {
  const withYo = services
    .flatMap((service) =>
      words(`${service.name.ru ?? ''} ${service.description.ru ?? ''}`).map((word) => ({ service, word })),
    )
    .find(({ word }) => word.includes('ё'));

  it('content has a word with ё to test with', () => {
    expect(withYo, 'no Russian service text with ё in content/services').toBeDefined();
  });

  it.runIf(withYo)('finds text written with ё when the query uses е', async () => {
    const { service, word } = withYo!;
    const results = await withPage((page) => resultsFor(page, 'ru', word.replace(/ё/g, 'е')));
    expect(results).toContain(pageUrl('ru', `services/${service.id}`));
  });

  it('finds text written with е when the query uses ё', async () => {
    const { service, word } = sampleWord('ru', (candidate) => candidate.includes('е'));
    const query = word.replace('е', 'ё');
    const results = await withPage((page) => resultsFor(page, 'ru', query));
    expect(results).toContain(pageUrl('ru', `services/${service.id}`));
  });
});

describe('search page', () => {
  it('takes a query from the header search box, stays in the language and clears the query from the address', async () => {
    const { service, word } = sampleWord('sr');
    await withPage(async (page) => {
      await page.goto(`${site.url}${pageUrl('sr', 'services')}`);
      await page.locator('header input[name="q"]').fill(word);
      await Promise.all([
        page.waitForURL(`${site.url}${pageUrl('sr', 'search')}**`),
        page.locator('header input[name="q"]').press('Enter'),
      ]);
      await settled(page, word);
      const links = await page
        .locator('.search-result h2 a')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(links).toContain(pageUrl('sr', `services/${service.id}`));
      expect(new URL(page.url()).search, 'the query must not stay in the address and history').toBe('');
      expect(await page.locator('#search-query').inputValue()).toBe(word);
    });
  });

  it('shows a type badge and, for services, the city; the type filter narrows results', async () => {
    await withPage(async (page) => {
      const { word } = sampleWord('en');
      await resultsFor(page, 'en', word);
      const first = page.locator('.search-result[data-type="service"]').first();
      expect(await first.locator('.badge').textContent()).toBe(DICTIONARIES.en['search.type.service']);
      expect((await first.locator('.search-result__place').textContent())?.trim()).not.toBe('');

      // An empty query with a filter lists everything of that type.
      await page.locator('#search-query').fill('');
      const typeFilter = page.locator('select[name="type"]');
      const options = await typeFilter.locator('option').allTextContents();
      const statement = DICTIONARIES.en['search.type.statement'];
      expect(options, 'type filter options').toEqual(
        expect.arrayContaining([DICTIONARIES.en['search.type.service'], statement]),
      );
      await typeFilter.selectOption(statement);
      // Poll the whole answer: the previous results stay on screen until the new ones replace them.
      const resultTypes = async () => [
        ...new Set(
          await page
            .locator('.search-result')
            .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type)),
        ),
      ];
      await expect.poll(resultTypes, { message: 'only statements after choosing that type' }).toEqual(['statement']);
    });
  });

  it('downloads no filter data for a search without filters, and only the chosen filter’s when filtering', async () => {
    const { service, word } = sampleWord('ru');
    await withPage(async (page, requests) => {
      const pagefindFiles = () =>
        requests.map((url) => new URL(url).pathname).filter((path) => path.includes('/pagefind/'));
      const filterFiles = () => pagefindFiles().filter((path) => path.includes('/pagefind/filter/'));
      const links = await resultsFor(page, 'ru', word);
      expect(links).toContain(pageUrl('ru', `services/${service.id}`));
      expect(filterFiles(), 'filter data fetched by a search without filters').toEqual([]);
      const scripts = pagefindFiles().filter((path) => path.endsWith('.js'));
      expect(scripts, 'Pagefind’s runtime once, without its web worker').toHaveLength(1);
      expect(scripts[0]).toMatch(/\/pagefind\/pagefind\.js$/);
      const indexFiles = pagefindFiles().filter((path) => /\/(index|fragment)\/|\.pf_meta$|\.pagefind$/.test(path));
      expect(indexFiles.length).toBeGreaterThan(0);
      expect(
        indexFiles.filter((path) => !/[/.]ru[_.]/.test(path)),
        'index files of other languages',
      ).toEqual([]);

      const countries = page.locator('select[name="country"]');
      expect(
        await countries.locator('option').count(),
        'the page lists countries before any filter data arrives',
      ).toBeGreaterThan(2);
      await countries.selectOption({ index: 1 });
      await expect.poll(() => filterFiles().length, { message: 'the country filter’s data' }).toBeGreaterThan(0);
      await settled(page, word);
      const languageFilters = readdirSync(join(DIST, 'pagefind', 'filter')).filter((file) => file.startsWith('ru_'));
      expect(new Set(filterFiles()).size, 'only the chosen filter’s data').toBeLessThan(languageFilters.length);
    });
  });

  it('waits for a third letter before searching as one types, and searches a shorter query on Enter', async () => {
    const { word } = sampleWord('ru');
    await withPage(async (page, requests) => {
      // The page's own clock, so the typing pause is over for sure, however slow this machine is.
      await page.clock.install();
      await page.goto(`${site.url}${pageUrl('ru', 'search')}`);
      const box = page.locator('#search-query');
      await box.pressSequentially(word.slice(0, 2));
      await page.clock.runFor(2_000);
      expect(await page.locator('site-search').getAttribute('data-state')).not.toMatch(/^(loading|results|empty)$/);
      const excerpts = () => requests.filter((url) => url.includes('/pagefind/fragment/'));
      expect(excerpts(), 'excerpts fetched for two typed letters').toEqual([]);
      await box.press('Enter');
      await settled(page, word.slice(0, 2));
    });
  });

  it('keeps the answer to Enter when the typing pause ends while the index is still loading', async () => {
    await withPage(async (page) => {
      await page.clock.install();
      await page.goto(`${site.url}${pageUrl('ru', 'search')}`);
      // Pagefind stays unanswered until the typing pause is over, as on a slow phone.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/**', async (route) => {
        await held;
        await route.continue();
      });
      const box = page.locator('#search-query');
      await box.fill('а');
      await box.press('Enter');
      await page.clock.runFor(2_000);
      release();
      await settled(page, 'а');
    });
  });

  it('shows a note and a link to the service list without JavaScript', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'search')}`);
      expect(await page.locator(`noscript`).innerHTML()).toContain(pageUrl('ru', 'services'));
    } finally {
      await context.close();
    }
  });
});
