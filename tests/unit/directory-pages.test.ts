import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cityAnchor,
  cityPagePath,
  cityPaging,
  countryAnchor,
  countryListing,
  directoryPages,
  DIRECTORY_PAGE_LIMIT,
  paginate,
  placeIndex,
  placeUrl,
  planDirectory,
  splitIntoPages,
} from '../../src/lib/directory-pages';
import { parseFilterQuery, placeKey } from '../../src/lib/filters';
import { localeUrl } from '../../src/lib/routes';
import { groupByPlace } from '../../src/lib/services';
import { countrySchema, type Country } from '../../src/schemas/countries';
import { serviceSchema, type Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const read = (file: string) => parse(readFileSync(join(VALID_FIXTURE, 'content', file), 'utf8'));
const belarusFixture = countrySchema.parse(read('countries/by.yaml'));
const cityNames = (...keys: string[]) =>
  Object.fromEntries(
    keys.map((key) => [key, { name: { ru: key, sr: key, en: key }, coordinates: { lat: 50, lon: 25 } }]),
  );
const belarus: Country = { ...belarusFixture, cities: cityNames('minsk', 'gomel', 'brest') };
const serbia: Country = {
  ...belarusFixture,
  id: 'rs',
  name: { ru: 'Сербия', sr: 'Srbija', en: 'Serbia' },
  cities: cityNames('belgrade', 'nis'),
};
const countries = new Map([belarus, serbia].map((country) => [country.id, country]));
const template = serviceSchema.parse(read('services/by/soligorsk/test-dispensary.yaml'));

/** `count` services spread over the cities of `country`, in turn. */
function servicesIn(country: Country, count: number, prefix = country.id): Service[] {
  const cities = Object.keys(country.cities);
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    id: `${prefix}-${index}`,
    country: country.id,
    city: cities[index % cities.length]!,
  }));
}

describe('planDirectory', () => {
  it('keeps a directory of up to the limit on one page, as the sample content is', () => {
    expect(planDirectory(servicesIn(belarus, 19)).onePage).toBe(true);
    expect(planDirectory(servicesIn(belarus, DIRECTORY_PAGE_LIMIT)).onePage).toBe(true);
    expect(planDirectory(servicesIn(belarus, 10), 10)).toEqual({ onePage: true, byCity: [] });
  });

  it('splits a larger one by country, and by city only in a country that alone is over the limit', () => {
    const services = [...servicesIn(belarus, 11), ...servicesIn(serbia, 4)];
    expect(planDirectory(services, 10)).toEqual({ onePage: false, byCity: ['by'] });
    expect(planDirectory(services, 14)).toEqual({ onePage: false, byCity: [] });
  });
});

describe('directory pages and links', () => {
  const services = [...servicesIn(belarus, 12), ...servicesIn(serbia, 5)];
  const groups = groupByPlace(services, countries, 'en');

  it('has no country or city pages while everything is on one page, and links to sections of it', () => {
    const plan = planDirectory(services, 100);
    expect(directoryPages(groups, plan)).toEqual({ countries: [], cities: [] });
    expect(placeUrl('en', plan, 'by')).toBe(`${localeUrl('en', 'services')}#${countryAnchor('by')}`);
    expect(placeUrl('en', plan, 'by', 'minsk')).toBe(`${localeUrl('en', 'services')}#${cityAnchor('by', 'minsk')}`);
  });

  it('lists every service on exactly one page once split, and links each place to the page that lists it', () => {
    const plan = planDirectory(services, 10);
    const { countries: countryPages, cities: cityPages } = directoryPages(groups, plan);
    expect(countryPages.map(({ group, indexesCities }) => [group.country.id, indexesCities])).toEqual([
      ['by', true],
      ['rs', false],
    ]);
    expect(
      cityPages.map(({ group, city }) => `${group.country.id}/${city}/${group.cities.map((c) => c.key).join()}`).sort(),
    ).toEqual(['by/brest/brest', 'by/gomel/gomel', 'by/minsk/minsk']);
    const listed = [
      ...countryPages.filter(({ indexesCities }) => !indexesCities).map(({ group }) => group),
      ...cityPages.map(({ group }) => group),
    ].flatMap(({ cities }) => cities.flatMap((city) => city.services.map((service) => service.id)));
    expect(listed.sort()).toEqual(services.map((service) => service.id).sort());

    expect(placeUrl('en', plan, 'by')).toBe(localeUrl('en', 'services/in/by'));
    expect(placeUrl('en', plan, 'by', 'minsk')).toBe(localeUrl('en', 'services/in/by/minsk'));
    expect(placeUrl('ru', plan, 'rs', 'nis')).toBe(`${localeUrl('ru', 'services/in/rs')}#${cityAnchor('rs', 'nis')}`);
  });

  it('indexes countries and cities with their counts and the same links', () => {
    const plan = planDirectory(services, 10);
    const index = placeIndex(groups, plan, 'en');
    expect(index.map(({ country, count }) => [country.id, count])).toEqual([
      ['by', 12],
      ['rs', 5],
    ]);
    for (const entry of index) {
      expect(entry.cities.reduce((sum, city) => sum + city.count, 0)).toBe(entry.count);
      expect(entry.href).toBe(placeUrl('en', plan, entry.country.id));
      for (const city of entry.cities) expect(city.href).toBe(placeUrl('en', plan, entry.country.id, city.key));
    }
  });
});

describe('splitIntoPages', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

  it('keeps a list of up to the limit on one page, and an empty one too', () => {
    expect(splitIntoPages(numbers(DIRECTORY_PAGE_LIMIT - 1))).toHaveLength(1);
    expect(splitIntoPages(numbers(DIRECTORY_PAGE_LIMIT))).toHaveLength(1);
    expect(splitIntoPages([])).toEqual([[]]);
  });

  it('uses as few pages as the limit allows, of nearly equal length, each item once and in order', () => {
    for (const count of [
      DIRECTORY_PAGE_LIMIT + 1,
      2 * DIRECTORY_PAGE_LIMIT - 1,
      2 * DIRECTORY_PAGE_LIMIT,
      2 * DIRECTORY_PAGE_LIMIT + 1,
      10 * DIRECTORY_PAGE_LIMIT + 7,
    ]) {
      const items = numbers(count);
      const pages = splitIntoPages(items);
      expect(pages, `${count} items`).toHaveLength(Math.ceil(count / DIRECTORY_PAGE_LIMIT));
      const lengths = pages.map((page) => page.length);
      expect(Math.max(...lengths), `${count} items`).toBeLessThanOrEqual(DIRECTORY_PAGE_LIMIT);
      expect(Math.max(...lengths) - Math.min(...lengths), `${count} items`).toBeLessThanOrEqual(1);
      expect(pages.flat()).toEqual(items);
    }
    // Just over the limit: two halves, not a full page and a lone service.
    expect(splitIntoPages(numbers(DIRECTORY_PAGE_LIMIT + 1)).map((page) => page.length)).toEqual([
      DIRECTORY_PAGE_LIMIT / 2 + 1,
      DIRECTORY_PAGE_LIMIT / 2,
    ]);
  });

  it('refuses a limit that could never hold a service', () => {
    expect(() => splitIntoPages([1, 2], 0)).toThrow(RangeError);
  });
});

describe('a city over the limit', () => {
  // Belarus alone over the limit of 10: 25 services in Minsk, 3 in Gomel.
  const limit = 10;
  const minsk = servicesIn({ ...belarus, cities: cityNames('minsk') }, 25, 'minsk');
  const gomel = servicesIn({ ...belarus, cities: cityNames('gomel') }, 3, 'gomel');
  const services = [...minsk, ...gomel];
  const groups = groupByPlace(services, countries, 'en');
  const plan = planDirectory(services, limit);
  const { cities } = directoryPages(groups, plan, limit);
  const minskPages = cities.filter(({ city }) => city === 'minsk');

  it('is listed over numbered pages of at most the limit, each service once, in the order of the whole city', () => {
    expect(minskPages.map(({ page, pages, path }) => [page, pages, path])).toEqual([
      [1, 3, 'services/in/by/minsk'],
      [2, 3, 'services/in/by/minsk/2'],
      [3, 3, 'services/in/by/minsk/3'],
    ]);
    const whole = groups[0]!.cities.find(({ key }) => key === 'minsk')!.services.map(({ id }) => id);
    const shown = minskPages.flatMap(({ group }) => group.cities[0]!.services.map(({ id }) => id));
    expect(shown).toEqual(whole);
    for (const page of minskPages) {
      expect(page.group.cities[0]!.services.length).toBeLessThanOrEqual(limit);
      expect(page.whole.cities[0]!.services.map(({ id }) => id)).toEqual(whole);
      expect(whole[page.first - 1]).toBe(page.group.cities[0]!.services[0]!.id);
    }
    expect(cities.filter(({ city }) => city === 'gomel').map(({ pages, path }) => [pages, path])).toEqual([
      [1, 'services/in/by/gomel'],
    ]);
  });

  it('says on each page which services it shows, links the others, and the map filtered to the city', () => {
    expect(
      cityPaging(
        'en',
        cities.find(({ city }) => city === 'gomel')!,
      ),
    ).toBeUndefined();
    const second = cityPaging('ru', minskPages[1]!)!;
    const size = (index: number) => minskPages[index]!.group.cities[0]!.services.length;
    expect([second.from, second.to, second.total]).toEqual([size(0) + 1, size(0) + size(1), 25]);
    expect(second.pagination.previous).toBe(localeUrl('ru', cityPagePath('by', 'minsk')));
    expect(second.pagination.next).toBe(localeUrl('ru', cityPagePath('by', 'minsk', 3)));
    expect(second.pagination.links.map((link) => link && [link.href, link.current])).toEqual(
      [1, 2, 3].map((page) => [localeUrl('ru', cityPagePath('by', 'minsk', page)), page === 2]),
    );
    const map = new URL(second.map, 'https://example.org');
    expect(map.pathname).toBe(localeUrl('ru', 'map'));
    expect(parseFilterQuery(map.search).city).toBe(placeKey('by', 'minsk'));
  });
});

describe('paginate', () => {
  const hrefOf = (page: number) => `/p/${page}/`;
  const numbersOf = (page: number, pages: number) =>
    paginate(page, pages, hrefOf).links.map((link) => link?.page ?? '…');

  it('shows every page of a short list, and no previous or next beyond the ends', () => {
    expect(numbersOf(1, 1)).toEqual([1]);
    expect(numbersOf(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(paginate(1, 3, hrefOf)).toMatchObject({ previous: undefined, next: '/p/2/' });
    expect(paginate(3, 3, hrefOf)).toMatchObject({ previous: '/p/2/', next: undefined });
  });

  it('keeps a long list to seven entries: first, last, the current page and its neighbours', () => {
    expect(numbersOf(1, 40)).toEqual([1, 2, '…', 40]);
    expect(numbersOf(4, 40)).toEqual([1, 2, 3, 4, 5, '…', 40]);
    expect(numbersOf(20, 40)).toEqual([1, '…', 19, 20, 21, '…', 40]);
    expect(numbersOf(40, 40)).toEqual([1, '…', 39, 40]);
    for (let page = 1; page <= 40; page++) {
      const { links } = paginate(page, 40, hrefOf);
      expect(links.length).toBeLessThanOrEqual(7);
      expect(links.filter((link) => link?.current).map((link) => link!.page)).toEqual([page]);
      // A gap always stands for at least two pages.
      links.forEach((link, index) => {
        if (!link) expect(links[index + 1]!.page - links[index - 1]!.page).toBeGreaterThan(2);
      });
    }
  });

  it('refuses a page outside the list', () => {
    expect(() => paginate(0, 3, hrefOf)).toThrow(RangeError);
    expect(() => paginate(4, 3, hrefOf)).toThrow(RangeError);
  });
});

describe('countryListing', () => {
  it('lists every service of a country up to the limit, by city', () => {
    const services = servicesIn(belarus, DIRECTORY_PAGE_LIMIT);
    const [group] = groupByPlace(services, countries, 'en');
    const listing = countryListing(group, planDirectory(services), 'en');
    expect(listing.lists && listing.cities.flatMap((city) => city.services).length).toBe(DIRECTORY_PAGE_LIMIT);
    expect(countryListing(undefined, planDirectory([]), 'en')).toEqual({ lists: true, cities: [] });
  });

  it('above the limit, gives the count and each city with its count and its directory page instead', () => {
    const services = [...servicesIn(belarus, DIRECTORY_PAGE_LIMIT + 1), ...servicesIn(serbia, 5)];
    const plan = planDirectory(services);
    const [group] = groupByPlace(services, countries, 'en');
    const listing = countryListing(group, plan, 'en');
    expect(listing.lists).toBe(false);
    if (listing.lists) return;
    expect(listing.index.count).toBe(DIRECTORY_PAGE_LIMIT + 1);
    expect(listing.index.href).toBe(localeUrl('en', 'services/in/by'));
    expect(listing.index.cities.map(({ key, count, href }) => [key, count, href])).toEqual(
      group!.cities.map((city) => [city.key, city.services.length, localeUrl('en', cityPagePath('by', city.key))]),
    );
  });
});
