import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cityAnchor, countryAnchor, directoryPages, DIRECTORY_PAGE_LIMIT, placeIndex, placeUrl, planDirectory } from '../../src/lib/directory-pages';
import { localeUrl } from '../../src/lib/routes';
import { groupByPlace } from '../../src/lib/services';
import { countrySchema, type Country } from '../../src/schemas/countries';
import { serviceSchema, type Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const read = (file: string) => parse(readFileSync(join(VALID_FIXTURE, 'content', file), 'utf8'));
const belarusFixture = countrySchema.parse(read('countries/by.yaml'));
const cityNames = (...keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, { name: { ru: key, sr: key, en: key }, coordinates: { lat: 50, lon: 25 } }]));
const belarus: Country = { ...belarusFixture, cities: cityNames('minsk', 'gomel', 'brest') };
const serbia: Country = { ...belarusFixture, id: 'rs', name: { ru: 'Сербия', sr: 'Srbija', en: 'Serbia' }, cities: cityNames('belgrade', 'nis') };
const countries = new Map([belarus, serbia].map((country) => [country.id, country]));
const template = serviceSchema.parse(read('services/by/soligorsk/test-dispensary.yaml'));

/** `count` services spread over the cities of `country`, in turn. */
function servicesIn(country: Country, count: number, prefix = country.id): Service[] {
  const cities = Object.keys(country.cities);
  return Array.from({ length: count }, (_, index) => ({ ...template, id: `${prefix}-${index}`, country: country.id, city: cities[index % cities.length]! }));
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
    expect(cityPages.map(({ group, city }) => `${group.country.id}/${city}/${group.cities.map((c) => c.key).join()}`).sort()).toEqual([
      'by/brest/brest',
      'by/gomel/gomel',
      'by/minsk/minsk',
    ]);
    const listed = [...countryPages.filter(({ indexesCities }) => !indexesCities).map(({ group }) => group), ...cityPages.map(({ group }) => group)].flatMap(
      ({ cities }) => cities.flatMap((city) => city.services.map((service) => service.id)),
    );
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
