/**
 * What the map page shows for a filter state: which services match and in
 * what order the list gives them. Pure, so the rules are unit-tested and the
 * map script only draws.
 */
import { matchesFilters, placeKey, type FilterOptions, type FilterState } from './filters';
import type { MapFile, MapService } from './map-format';
import { isOpenAt } from './open-now';

/** The services matching `state` at `now` (for "open now"), in their given order. */
export function filterMapServices(services: readonly MapService[], state: FilterState, now: Date): MapService[] {
  return services.filter((service) =>
    matchesFilters({ ...service.facts, openNow: state.openNow ? isOpenAt(service.hours, service.timezone, now) : undefined }, state),
  );
}

/** `services` by country, city and name in the page's language, the order of the list before "near me". */
export function sortByPlace(services: readonly MapService[], intlLocale: string): MapService[] {
  const collator = new Intl.Collator(intlLocale);
  return [...services].sort(
    (a, b) => collator.compare(a.countryName, b.countryName) || collator.compare(a.cityName, b.cityName) || collator.compare(a.name, b.name),
  );
}

/**
 * The filter values a URL may name on the map page: every type and audience
 * of the vocabularies, and the countries and cities that have services.
 */
export function mapFilterOptions(file: MapFile): FilterOptions {
  return {
    types: [...file.types],
    audiences: [...file.audiences],
    countries: [...new Set(file.places.map((place) => place.country))],
    cities: file.places.map((place) => placeKey(place.country, place.city)),
  };
}

/** A distance for the list: one decimal below 10 km, whole kilometres above. */
export function formatKm(km: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
