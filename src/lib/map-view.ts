/**
 * What the map page shows for a filter state: which services match and in
 * what order the list gives them. Pure, so the rules are unit-tested and the
 * map script only draws.
 */
import { matchesFilters, type FilterState } from './filters';
import type { MapService } from './map-format';
import { countOpenStates, isOpenAt, type OpenCounts } from './open-now';

/** The services matching `state` at `now` (for "open now"), in their given order. */
export function filterMapServices(services: readonly MapService[], state: FilterState, now: Date): MapService[] {
  return services.filter((service) =>
    matchesFilters(
      { ...service.facts, openNow: state.openNow ? isOpenAt(service.hours, service.timezone, now) : undefined },
      state,
    ),
  );
}

/**
 * Open, closed and hours unknown among the services every filter but "open
 * now" lets through, as the directory counts its cards: what the map says
 * when "open now" is chosen ("3 open now · 15 hours unknown").
 */
export function mapOpenCounts(services: readonly MapService[], state: FilterState, now: Date): OpenCounts {
  const others = { ...state, openNow: false };
  return countOpenStates(
    services
      .filter((service) => matchesFilters({ ...service.facts, openNow: undefined }, others))
      .map((service) => isOpenAt(service.hours, service.timezone, now)),
  );
}

/** `services` by country, city and name in the page's language, the order of the list before "near me". */
export function sortByPlace(services: readonly MapService[], intlLocale: string): MapService[] {
  const collator = new Intl.Collator(intlLocale);
  return [...services].sort(
    (a, b) =>
      collator.compare(a.countryName, b.countryName) ||
      collator.compare(a.cityName, b.cityName) ||
      collator.compare(a.name, b.name),
  );
}

/** Whether any service's hours reach `now`; when none do (an old build), "open now" could only ever give nothing. */
export function anyHoursKnown(services: readonly MapService[], now: Date): boolean {
  return services.some((service) => isOpenAt(service.hours, service.timezone, now) !== undefined);
}

/** A distance for the list: one decimal below 10 km, whole kilometres above. */
export function formatKm(km: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
