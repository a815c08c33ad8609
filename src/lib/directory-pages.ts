/**
 * How the directory is cut into pages. A service card is about 1.3 KB of
 * HTML, so one page listing everything grows with the directory (13 MB at
 * 10,000 services), and a phone on paid data has to fetch all of it to see
 * one city. Up to `DIRECTORY_PAGE_LIMIT` services, /<locale>/services/ lists
 * them all. Above it, that page indexes countries and cities with their
 * counts, and each country gets /<locale>/services/in/<country>/ listing its
 * services by city; a country that alone has more than the limit gets an
 * index of its cities there instead, and each city its own page,
 * /<locale>/services/in/<country>/<city>/. A city is not split further: its
 * services are what a person there needs to compare.
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { localeUrl, PAGES } from './routes';
import type { PlaceGroup } from './services';

/** The most services one directory page lists (about 400 KB of HTML, 25 KB gzip). */
export const DIRECTORY_PAGE_LIMIT = 300;

/** Which directory pages exist. */
export interface DirectoryPlan {
  /** Whether /<locale>/services/ lists every service; otherwise it indexes countries and cities. */
  onePage: boolean;
  /** Countries whose cities each have a page, sorted by code. */
  byCity: string[];
}

/** The directory's pages for `services`: one page up to `limit`, else per country, and per city in a country above `limit`. */
export function planDirectory(services: readonly { country: string }[], limit = DIRECTORY_PAGE_LIMIT): DirectoryPlan {
  if (services.length <= limit) return { onePage: true, byCity: [] };
  const counts = new Map<string, number>();
  for (const { country } of services) counts.set(country, (counts.get(country) ?? 0) + 1);
  const byCity = [...counts].filter(([, count]) => count > limit).map(([country]) => country);
  return { onePage: false, byCity: byCity.sort() };
}

/** The id of a country's section in a directory list. */
export const countryAnchor = (country: string): string => `country-${country}`;

/** The id of a city's section in a directory list. */
export const cityAnchor = (country: string, city: string): string => `city-${country}-${city}`;

/** The link to where the directory shows a place: its section of a list, or the page of its own. */
export function placeUrl(locale: Locale, plan: DirectoryPlan, country: string, city?: string): string {
  if (plan.onePage) return `${localeUrl(locale, PAGES.services)}#${city ? cityAnchor(country, city) : countryAnchor(country)}`;
  if (!city) return localeUrl(locale, PAGES.servicesIn(country));
  if (plan.byCity.includes(country)) return localeUrl(locale, PAGES.servicesIn(country, city));
  return `${localeUrl(locale, PAGES.servicesIn(country))}#${cityAnchor(country, city)}`;
}

/** A country's directory page: its services by city, or, when its cities have pages, an index of them. */
export interface CountryPage {
  group: PlaceGroup;
  indexesCities: boolean;
}

/** A city's directory page; `group` holds its country with this one city. */
export interface CityPage {
  group: PlaceGroup;
  city: string;
}

/** The country and city pages of the directory in one language (none when it is one page). */
export function directoryPages(groups: PlaceGroup[], plan: DirectoryPlan): { countries: CountryPage[]; cities: CityPage[] } {
  if (plan.onePage) return { countries: [], cities: [] };
  const countries = groups.map((group) => ({ group, indexesCities: plan.byCity.includes(group.country.id) }));
  const cities = countries
    .filter(({ indexesCities }) => indexesCities)
    .flatMap(({ group }) => group.cities.map((city) => ({ group: { country: group.country, cities: [city] }, city: city.key })));
  return { countries, cities };
}

/** A country with its cities, each with how many services it has and a link to them. */
export interface PlaceIndexEntry {
  country: Country;
  href: string;
  count: number;
  cities: { key: string; name: string; href: string; count: number }[];
}

/** The countries and cities of `groups` with their counts and links, in the groups' order. */
export function placeIndex(groups: PlaceGroup[], plan: DirectoryPlan, locale: Locale): PlaceIndexEntry[] {
  return groups.map(({ country, cities }) => ({
    country,
    href: placeUrl(locale, plan, country.id),
    count: cities.reduce((sum, city) => sum + city.services.length, 0),
    cities: cities.map((city) => ({ key: city.key, name: city.name, href: placeUrl(locale, plan, country.id, city.key), count: city.services.length })),
  }));
}
