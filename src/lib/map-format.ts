/**
 * The shape of the map page's data file and how the browser reads it. Kept
 * apart from the builder (src/lib/map-data.ts) so the map script bundles only
 * this, not the vocabularies and content helpers the builder needs.
 */
import type { ServiceFacts } from './filters';
import { decodeHours, type HoursWindow } from './open-now';

/** A city that has services, with its display names. */
export interface MapPlace {
  country: string;
  city: string;
  cityName: string;
  countryName: string;
  /** IANA time zone of the country, for "open now". */
  timezone: string;
}

/**
 * One row of the file: [id, name, type indexes, place index, lat, lon, flags,
 * audience indexes, cost index, register index, hours index (-1 = unknown)].
 */
export type MapRow = [
  string,
  string,
  number[],
  number,
  number,
  number,
  number,
  number[],
  number,
  number,
  number,
  phones?: string[],
];

/** Bits of a row's `flags`. Anonymity is three-valued: neither bit means unknown. */
export const MAP_FLAGS = { approximate: 1, anonymous: 2, notAnonymous: 4, naloxoneAlways: 8 } as const;

/** The JSON file as written. */
export interface MapFile {
  /** Format version, bumped when rows change shape. */
  v: 1;
  /** Service type keys; rows refer to them by index. */
  types: string[];
  /** Labels of `types` in the file's language. */
  typeLabels: string[];
  /** Audience, cost and register keys; rows refer to them by index. */
  audiences: string[];
  costs: string[];
  registers: string[];
  places: MapPlace[];
  /** Distinct opening hours in the form of `encodeHours` (open-now.ts); rows refer to them by index. */
  hours: string[];
  rows: MapRow[];
}

/** Where a map page's data and links are, in one edition. */
export interface MapAddresses {
  /** The map data file (src/lib/map-data.ts). */
  data: string;
  /** Link of a service page with `{id}` in place of the id. */
  serviceUrl: string;
  /** The referral slip started with one service, with "{id}" in place of its id. */
  slipUrl: string;
}

/** A map page's addresses as ServiceMap.astro writes them. */
export interface MapPageAddresses extends MapAddresses {
  /** On a Serbian page: those of the Serbian Cyrillic edition, which copies the page after the build. */
  cyrillicEdition?: MapAddresses;
}

/**
 * The addresses a map page uses, given its `<html lang>`: the Cyrillic
 * edition's pages are copies of the Serbian ones, so only their `lang`
 * (`sr-Cyrl`) tells them apart, and their map reads the edition's own data
 * and links to the edition's pages.
 */
export function mapAddressesOf(config: MapPageAddresses, lang: string): MapAddresses {
  const own = lang === 'sr-Cyrl' ? config.cyrillicEdition : undefined;
  const { data, serviceUrl, slipUrl } = own ?? config;
  return { data, serviceUrl, slipUrl };
}

/** A service as the map uses it, after decoding. */
export interface MapService {
  id: string;
  name: string;
  typeLabels: string[];
  cityName: string;
  countryName: string;
  timezone: string;
  lat: number;
  lon: number;
  /** True when the point is the city's centre, not the service's own address. */
  approximate: boolean;
  /** What the filters look at; `openNow` is worked out from `hours` when filtering. */
  facts: Omit<ServiceFacts, 'openNow'>;
  hours: HoursWindow | undefined;
  /** Phone numbers to call from the popup, as written in the entry. */
  phones: string[];
}

/** The services of a map file as objects. Unknown indexes (a newer file) are dropped rather than trusted. */
export function decodeMapData(file: MapFile): MapService[] {
  const hours = file.hours.map((text) => decodeHours(text));
  return file.rows.flatMap(
    ([id, name, typeRefs, placeRef, lat, lon, flags, audienceRefs, costRef, registerRef, hoursRef, phones = []]) => {
      const place = file.places[placeRef];
      if (!place) return [];
      return [
        {
          id,
          name,
          typeLabels: typeRefs.flatMap((ref) => file.typeLabels[ref] ?? []),
          cityName: place.cityName,
          countryName: place.countryName,
          timezone: place.timezone,
          lat,
          lon,
          approximate: (flags & MAP_FLAGS.approximate) !== 0,
          facts: {
            types: typeRefs.flatMap((ref) => file.types[ref] ?? []),
            country: place.country,
            city: place.city,
            cost: file.costs[costRef] ?? 'unknown',
            anonymous: flags & MAP_FLAGS.anonymous ? true : flags & MAP_FLAGS.notAnonymous ? false : undefined,
            register: file.registers[registerRef] ?? 'unknown',
            audiences: audienceRefs.flatMap((ref) => file.audiences[ref] ?? []),
            naloxone: (flags & MAP_FLAGS.naloxoneAlways) !== 0,
          },
          hours: hours[hoursRef],
          phones,
        },
      ];
    },
  );
}
