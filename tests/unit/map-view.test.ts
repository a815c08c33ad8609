import { describe, expect, it } from 'vitest';
import { emptyFilters, parseFilterQuery } from '../../src/lib/filters';
import type { MapService } from '../../src/lib/map-format';
import { anyHoursKnown, filterMapServices, formatKm, mapOpenCounts, sortByPlace } from '../../src/lib/map-view';
import type { HoursWindow } from '../../src/lib/open-now';

/** Open 09:00–17:00 every day of a week starting Monday 2026-11-23, in the service's own time. */
const nineToFive: HoursWindow = {
  base: '2026-11-23',
  days: 7,
  intervals: Array.from({ length: 7 }, (_, day) => [day * 1440 + 540, day * 1440 + 1020] as [number, number]),
};

function service(
  id: string,
  overrides: Omit<Partial<MapService>, 'facts'> & { facts?: Partial<MapService['facts']> } = {},
): MapService {
  const { facts, ...rest } = overrides;
  return {
    id,
    name: id,
    typeLabels: [],
    cityName: 'Minsk',
    countryName: 'Belarus',
    timezone: 'Europe/Minsk',
    lat: 53.9,
    lon: 27.56,
    approximate: false,
    hours: undefined,
    phones: [],
    ...rest,
    facts: {
      types: ['nsp'],
      country: 'by',
      city: 'minsk',
      cost: 'unknown',
      anonymous: undefined,
      register: 'unknown',
      audiences: [],
      naloxone: false,
      ...facts,
    },
  };
}

describe('filterMapServices', () => {
  const services = [
    service('free-nsp', { facts: { cost: 'free' } }),
    service('paid-ost', { facts: { types: ['ost'], cost: 'paid' } }),
    service('belgrade', { timezone: 'Europe/Belgrade', facts: { country: 'rs', city: 'belgrade' }, hours: nineToFive }),
  ];

  it('keeps everything without filters, in the given order', () => {
    expect(filterMapServices(services, emptyFilters(), new Date()).map(({ id }) => id)).toEqual([
      'free-nsp',
      'paid-ost',
      'belgrade',
    ]);
  });

  it('applies the directory’s rules to the decoded facts', () => {
    expect(filterMapServices(services, parseFilterQuery('?free=1'), new Date()).map(({ id }) => id)).toEqual([
      'free-nsp',
    ]);
    expect(
      filterMapServices(services, parseFilterQuery('?type=ost&type=nsp&country=by'), new Date()).map(({ id }) => id),
    ).toEqual(['free-nsp', 'paid-ost']);
    expect(filterMapServices(services, parseFilterQuery('?city=rs.belgrade'), new Date()).map(({ id }) => id)).toEqual([
      'belgrade',
    ]);
  });

  it('answers "open now" from each service’s hours in its own time zone', () => {
    const openNow = parseFilterQuery('?open=1');
    // 15:30 UTC on Wednesday is 16:30 in Belgrade (open) and 18:30 in Minsk.
    expect(filterMapServices(services, openNow, new Date('2026-11-25T15:30:00Z')).map(({ id }) => id)).toEqual([
      'belgrade',
    ]);
    // 16:30 UTC is 17:30 in Belgrade: closed; services without hours never count as open.
    expect(filterMapServices(services, openNow, new Date('2026-11-25T16:30:00Z'))).toEqual([]);
  });
});

describe('mapOpenCounts', () => {
  const services = [
    service('no-hours'),
    service('minsk-hours', { hours: nineToFive }),
    service('belgrade', { timezone: 'Europe/Belgrade', facts: { country: 'rs', city: 'belgrade' }, hours: nineToFive }),
  ];

  it('counts open, closed and hours unknown apart, each service in its own time zone', () => {
    // 15:30 UTC on Wednesday: 16:30 in Belgrade (open), 18:30 in Minsk (closed).
    expect(mapOpenCounts(services, parseFilterQuery('?open=1'), new Date('2026-11-25T15:30:00Z'))).toEqual({
      open: 1,
      closed: 1,
      unknown: 1,
    });
    // Past the hours' window nothing can be said: unknown, never closed.
    expect(mapOpenCounts(services, parseFilterQuery('?open=1'), new Date('2026-12-25T12:00:00Z'))).toEqual({
      open: 0,
      closed: 0,
      unknown: 3,
    });
  });

  it('counts what every other filter lets through, whether or not the unknown ones are included', () => {
    const at = new Date('2026-11-25T15:30:00Z');
    expect(mapOpenCounts(services, parseFilterQuery('?open=1&country=by'), at)).toEqual({
      open: 0,
      closed: 1,
      unknown: 1,
    });
    expect(mapOpenCounts(services, parseFilterQuery('?open=1&unknown=1&country=by'), at)).toEqual({
      open: 0,
      closed: 1,
      unknown: 1,
    });
  });
});

describe('sortByPlace', () => {
  it('orders by country, then city, then name, with the language’s collation', () => {
    const services = [
      service('b', { name: 'Šansa', cityName: 'Beograd', countryName: 'Srbija' }),
      service('a', { name: 'Zora', cityName: 'Beograd', countryName: 'Srbija' }),
      service('c', { name: 'Apteka', cityName: 'Minsk', countryName: 'Belorusija' }),
      service('d', { name: 'Centar', cityName: 'Novi Sad', countryName: 'Srbija' }),
    ];
    // In Serbian, Š sorts after S and before Z.
    expect(sortByPlace(services, 'sr-Latn').map(({ id }) => id)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('anyHoursKnown', () => {
  it('is true only while some service’s hours cover the moment', () => {
    const services = [service('no-hours'), service('week', { hours: nineToFive })];
    expect(anyHoursKnown(services, new Date('2026-11-25T12:00:00Z'))).toBe(true);
    // A month after the window ends the build knows nothing about today.
    expect(anyHoursKnown(services, new Date('2026-12-25T12:00:00Z'))).toBe(false);
    expect(anyHoursKnown([service('no-hours')], new Date('2026-11-25T12:00:00Z'))).toBe(false);
  });
});

describe('formatKm', () => {
  it('gives one decimal below 10 km and whole kilometres above, in the page’s language', () => {
    expect(formatKm(2.345, 'en-GB')).toBe('2.3');
    expect(formatKm(2.345, 'ru-RU')).toBe('2,3');
    expect(formatKm(123.6, 'en-GB')).toBe('124');
  });
});
