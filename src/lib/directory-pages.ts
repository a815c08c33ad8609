/**
 * How the directory is cut into pages, so that no page grows with the
 * directory. A service card is about 1.3 KB of HTML: one page listing
 * everything would be 13 MB at 10,000 services, and a phone on paid data
 * would fetch all of it to see one city. No page lists more than
 * `DIRECTORY_PAGE_LIMIT` services:
 *
 * - Up to the limit, /<locale>/services/ lists them all.
 * - Above it, that page indexes countries and cities with their counts, and
 *   each country gets /<locale>/services/in/<country>/ listing its services by
 *   city; a country that alone has more than the limit gets an index of its
 *   cities there instead, and each city its own page,
 *   /<locale>/services/in/<country>/<city>/.
 * - A city above the limit is listed in name order over numbered pages of
 *   nearly equal length (…/<city>/, …/<city>/2/, …); each carries the same
 *   filter form, which filters the cards of that page and keeps the choice in
 *   the links to the others, while the map page filters all of them at once.
 * - A country's own page (/<locale>/countries/<id>/, law and practice) lists
 *   its services up to the limit; above it, the count and its cities with
 *   theirs, each linking to where the directory lists it (`countryListing`).
 *
 * So any service is at most three links from the directory's first page:
 * country, city (or city page), service.
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { emptyFilters, filterQuery, placeKey } from './filters';
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
  if (plan.onePage)
    return `${localeUrl(locale, PAGES.services)}#${city ? cityAnchor(country, city) : countryAnchor(country)}`;
  if (!city) return localeUrl(locale, PAGES.servicesIn(country));
  if (plan.byCity.includes(country)) return localeUrl(locale, PAGES.servicesIn(country, city));
  return `${localeUrl(locale, PAGES.servicesIn(country))}#${cityAnchor(country, city)}`;
}

/** A country's directory page: its services by city, or, when its cities have pages, an index of them. */
export interface CountryPage {
  group: PlaceGroup;
  indexesCities: boolean;
}

/** One page of a city's services; a city within the limit has one page. */
export interface CityPage {
  /** Its country with this one city, holding only this page's services. */
  group: PlaceGroup;
  /** Its country with the whole city: what the filter form offers choices from, so every page of a city has the same form. */
  whole: PlaceGroup;
  city: string;
  /** 1-based. */
  page: number;
  pages: number;
  /** The position in the city's list of this page's first service (1-based). */
  first: number;
  /** Locale-independent path of this page (see `cityPagePath`). */
  path: string;
}

/** The locale-independent path of page `page` (1-based) of a city's services; page 1 is the city's own address. */
export function cityPagePath(country: string, city: string, page = 1): string {
  const path = PAGES.servicesIn(country, city);
  return page > 1 ? `${path}/${page}` : path;
}

/**
 * `items` cut into as few pages as hold at most `limit` each, of nearly equal
 * length (the first pages take one more), so 301 services make pages of 151
 * and 150 rather than 300 and a lone 1. Always at least one page.
 */
export function splitIntoPages<T>(items: readonly T[], limit = DIRECTORY_PAGE_LIMIT): T[][] {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`page limit must be a positive whole number, got ${limit}`);
  const pages = Math.max(1, Math.ceil(items.length / limit));
  const size = Math.floor(items.length / pages);
  const longer = items.length % pages;
  const out: T[][] = [];
  let start = 0;
  for (let page = 0; page < pages; page++) {
    const end = start + size + (page < longer ? 1 : 0);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/** The country and city pages of the directory in one language (none when it is one page); a city above `limit` has several. */
export function directoryPages(
  groups: PlaceGroup[],
  plan: DirectoryPlan,
  limit = DIRECTORY_PAGE_LIMIT,
): { countries: CountryPage[]; cities: CityPage[] } {
  if (plan.onePage) return { countries: [], cities: [] };
  const countries = groups.map((group) => ({ group, indexesCities: plan.byCity.includes(group.country.id) }));
  const cities = countries
    .filter(({ indexesCities }) => indexesCities)
    .flatMap(({ group: { country, cities: all } }) =>
      all.flatMap((city) => {
        const whole = { country, cities: [city] };
        const parts = splitIntoPages(city.services, limit);
        let first = 1;
        return parts.map((services, index) => {
          const page = {
            group: { country, cities: [{ ...city, services }] },
            whole,
            city: city.key,
            page: index + 1,
            pages: parts.length,
            first,
            path: cityPagePath(country.id, city.key, index + 1),
          };
          first += services.length;
          return page;
        });
      }),
    );
  return { countries, cities };
}

/** The most entries (page links and gaps) a page navigation has. */
const MAX_PAGE_LINKS = 7;

/** A link in a page navigation. */
export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

/** A page navigation: previous and next, and the numbered links, `undefined` standing for a run of pages left out. */
export interface Pagination {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
  links: (PageLink | undefined)[];
}

/**
 * The navigation of page `page` of `pages`: every page when there are at
 * most seven; otherwise the first and last page, the current one and its
 * neighbours, with a gap for each run of two or more pages left out (a single
 * page is shown instead of a gap). At most seven entries, however many pages
 * there are, so the navigation does not grow with the list.
 */
export function paginate(page: number, pages: number, hrefOf: (page: number) => string): Pagination {
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(page) || page < 1 || page > pages)
    throw new RangeError(`no page ${page} of ${pages}`);
  const shown = new Set(
    pages <= MAX_PAGE_LINKS
      ? Array.from({ length: pages }, (_, index) => index + 1)
      : [1, page - 1, page, page + 1, pages].filter((number) => number >= 1 && number <= pages),
  );
  for (const number of [...shown]) if (shown.has(number + 2) && !shown.has(number + 1)) shown.add(number + 1);
  const links: (PageLink | undefined)[] = [];
  let last = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number > last + 1) links.push(undefined);
    links.push({ page: number, href: hrefOf(number), current: number === page });
    last = number;
  }
  return {
    page,
    pages,
    previous: page > 1 ? hrefOf(page - 1) : undefined,
    next: page < pages ? hrefOf(page + 1) : undefined,
    links,
  };
}

/** What one page of a city listed over several says about the others. */
export interface CityPaging {
  pagination: Pagination;
  /** Positions of this page's first and last service in the city's list (1-based), and how many the city has. */
  from: number;
  to: number;
  total: number;
  /** The map page filtered to this city: the one page whose filters cover every page of it at once. */
  map: string;
}

/** The navigation and counts of a city's page in `locale`; undefined when the city fits on one page. */
export function cityPaging(locale: Locale, page: CityPage): CityPaging | undefined {
  if (page.pages === 1) return undefined;
  const country = page.group.country.id;
  const shown = page.group.cities[0]?.services.length ?? 0;
  return {
    pagination: paginate(page.page, page.pages, (number) =>
      localeUrl(locale, cityPagePath(country, page.city, number)),
    ),
    from: page.first,
    to: page.first + shown - 1,
    total: page.whole.cities[0]?.services.length ?? 0,
    map: `${localeUrl(locale, PAGES.map)}${filterQuery({ ...emptyFilters(), city: placeKey(country, page.city) })}`,
  };
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
    cities: cities.map((city) => ({
      key: city.key,
      name: city.name,
      href: placeUrl(locale, plan, country.id, city.key),
      count: city.services.length,
    })),
  }));
}

/** What a country's own page shows of its services: all of them, by city, or, above the limit, how many and where the directory lists them. */
export type CountryListing = { lists: true; cities: PlaceGroup['cities'] } | { lists: false; index: PlaceIndexEntry };

/** The services a country's page lists: every one up to `limit` (none when `group` is undefined: no service yet), else an index of its cities. */
export function countryListing(
  group: PlaceGroup | undefined,
  plan: DirectoryPlan,
  locale: Locale,
  limit = DIRECTORY_PAGE_LIMIT,
): CountryListing {
  if (!group) return { lists: true, cities: [] };
  const [index] = placeIndex([group], plan, locale);
  return index && index.count > limit ? { lists: false, index } : { lists: true, cities: group.cities };
}
