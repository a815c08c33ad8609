/**
 * The one place pages get content from. Collections are loaded once per
 * build, drafts and unpublished cases are dropped here, and everything comes
 * back sorted and typed. Pages never filter collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/locales';
import type { Country } from '../schemas/countries';
import type { RightsCase } from '../schemas/cases';
import type { EventEntry } from '../schemas/events';
import type { Pathway } from '../schemas/pathways';
import type { Service } from '../schemas/services';
import type { Statement } from '../schemas/statements';
import type { Round, Tally } from '../schemas/monitoring';
import { SITE } from '../site.config';
import { bookletPlaces } from './booklet';
import {
  countryListing,
  directoryPages,
  placeUrl,
  planDirectory,
  type CountryListing,
  type DirectoryPlan,
} from './directory-pages';
import { todayIso } from './dates';
import { planEvents, type EventView } from './events';
import { roundReport, roundsInOrder, servicesMostlyAlways, type RoundReport } from './monitoring-report';
import type { SearchEntry } from './search-filters';
import { groupByPlace, type PlaceGroup } from './services';
import { contentSubjects, type TranslationSubject } from './translations';

/** A statement with all its language versions. */
export interface StatementGroup {
  id: string;
  /** Facts shared by every version, taken from the original. */
  original: Statement;
  versions: Partial<Record<Locale, CollectionEntry<'statements'>>>;
}

let cache:
  | Promise<{
      services: Service[];
      countries: Map<string, Country>;
      statements: StatementGroup[];
      cases: RightsCase[];
      pathways: Pathway[];
      events: EventEntry[];
      rounds: Round[];
      tallies: Tally[];
    }>
  | undefined;

async function loadAll() {
  const [services, countries, statementEntries, cases, pathways, events, rounds, tallies] = await Promise.all([
    getCollection('services', ({ data }) => !data.draft),
    getCollection('countries'),
    getCollection('statements', ({ data }) => !data.draft),
    getCollection('cases', ({ data }) => data.published),
    getCollection('pathways', ({ data }) => !data.draft),
    getCollection('events', ({ data }) => !data.draft),
    getCollection('rounds', ({ data }) => !data.draft),
    getCollection('tallies'),
  ]);
  const groups = new Map<string, StatementGroup>();
  for (const entry of statementEntries) {
    const group = groups.get(entry.data.id) ?? { id: entry.data.id, original: entry.data, versions: {} };
    group.versions[entry.data.lang] = entry;
    if (entry.data.lang === entry.data.original_language) group.original = entry.data;
    groups.set(entry.data.id, group);
  }
  return {
    services: services.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id)),
    countries: new Map(countries.map((entry) => [entry.data.id, entry.data])),
    statements: [...groups.values()].sort(
      (a, b) => b.original.date.localeCompare(a.original.date) || a.id.localeCompare(b.id),
    ),
    cases: cases.map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    pathways: pathways.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id)),
    events: events.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id)),
    rounds: roundsInOrder(rounds.map((entry) => entry.data)),
    tallies: tallies.map((entry) => entry.data),
  };
}

function all() {
  cache ??= loadAll();
  return cache;
}

/** Every published service, by id. */
export async function getServices(): Promise<Service[]> {
  return (await all()).services;
}

/** Every country, keyed by its code. */
export async function getCountries(): Promise<Map<string, Country>> {
  return (await all()).countries;
}

/** A language's directory: services by country and city, with the page plan and pages. */
export interface Directory {
  total: number;
  groups: PlaceGroup[];
  plan: DirectoryPlan;
  pages: ReturnType<typeof directoryPages>;
}

const directories = new Map<Locale, Promise<Directory>>();

/**
 * Published services in `locale` by country and city (sorted by name), with
 * the directory's page plan and pages. Computed once per language: the
 * country, directory, city and map pages all ask for the same one.
 */
export function getDirectory(locale: Locale): Promise<Directory> {
  let directory = directories.get(locale);
  if (!directory) {
    directory = all().then(({ services, countries }) => {
      const groups = groupByPlace(services, countries, locale);
      const plan = planDirectory(services);
      return { total: services.length, groups, plan, pages: directoryPages(groups, plan) };
    });
    directories.set(locale, directory);
  }
  return directory;
}

/** Every country with what its own page shows of its services in `locale` (see `countryListing`). */
export async function getCountryPages(locale: Locale): Promise<{ country: Country; services: CountryListing }[]> {
  const [{ groups, plan }, countries] = await Promise.all([getDirectory(locale), getCountries()]);
  const byCountry = new Map(groups.map((group) => [group.country.id, group]));
  return [...countries.values()].map((country) => ({
    country,
    services: countryListing(byCountry.get(country.id), plan, locale),
  }));
}

/** A printable booklet (src/lib/booklet.ts): its place, its services, and where the directory shows them online. */
export interface Booklet {
  country: Country;
  city?: string;
  services: Service[];
  /** The directory's page or section for the place, which the booklet's QR code points at. */
  online: string;
}

/** Every printable booklet in `locale`: one per city with services, one per small country. */
export async function getBooklets(locale: Locale): Promise<Booklet[]> {
  const { services, countries } = await all();
  const plan = planDirectory(services);
  return bookletPlaces(services).flatMap(({ country, city }) => {
    const found = countries.get(country);
    if (!found) return [];
    const listed = services.filter((service) => service.country === country && (!city || service.city === city));
    return [{ country: found, city, services: listed, online: placeUrl(locale, plan, country, city) }];
  });
}

/** Every published statement with its language versions, newest first. */
export async function getStatements(): Promise<StatementGroup[]> {
  return (await all()).statements;
}

/** Every published rights case, newest first. */
export async function getCases(): Promise<RightsCase[]> {
  return (await all()).cases;
}

/** Every published referral pathway, by id. */
export async function getPathways(): Promise<Pathway[]> {
  return (await all()).pathways;
}

/** Every published event, by id (`src/lib/events.ts` orders them by their next date). */
export async function getEvents(): Promise<EventEntry[]> {
  return (await all()).events;
}

let eventViews: Promise<EventView[]> | undefined;

/** Every published event with its occurrences from the build's day on, soonest first (see `planEvents`). */
export function getEventViews(): Promise<EventView[]> {
  eventViews ??= all().then(({ events, countries }) => planEvents(events, countries, todayIso()));
  return eventViews;
}

let monitoringReports: Promise<RoundReport[]> | undefined;

/**
 * The report of every published round, oldest first, with small-cell
 * protection at `SITE.monitoring.minRespondents`. Computed once per build.
 */
export function getMonitoringReports(): Promise<RoundReport[]> {
  monitoringReports ??= all().then(({ rounds, tallies, services }) => {
    const directory = new Map(services.map((service) => [service.id, service]));
    return rounds.map((round) => roundReport(round, tallies, directory, SITE.monitoring.minRespondents));
  });
  return monitoringReports;
}

let naloxoneAlways: Promise<Set<string>> | undefined;

/** Ids of services where most people asked in their latest round said naloxone was always there (the directory filter). */
export function getNaloxoneAlways(): Promise<Set<string>> {
  naloxoneAlways ??= getMonitoringReports().then((reports) =>
    servicesMostlyAlways(reports, 'naloxone', SITE.monitoring.alwaysShare),
  );
  return naloxoneAlways;
}

/** What each entry page (service, country, statement, case, pathway) tells search about itself; one per page in each language. */
export async function getSearchEntries(): Promise<SearchEntry[]> {
  const { services, countries, statements, cases, pathways, events } = await all();
  return [
    ...services.map((service): SearchEntry => ({
      kind: 'service',
      country: countries.get(service.country),
      city: service.city,
      serviceTypes: service.types,
    })),
    ...[...countries.values()].map((country): SearchEntry => ({ kind: 'country', country })),
    ...statements.map((): SearchEntry => ({ kind: 'statement' })),
    ...cases.map((entry): SearchEntry => ({ kind: 'case', country: countries.get(entry.country), city: entry.city })),
    ...pathways.map((pathway): SearchEntry => ({
      kind: 'pathway',
      country: countries.get(pathway.country),
      city: pathway.city,
    })),
    ...events.map((event): SearchEntry => ({ kind: 'event', country: countries.get(event.country), city: event.city })),
  ];
}

/** Every published entry as a translation subject, for the page of entries waiting for a translation. */
export async function getTranslationSubjects(): Promise<TranslationSubject[]> {
  const { services, countries, statements, cases, pathways } = await all();
  return contentSubjects({
    services,
    countries: [...countries.values()],
    statements: statements.flatMap((group) => Object.values(group.versions).map((entry) => entry!.data)),
    cases,
    pathways,
  });
}

/** A guide for members in `locale`, else in English; undefined when it does not exist. */
export async function getGuide(id: string, locale: Locale): Promise<CollectionEntry<'guides'> | undefined> {
  const versions = await getCollection('guides', ({ data }) => data.id === id);
  return versions.find(({ data }) => data.lang === locale) ?? versions.find(({ data }) => data.lang === 'en');
}
