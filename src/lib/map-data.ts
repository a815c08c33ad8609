/**
 * The map page's data: every service with a public location, in one language,
 * as a compact JSON file the map fetches after the page has loaded (so the
 * HTML stays small at thousands of services). Rows are positional tuples
 * and repeated strings (places, type labels) are stored once; `decodeMapData`
 * (src/lib/map-format.ts) turns the file back into typed objects in the browser.
 *
 * Privacy: positions come only from `publicLocation`, so a service whose
 * address is approximate or on request is placed at its city's centre and
 * its own coordinates never reach the file.
 *
 * The Serbian Cyrillic edition has its own file (`sr-Cyrl`): the Serbian
 * one with Serbian text transliterated, written from the content because only
 * the content knows which names fell back to another language (those stay as
 * written, as on the edition's pages).
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { CYRILLIC_LANG } from './cyrillic-edition';
import type { Service } from '../schemas/services';
import { AUDIENCES, COSTS, REGISTER_RISKS, SERVICE_TYPES } from '../schemas/vocabularies';
import { pick, type LocalizedText } from './localized';
import { publicLocation } from './services';
import { cityTimeZone } from './time-zones';
import { hoursAttribute } from './hours';
import { MAP_FLAGS, type MapFile, type MapPlace, type MapRow } from './map-format';
import { serbianToCyrillic } from './transliterate';

/** The language of a map file: a locale, or the Serbian Cyrillic edition. */
export type MapEdition = Locale | typeof CYRILLIC_LANG;

/**
 * How a map file writes text: picks a field's text in the edition's language
 * (else its original's) and, in the Cyrillic edition, transliterates it when
 * it is Serbian — a name that fell back to Russian or English stays as written.
 */
interface MapWriter {
  locale: Locale;
  text(value: LocalizedText | undefined, original?: Locale): string;
  /** A UI label of the edition's language (vocabulary labels are all translated). */
  label(text: string): string;
}

function mapWriter(edition: MapEdition): MapWriter {
  const cyrillic = edition === CYRILLIC_LANG;
  const locale: Locale = cyrillic ? 'sr' : edition;
  return {
    locale,
    text(value, original) {
      const picked = pick(value, locale, original);
      if (!picked) return '';
      return cyrillic && picked.lang === 'sr' ? serbianToCyrillic(picked.text) : picked.text;
    },
    label: (text) => (cyrillic ? serbianToCyrillic(text) : text),
  };
}

/**
 * Above this many services the map page's no-JavaScript list names cities
 * only (each with its count), so the page stays light on large sites.
 */
export const NO_SCRIPT_LIST_LIMIT = 500;

/** Decimal places kept in coordinates: 5 is about a metre, more than any entry is accurate to. */
const COORDINATE_DECIMALS = 5;

const round = (value: number) => Number(value.toFixed(COORDINATE_DECIMALS));

/** A list where each distinct value is stored once; `indexOf` adds a value the first time it is seen. */
class InternedList<T> {
  readonly values: T[] = [];
  readonly #index = new Map<string, number>();

  indexOf(key: string, make: () => T): number {
    let at = this.#index.get(key);
    if (at === undefined) {
      at = this.values.push(make()) - 1;
      this.#index.set(key, at);
    }
    return at;
  }
}

/** Vocabulary keys in a fixed order: rows refer to them by position. */
const VOCABULARY_KEYS = {
  types: Object.keys(SERVICE_TYPES) as (keyof typeof SERVICE_TYPES)[],
  audiences: Object.keys(AUDIENCES),
  costs: Object.keys(COSTS),
  registers: Object.keys(REGISTER_RISKS),
};

function mapPlace(service: Service, country: Country, write: MapWriter): MapPlace {
  return {
    country: country.id,
    city: service.city,
    cityName: write.text(country.cities[service.city]?.name, country.original_language) || service.city,
    countryName: write.text(country.name, country.original_language),
    timezone: cityTimeZone(country, service.city),
  };
}

/**
 * The map file for `edition` (a locale, or `sr-Cyrl`). `hoursOf` gives a service's opening hours in
 * the form of `encodeHours` (open-now.ts), or undefined when unknown; it is
 * passed in so the builder does not depend on the build date or the parser.
 */
export function buildMapFile(
  services: Service[],
  countries: Map<string, Country>,
  edition: MapEdition,
  hoursOf: (service: Service) => string | undefined = () => undefined,
  /** Services whose latest monitoring round says naloxone is always there (the filter of that name). */
  naloxoneAlways: ReadonlySet<string> = new Set(),
): MapFile {
  const { types, audiences, costs, registers } = VOCABULARY_KEYS;
  const places = new InternedList<MapPlace>();
  const hours = new InternedList<string>();
  const rows: MapRow[] = [];
  const write = mapWriter(edition);

  for (const service of services) {
    const country = countries.get(service.country);
    const location = publicLocation(service, country);
    if (!country || !location) continue;
    const place = places.indexOf(`${service.country}/${service.city}`, () => mapPlace(service, country, write));
    const encodedHours = hoursOf(service);
    const flags =
      (location.approximate ? MAP_FLAGS.approximate : 0) |
      (service.anonymous === true ? MAP_FLAGS.anonymous : 0) |
      (service.anonymous === false ? MAP_FLAGS.notAnonymous : 0) |
      (naloxoneAlways.has(service.id) ? MAP_FLAGS.naloxoneAlways : 0);
    rows.push([
      service.id,
      write.text(service.name, service.original_language),
      service.types.map((type) => types.indexOf(type)),
      place,
      round(location.lat),
      round(location.lon),
      flags,
      service.audiences.map((audience) => audiences.indexOf(audience)),
      costs.indexOf(service.cost),
      registers.indexOf(service.narcology_register),
      encodedHours ? hours.indexOf(encodedHours, () => encodedHours) : -1,
      // Left out when empty: most entries have no phone, and every byte counts at 10,000 rows.
      ...(service.phones.length ? [service.phones.map((phone) => phone.number)] : []),
    ] as MapRow);
  }

  return {
    v: 1,
    types,
    typeLabels: types.map((type) => write.label(SERVICE_TYPES[type][write.locale].label)),
    audiences,
    costs,
    registers,
    places: places.values,
    hours: hours.values,
    rows,
  };
}

/**
 * A `hoursOf` for `buildMapFile`: each service's hours for the "open now"
 * window around `today`, as its pages carry them (`hoursAttribute`, which
 * parses each distinct value once: thousands of services share a handful of
 * schedules and the three languages share all).
 */
export function hoursEncoder(today: Date): (service: Service) => string | undefined {
  return (service) =>
    service.opening_hours ? hoursAttribute(service.opening_hours, service.country, today) : undefined;
}
