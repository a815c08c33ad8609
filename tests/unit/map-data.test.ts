import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation';
import { buildMapFile, hoursEncoder } from '../../src/lib/map-data';
import { decodeMapData } from '../../src/lib/map-format';
import { encodeHours, isOpenAt } from '../../src/lib/open-now';
import { matchesFilters, parseFilterQuery } from '../../src/lib/filters';
import type { Service } from '../../src/schemas/services';
import { SERVICE_TYPES } from '../../src/schemas/vocabularies';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { VALID_FIXTURE } from './helpers';

const fixture = validateContent({ root: VALID_FIXTURE, today: '2026-11-23' });
const countries = new Map(fixture.countries.map((entry) => [entry.data.id, entry.data]));
const base = fixture.services[0]!.data;
const centre = countries.get('by')!.cities.soligorsk!.coordinates;

const exact: Service = {
  ...base,
  id: 'exact-place',
  name: { ru: 'Пункт', sr: 'Punkt', en: 'Drop-in' },
  address_visibility: 'public',
  coordinates: { lat: 52.8123456, lon: 27.5698765 },
  types: ['nsp', 'naloxone'],
  cost: 'free',
  anonymous: true,
  narcology_register: 'no',
  audiences: ['women'],
};
/** A shelter: its own coordinates must never reach the map file. */
const shelter: Service = {
  ...exact,
  id: 'quiet-shelter',
  address_visibility: 'approximate',
  coordinates: { lat: 52.7712, lon: 27.5123 },
  types: ['shelter'],
  cost: 'paid',
  anonymous: false,
  audiences: [],
};
const onRequest: Service = {
  ...shelter,
  id: 'call-first',
  address_visibility: 'on_request',
  coordinates: { lat: 52.7799, lon: 27.5399 },
  anonymous: undefined,
};
const untranslated: Service = {
  ...exact,
  id: 'only-russian',
  name: { ru: 'Только по-русски' },
  untranslated: ['sr', 'en'],
} as Service;
const nowhere: Service = {
  ...exact,
  id: 'unknown-city',
  city: 'atlantis',
  coordinates: undefined,
  address_visibility: 'approximate',
};
const services = [exact, shelter, onRequest, untranslated, nowhere];

const alwaysOpen = encodeHours({ base: '2026-11-22', days: 42, intervals: [[0, 42 * 1440]] });
const file = buildMapFile(
  services,
  countries,
  'en',
  (service) => (service.id === 'exact-place' ? alwaysOpen : undefined),
  new Set(['quiet-shelter']),
);
const decoded = decodeMapData(JSON.parse(JSON.stringify(file)));
const byId = new Map(decoded.map((service) => [service.id, service]));

describe('the map data file', () => {
  it('carries phone numbers for the popup, and nothing for a service without one', () => {
    const withPhone: Service = { ...exact, id: 'with-phone', phones: [{ number: '+375 17 000-00-00' }] };
    const rows = buildMapFile([withPhone, { ...exact, phones: [] }], countries, 'en').rows;
    expect(decodeMapData(JSON.parse(JSON.stringify({ ...file, rows }))).map((service) => service.phones)).toEqual([
      ['+375 17 000-00-00'],
      [],
    ]);
    expect(rows[1]).toHaveLength(11);
  });

  it('has one row per service with a location and leaves out services it cannot place', () => {
    expect(decoded.map((service) => service.id).sort()).toEqual([
      'call-first',
      'exact-place',
      'only-russian',
      'quiet-shelter',
    ]);
  });

  it('places public services at their own point and flags them exact', () => {
    const service = byId.get('exact-place')!;
    expect(service.approximate).toBe(false);
    expect(service.lat).toBeCloseTo(exact.coordinates!.lat, 5);
    expect(service.lon).toBeCloseTo(exact.coordinates!.lon, 5);
  });

  it('never carries the coordinates of approximate or on-request services', () => {
    for (const id of ['quiet-shelter', 'call-first']) {
      const service = byId.get(id)!;
      expect(service.approximate).toBe(true);
      expect([service.lat, service.lon]).toEqual([centre.lat, centre.lon]);
    }
    const text = JSON.stringify(file);
    for (const value of ['52.7712', '27.5123', '52.7799', '27.5399']) expect(text).not.toContain(value);
  });

  it('names services, types and places in the requested language, falling back to the original', () => {
    expect(byId.get('exact-place')!.name).toBe('Drop-in');
    expect(byId.get('only-russian')!.name).toBe('Только по-русски');
    expect(byId.get('exact-place')!.typeLabels).toEqual([SERVICE_TYPES.nsp.en.label, SERVICE_TYPES.naloxone.en.label]);
    expect(byId.get('exact-place')!.cityName).toBe(countries.get('by')!.cities.soligorsk!.name.en);
    const russian = decodeMapData(buildMapFile(services, countries, 'ru'));
    expect(russian.find((service) => service.id === 'exact-place')!.name).toBe('Пункт');
    expect(russian.find((service) => service.id === 'exact-place')!.typeLabels[0]).toBe(SERVICE_TYPES.nsp.ru.label);
  });

  it('writes the Serbian Cyrillic edition in Cyrillic, leaving names that fell back to another language as written', () => {
    const englishOnly = { ...exact, id: 'only-english', name: { en: 'Harm Reduction Team' } } as Service;
    const cyrillic = decodeMapData(buildMapFile([exact, englishOnly], countries, 'sr-Cyrl'));
    const latin = decodeMapData(buildMapFile([exact, englishOnly], countries, 'sr'));
    expect(latin[0]!.name).toBe('Punkt');
    expect(cyrillic[0]!.name).toBe('Пункт');
    expect(cyrillic[0]!.typeLabels).toEqual(latin[0]!.typeLabels.map(serbianToCyrillic));
    expect(cyrillic[0]!.typeLabels.join(' ')).not.toMatch(/[a-zčćđšž]{3,}/i);
    expect(cyrillic[0]!.cityName).toBe(serbianToCyrillic(countries.get('by')!.cities.soligorsk!.name.sr!));
    expect(cyrillic[0]!.countryName).toBe(serbianToCyrillic(countries.get('by')!.name.sr!));
    expect(cyrillic[1]!.name).toBe('Harm Reduction Team');
    // Everything that is not text for people is the Serbian file's.
    expect(cyrillic.map(({ id, facts, lat, lon }) => ({ id, facts, lat, lon }))).toEqual(
      latin.map(({ id, facts, lat, lon }) => ({ id, facts, lat, lon })),
    );
  });

  it('keeps every fact the directory filters look at', () => {
    expect(byId.get('exact-place')!.facts).toEqual({
      types: ['nsp', 'naloxone'],
      country: 'by',
      city: 'soligorsk',
      cost: 'free',
      anonymous: true,
      register: 'no',
      audiences: ['women'],
      naloxone: false,
    });
    expect(byId.get('quiet-shelter')!.facts.anonymous).toBe(false);
    expect(byId.get('quiet-shelter')!.facts.naloxone).toBe(true);
    expect(byId.get('call-first')!.facts.anonymous).toBeUndefined();
    const free = parseFilterQuery('?free=1&anonymous=1&audience=women');
    expect(
      decoded
        .filter((service) => matchesFilters({ ...service.facts, openNow: undefined }, free))
        .map((service) => service.id)
        .sort(),
    ).toEqual(['exact-place', 'only-russian']);
  });

  it('stores each distinct opening-hours window once and gives it back', () => {
    expect(file.hours).toEqual([alwaysOpen]);
    expect(isOpenAt(byId.get('exact-place')!.hours, 'Europe/Minsk', new Date('2026-11-25T12:00:00Z'))).toBe(true);
    expect(byId.get('quiet-shelter')!.hours).toBeUndefined();
  });

  it('stores each place once', () => {
    expect(file.places).toHaveLength(1);
    expect(file.rows.every((row) => row[3] === 0)).toBe(true);
  });
});

describe('hoursEncoder', () => {
  it('turns opening hours into an "open now" window, sharing one entry for services with the same schedule', () => {
    const weekdays: Service = { ...exact, opening_hours: 'Mo-Fr 09:00-17:00' };
    const alsoWeekdays: Service = { ...shelter, opening_hours: 'Mo-Fr 09:00-17:00' };
    const file = buildMapFile(
      [weekdays, alsoWeekdays, { ...onRequest, opening_hours: undefined }],
      countries,
      'en',
      hoursEncoder(new Date(2026, 10, 25)),
    );
    expect(file.hours).toHaveLength(1);
    const [first, second, third] = decodeMapData(file);
    expect(second!.hours).toEqual(first!.hours);
    expect(third!.hours).toBeUndefined();
    // Wednesday 26 November 2026, 12:00 and 20:00 in Minsk (UTC+3); Saturday noon.
    expect(isOpenAt(first!.hours, 'Europe/Minsk', new Date('2026-11-26T09:00:00Z'))).toBe(true);
    expect(isOpenAt(first!.hours, 'Europe/Minsk', new Date('2026-11-26T17:00:00Z'))).toBe(false);
    expect(isOpenAt(first!.hours, 'Europe/Minsk', new Date('2026-11-28T09:00:00Z'))).toBe(false);
  });
});
