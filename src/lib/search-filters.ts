/**
 * The search page's filters (type, country, city, service type). Each entry
 * page tells Pagefind its filter values (`SearchMeta.astro`, from
 * `searchFilterValues`); the search page lists the same values, gathered from
 * the content at build time (`searchFilterOptions`), instead of asking
 * Pagefind for them. Asking means downloading every filter's index before the
 * first result — at 10,000 services 115 KB, more than the rest of a first
 * search together — while a filter's index is needed only once someone
 * filters by it.
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { SERVICE_TYPES } from '../schemas/vocabularies';
import { pickText } from './localized';

/** The kinds of page that search finds. */
export type SearchKind = 'service' | 'statement' | 'case' | 'country' | 'pathway' | 'event';

/** Pagefind filter names, in the order the search page offers them. */
export const SEARCH_FILTERS = ['type', 'country', 'city', 'service_type'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What an entry page tells search about itself, before translation. */
export interface SearchEntry {
  kind: SearchKind;
  country?: Country | undefined;
  /** Key of a city in `country`. */
  city?: string | undefined;
  serviceTypes?: readonly (keyof typeof SERVICE_TYPES)[];
}

/** The label of a kind of page in the page's language (the `search.type.*` UI strings). */
export type KindLabel = (kind: SearchKind) => string;

/** The values of each filter for one entry page in `locale`, as Pagefind records them. */
export function searchFilterValues(
  entry: SearchEntry,
  locale: Locale,
  kindLabel: KindLabel,
): Record<SearchFilter, string[]> {
  const { country, city, serviceTypes = [] } = entry;
  const countryName = country ? pickText(country.name, locale, country.original_language) : '';
  const cityName = country && city ? pickText(country.cities[city]?.name, locale, country.original_language) : '';
  return {
    type: [kindLabel(entry.kind)],
    country: countryName ? [countryName] : [],
    city: cityName ? [cityName] : [],
    service_type: serviceTypes.map((type) => SERVICE_TYPES[type][locale].label),
  };
}

/** Every value of each filter over all entry pages of `locale`, once each, in the language's alphabetical order. */
export function searchFilterOptions(
  entries: readonly SearchEntry[],
  locale: Locale,
  kindLabel: KindLabel,
): Record<SearchFilter, string[]> {
  const found = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, new Set<string>()])) as Record<
    SearchFilter,
    Set<string>
  >;
  for (const entry of entries) {
    const values = searchFilterValues(entry, locale, kindLabel);
    for (const name of SEARCH_FILTERS) for (const value of values[name]) found[name].add(value);
  }
  const collator = new Intl.Collator(locale);
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, [...found[name]].sort(collator.compare)])) as Record<
    SearchFilter,
    string[]
  >;
}
