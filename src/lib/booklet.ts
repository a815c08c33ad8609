/**
 * Printable booklets of a city's (or a small country's) services, for people
 * whom phones do not reach: which booklets exist, the services grouped by
 * type, and opening hours written as a line of text.
 */
import type { Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import { SERVICE_TYPES } from '../schemas/vocabularies';
import { pickText } from './localized';
import { mondayOf, weekdayNames, weeklyHours } from './hours';
import { dateTimeFormat } from './intl';
import { INTL_LOCALE } from './dates';

/** A country with at most this many services also gets one booklet for the whole country. */
export const COUNTRY_BOOKLET_LIMIT = 60;

/** Services a booklet lists: everything but closed services. */
export function printable(services: readonly Service[]): Service[] {
  return services.filter((service) => service.status !== 'closed');
}

/**
 * The booklets to build: one per city the directory lists (every city with a
 * service, so each city's directory section can link to its booklet), and
 * one per country with at most `COUNTRY_BOOKLET_LIMIT` services.
 */
export function bookletPlaces(services: readonly Service[]): { country: string; city?: string }[] {
  const byCountry = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const service of services) {
    byCountry.set(service.country, (byCountry.get(service.country) ?? new Set()).add(service.city));
    counts.set(service.country, (counts.get(service.country) ?? 0) + 1);
  }
  return [...byCountry.entries()].flatMap(([country, cities]) => [
    ...((counts.get(country) ?? 0) <= COUNTRY_BOOKLET_LIMIT ? [{ country }] : []),
    ...[...cities].sort().map((city) => ({ country, city })),
  ]);
}

/** One section of a booklet: a service type and the services whose main (first) type it is. */
export interface BookletSection {
  type: keyof typeof SERVICE_TYPES;
  services: Service[];
}

/**
 * Services grouped by their first type, in the vocabulary's order, each group
 * by name. A service is printed once, under its main type; its other types
 * are printed with it.
 */
export function bookletSections(services: readonly Service[], locale: Locale): BookletSection[] {
  const collator = new Intl.Collator(locale);
  const name = (service: Service) => pickText(service.name, locale, service.original_language);
  return (Object.keys(SERVICE_TYPES) as (keyof typeof SERVICE_TYPES)[])
    .map((type) => ({
      type,
      services: printable(services)
        .filter((service) => service.types[0] === type)
        .sort((a, b) => collator.compare(name(a), name(b))),
    }))
    .filter((section) => section.services.length > 0);
}

/** Whether a value's hours differ from week to week ("Mo[2]", dates, holidays): a weekly line would mislead. */
function variesByWeek(value: string): boolean {
  return /\[|week|PH|SH|easter|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\d{4}/.test(value);
}

/**
 * Opening hours as one line of text in the page's language, days with the
 * same hours joined: "Monday–Friday 09:00–18:00; Saturday 10:00–14:00".
 * Days not listed are closed. Undefined when the value cannot be read as a
 * week, so the page prints the value itself.
 */
export function hoursText(value: string, country: string, locale: Locale, today = new Date()): string | undefined {
  if (variesByWeek(value)) return undefined;
  const week = weeklyHours(value, country, mondayOf(today));
  if (!week) return undefined;
  const names = weekdayNames(INTL_LOCALE[locale]);
  const runs: { from: number; to: number; text: string }[] = [];
  week.forEach((day, index) => {
    if (day.intervals.length === 0 && !day.comment) return;
    const text = [day.intervals.join(', '), day.comment ? `(${day.comment})` : ''].filter(Boolean).join(' ');
    const last = runs.at(-1);
    if (last && last.to === index - 1 && last.text === text) last.to = index;
    else runs.push({ from: index, to: index, text });
  });
  if (runs.length === 0) return undefined;
  const days = (run: { from: number; to: number }) =>
    run.from === run.to ? names[run.from] : `${names[run.from]}${run.to === run.from + 1 ? ', ' : '–'}${names[run.to]}`;
  return runs.map((run) => `${days(run)} ${run.text}`).join('; ');
}

/** The day a booklet's facts were taken from the directory, written out in the page's language. */
export function printDate(isoDay: string, locale: Locale): string {
  return dateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}
