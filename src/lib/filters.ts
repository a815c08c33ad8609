/**
 * The directory's filters: which services match a filter state, and how that
 * state is written in the page's query string so a filtered view can be
 * shared and bookmarked. Pure and free of imports with runtime code, so the
 * browser script that uses it stays small.
 *
 * Matching rules:
 * - several service types: a service matches when it offers ANY of them
 *   (a person looking for needles or naloxone wants every place with either);
 * - several audiences: likewise any of them; only services that name the
 *   audience match, since "for women" means a service meant for women;
 * - "free" means cost `free` only, not `partly_free`;
 * - "anonymous" and "no register" need the entry to say so; unknown does not match;
 * - "open now" needs the hours to say so; uncertain or unknown hours do not
 *   match unless the person asks to include services whose hours are unknown
 *   (a closed service never matches);
 * - "naloxone always" needs the latest peer-monitoring round to publish a
 *   figure for the service in which most people asked said "always"; no
 *   figure (not asked, too few answers) does not match.
 */
import { formatMessage, type MessageTemplate } from '../i18n/format';
import type { Service } from '../schemas/services';
import type { OpenCounts } from './open-now';

/** What a person chose in the filter form. Empty lists and strings mean "any". */
export interface FilterState {
  types: string[];
  country: string;
  /** A place key, `<country>.<city>` (see `placeKey`). */
  city: string;
  openNow: boolean;
  /** With "open now": also services whose hours cannot say (none given, not certain, or past the page's window). */
  includeUnknown: boolean;
  free: boolean;
  anonymous: boolean;
  noRegister: boolean;
  naloxone: boolean;
  audiences: string[];
}

/** The facts about one service that filters look at, as read from its card. */
export interface ServiceFacts {
  types: string[];
  country: string;
  city: string;
  cost: string;
  anonymous: boolean | undefined;
  register: string;
  audiences: string[];
  /** Most people asked said naloxone was always there (latest monitoring round). */
  naloxone: boolean;
  /** From the hours; undefined when they cannot say. */
  openNow: boolean | undefined;
}

/** The values a query may name; anything else in a URL is ignored. */
export interface FilterOptions {
  types: string[];
  countries: string[];
  cities: string[];
  audiences: string[];
}

/** Query parameter names — also the names of the form's controls, so the form without JavaScript submits the same URL. */
export const QUERY = {
  type: 'type',
  country: 'country',
  city: 'city',
  openNow: 'open',
  includeUnknown: 'unknown',
  free: 'free',
  anonymous: 'anonymous',
  noRegister: 'noregister',
  naloxone: 'naloxone',
  audience: 'audience',
} as const;

/** No filter at all. */
export function emptyFilters(): FilterState {
  return {
    types: [],
    country: '',
    city: '',
    openNow: false,
    includeUnknown: false,
    free: false,
    anonymous: false,
    noRegister: false,
    naloxone: false,
    audiences: [],
  };
}

/** Whether the state filters anything out. */
export function isFiltering(state: FilterState): boolean {
  return (
    state.types.length > 0 ||
    state.audiences.length > 0 ||
    Boolean(state.country || state.city) ||
    state.openNow ||
    state.free ||
    state.anonymous ||
    state.noRegister ||
    state.naloxone
  );
}

/** The templates of the count line: `{{count}}` services, or `{{count}}` of `{{total}}` that match. */
export interface CountTemplates {
  /** `{{count}}` services (plural forms). */
  count: MessageTemplate;
  /** `{{count}}` of `{{total}}` match (plural forms for `count`). */
  matching: MessageTemplate;
}

/**
 * The count line in `locale` (the page's `lang`): how many services the page
 * lists, or, while the state filters, how many of them match. `values`
 * fills other placeholders (a page's `from`, `to` and `total`).
 */
export function countSentence(
  locale: string,
  templates: CountTemplates,
  state: FilterState,
  matching: number,
  total: number,
  values: Record<string, number> = {},
): string {
  return isFiltering(state)
    ? formatMessage(locale, templates.matching, { ...values, count: matching, total })
    : formatMessage(locale, templates.count, { ...values, count: total });
}

/** The plural templates of the open-now counts: `{{count}}` open now, closed, with hours unknown. */
export interface OpenCountTemplates {
  countOpen: MessageTemplate;
  countClosed: MessageTemplate;
  countUnknown: MessageTemplate;
}

/**
 * "3 open now · 1 closed · hours unknown for 15": the services that match
 * every other filter, by what their hours say now. Open is always said
 * (also when none is); closed and unknown only when there are any.
 */
export function openCountsSentence(locale: string, templates: OpenCountTemplates, counts: OpenCounts): string {
  const parts = [formatMessage(locale, templates.countOpen, { count: counts.open })];
  if (counts.closed) parts.push(formatMessage(locale, templates.countClosed, { count: counts.closed }));
  if (counts.unknown) parts.push(formatMessage(locale, templates.countUnknown, { count: counts.unknown }));
  return parts.join(' · ');
}

/** The key that names a city unambiguously across countries: `by.minsk`. */
export function placeKey(country: string, city: string): string {
  return `${country}.${city}`;
}

/** Whether a service matches every part of the filter state (see the module comment for the rules). */
export function matchesFilters(facts: ServiceFacts, state: FilterState): boolean {
  if (state.types.length && !state.types.some((type) => facts.types.includes(type))) return false;
  if (state.audiences.length && !state.audiences.some((audience) => facts.audiences.includes(audience))) return false;
  if (state.country && facts.country !== state.country) return false;
  if (state.city && placeKey(facts.country, facts.city) !== state.city) return false;
  if (state.free && facts.cost !== 'free') return false;
  if (state.anonymous && facts.anonymous !== true) return false;
  if (state.noRegister && facts.register !== 'no') return false;
  if (state.openNow && facts.openNow !== true && !(state.includeUnknown && facts.openNow === undefined)) return false;
  if (state.naloxone && !facts.naloxone) return false;
  return true;
}

const isOn = (value: string | null) => value !== null && value !== '' && value !== '0' && value !== 'false';

/**
 * The filter state a query string describes. Values not in `options` are
 * dropped, so a hand-edited or outdated link never filters on a value the
 * page cannot show. A city outside the chosen country is dropped too.
 */
export function parseFilterQuery(query: string | URLSearchParams, options?: FilterOptions): FilterState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const allowed = (list: string[] | undefined, value: string) => value !== '' && (!list || list.includes(value));
  const unique = (values: string[], list: string[] | undefined) =>
    [...new Set(values.filter((value) => allowed(list, value)))].sort();
  const single = (value: string | null, list: string[] | undefined) =>
    value !== null && allowed(list, value) ? value : '';
  const country = single(params.get(QUERY.country), options?.countries);
  let city = single(params.get(QUERY.city), options?.cities);
  if (country && city && !city.startsWith(`${country}.`)) city = '';
  return {
    types: unique(params.getAll(QUERY.type), options?.types),
    country,
    city,
    openNow: isOn(params.get(QUERY.openNow)),
    includeUnknown: isOn(params.get(QUERY.includeUnknown)),
    free: isOn(params.get(QUERY.free)),
    anonymous: isOn(params.get(QUERY.anonymous)),
    noRegister: isOn(params.get(QUERY.noRegister)),
    naloxone: isOn(params.get(QUERY.naloxone)),
    audiences: unique(params.getAll(QUERY.audience), options?.audiences),
  };
}

/** The query string for a filter state: '' for no filter, else `?type=…`, in a stable order. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const type of [...state.types].sort()) params.append(QUERY.type, type);
  if (state.country) params.set(QUERY.country, state.country);
  if (state.city) params.set(QUERY.city, state.city);
  if (state.openNow) params.set(QUERY.openNow, '1');
  if (state.includeUnknown) params.set(QUERY.includeUnknown, '1');
  if (state.free) params.set(QUERY.free, '1');
  if (state.anonymous) params.set(QUERY.anonymous, '1');
  if (state.noRegister) params.set(QUERY.noRegister, '1');
  if (state.naloxone) params.set(QUERY.naloxone, '1');
  for (const audience of [...state.audiences].sort()) params.append(QUERY.audience, audience);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * `search` with its filter parameters replaced by those of `state`. Other
 * parameters — such as the referral slip's — are kept as they are.
 */
export function withFilters(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(QUERY)) params.delete(name);
  for (const [name, value] of new URLSearchParams(filterQuery(state))) params.append(name, value);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * The data-* attributes a service card carries for the filters (read back by
 * `factsFromDataset`); `naloxone` from the latest monitoring round.
 */
export function filterAttributes(service: Service, naloxone = false): Record<string, string> {
  return {
    'data-types': service.types.join(' '),
    'data-country': service.country,
    'data-city': service.city,
    'data-cost': service.cost,
    'data-anonymous': service.anonymous === undefined ? 'unknown' : String(service.anonymous),
    'data-register': service.narcology_register,
    'data-audiences': service.audiences.join(' '),
    ...(naloxone ? { 'data-naloxone': 'always' } : {}),
  };
}

/** A card's facts from its `dataset` (camel-cased data-* attributes), with the open-now answer from its hours. */
export function factsFromDataset(
  dataset: Record<string, string | undefined>,
  openNow: boolean | undefined,
): ServiceFacts {
  const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  return {
    types: words(dataset.types),
    country: dataset.country ?? '',
    city: dataset.city ?? '',
    cost: dataset.cost ?? 'unknown',
    anonymous: dataset.anonymous === 'true' ? true : dataset.anonymous === 'false' ? false : undefined,
    register: dataset.register ?? 'unknown',
    audiences: words(dataset.audiences),
    naloxone: dataset.naloxone === 'always',
    openNow,
  };
}

/**
 * The service types and audiences the filter form offers: only those that
 * occur, so no choice can only ever give nothing, in the order of the
 * vocabularies' keys (`typeOrder`, `audienceOrder`).
 */
export function presentChoices(
  services: Service[],
  typeOrder: readonly string[],
  audienceOrder: readonly string[],
): { types: string[]; audiences: string[] } {
  const types = new Set<string>(services.flatMap((service) => service.types));
  const audiences = new Set<string>(services.flatMap((service) => service.audiences));
  return {
    types: typeOrder.filter((type) => types.has(type)),
    audiences: audienceOrder.filter((audience) => audiences.has(audience)),
  };
}
