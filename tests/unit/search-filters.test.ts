import { describe, expect, it } from 'vitest';
import type { Country } from '../../src/schemas/countries';
import { searchFilterOptions, searchFilterValues, type SearchEntry } from '../../src/lib/search-filters';
import { SERVICE_TYPES } from '../../src/schemas/vocabularies';

const country = (id: string, name: Record<string, string>, cities: Record<string, Record<string, string>>) =>
  ({
    id,
    name,
    original_language: 'ru',
    cities: Object.fromEntries(Object.entries(cities).map(([key, cityName]) => [key, { name: cityName }])),
  }) as unknown as Country;

const serbia = country(
  'rs',
  { ru: 'Сербия', sr: 'Srbija', en: 'Serbia' },
  {
    beograd: { ru: 'Белград', sr: 'Beograd', en: 'Belgrade' },
    'novi-sad': { ru: 'Нови-Сад', sr: 'Novi Sad', en: 'Novi Sad' },
  },
);
const belarus = country(
  'by',
  { ru: 'Беларусь', sr: 'Belorusija', en: 'Belarus' },
  { minsk: { ru: 'Минск', sr: 'Minsk', en: 'Minsk' } },
);
const [firstType, secondType] = Object.keys(SERVICE_TYPES) as (keyof typeof SERVICE_TYPES)[];
const kindLabel = (kind: string) => `kind:${kind}`;

describe('searchFilterValues', () => {
  it('gives a service its type, country, city and service types in the page’s language', () => {
    const values = searchFilterValues(
      { kind: 'service', country: serbia, city: 'beograd', serviceTypes: [firstType!, secondType!] },
      'en',
      kindLabel,
    );
    expect(values).toEqual({
      type: ['kind:service'],
      country: ['Serbia'],
      city: ['Belgrade'],
      service_type: [SERVICE_TYPES[firstType!].en.label, SERVICE_TYPES[secondType!].en.label],
    });
  });

  it('leaves out what an entry does not have', () => {
    expect(searchFilterValues({ kind: 'statement' }, 'ru', kindLabel)).toEqual({
      type: ['kind:statement'],
      country: [],
      city: [],
      service_type: [],
    });
    expect(searchFilterValues({ kind: 'case', country: belarus, city: 'unknown' }, 'ru', kindLabel).city).toEqual([]);
  });
});

describe('searchFilterOptions', () => {
  const entries: SearchEntry[] = [
    { kind: 'service', country: serbia, city: 'novi-sad', serviceTypes: [firstType!] },
    { kind: 'service', country: serbia, city: 'beograd', serviceTypes: [firstType!] },
    { kind: 'country', country: belarus },
    { kind: 'statement' },
  ];

  it('lists every value any entry has, once, in the language’s alphabetical order', () => {
    expect(searchFilterOptions(entries, 'ru', kindLabel)).toEqual({
      type: ['kind:country', 'kind:service', 'kind:statement'],
      country: ['Беларусь', 'Сербия'],
      city: ['Белград', 'Нови-Сад'],
      service_type: [SERVICE_TYPES[firstType!].ru.label],
    });
  });

  it('offers a city only where an entry is in it', () => {
    expect(searchFilterOptions(entries, 'en', kindLabel).city).not.toContain('Minsk');
  });
});
