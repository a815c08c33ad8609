import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation';
import { buildMapFile } from '../../src/lib/map-data';
import { cityTimeZone } from '../../src/lib/time-zones';
import { renderProblem } from '../../src/schemas/format';
import { countrySchema, type Country } from '../../src/schemas/countries';
import { serviceSchema } from '../../src/schemas/services';
import { copyFixture, edit } from './helpers';

const COUNTRY = 'content/countries/by.yaml';

const russia = countrySchema.parse({
  id: 'ru',
  name: { ru: 'Россия', sr: 'Rusija', en: 'Russia' },
  timezone: 'Europe/Moscow',
  bounds: { south: 41, west: 19, north: 82, east: 180 },
  cities: {
    moscow: { name: { ru: 'Москва', sr: 'Moskva', en: 'Moscow' }, coordinates: { lat: 55.76, lon: 37.62 } },
    perm: {
      name: { ru: 'Пермь', sr: 'Perm', en: 'Perm' },
      coordinates: { lat: 58.01, lon: 56.25 },
      timezone: 'Asia/Yekaterinburg',
    },
  },
  law: { drug_use: 'unknown', ost: 'no', naloxone_without_prescription: 'unknown', nsp_legal: 'unknown' },
  summary: { ru: 'Кратко.', sr: 'Ukratko.', en: 'In brief.' },
  sources: [{ title: 'Source' }],
  updated: '2026-01-01',
  original_language: 'en',
  untranslated: [],
}) as Country;

describe('time zone of a city', () => {
  it('is the city’s own where the country spans several, else the country’s', () => {
    expect(cityTimeZone(russia, 'perm')).toBe('Asia/Yekaterinburg');
    expect(cityTimeZone(russia, 'moscow')).toBe('Europe/Moscow');
    expect(cityTimeZone(russia, undefined)).toBe('Europe/Moscow');
    expect(cityTimeZone(russia, 'not-a-city')).toBe('Europe/Moscow');
  });

  it('reaches the map file, so "open now" in Perm runs on Perm’s clock', () => {
    const service = (id: string, city: string) =>
      serviceSchema.parse({
        id,
        country: 'ru',
        city,
        name: { en: id },
        description: { en: 'A service.' },
        types: ['nsp'],
        cost: 'free',
        verification: { status: 'unverified', date: '2026-01-01', by: 'Team', source: { title: 'Visit' } },
        original_language: 'en',
        untranslated: ['ru', 'sr'],
      });
    const file = buildMapFile([service('a', 'perm'), service('b', 'moscow')], new Map([['ru', russia]]), 'en');
    expect(file.places.map((place) => [place.city, place.timezone])).toEqual([
      ['perm', 'Asia/Yekaterinburg'],
      ['moscow', 'Europe/Moscow'],
    ]);
  });

  it('fails validation when the name is not a real time zone, in the contributor’s words', () => {
    const root = copyFixture();
    edit(root, COUNTRY, /timezone: Europe\/Minsk/, 'timezone: Europe/Minks');
    const problems = validateContent({ root, today: '2026-11-01', lang: 'en' }).problems.map((problem) =>
      renderProblem(problem, 'en'),
    );
    expect(problems.join('\n')).toContain('content/countries/by.yaml');
    expect(problems.join('\n')).toContain('there is no time zone of this name');
  });
});
