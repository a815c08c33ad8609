/**
 * Events as pages show them: each with its occurrences from the day before
 * the build (so a visitor in any time zone still finds today's), ordered by
 * the next one, and the events that belong on a city, country, service or
 * pathway page. Which occurrence is next *now* is decided in the browser.
 */
import type { Country } from '../schemas/countries';
import type { EventEntry } from '../schemas/events';
import type { Locale } from '../schemas/locales';
import { AUDIENCES, EVENT_KINDS } from '../schemas/vocabularies';
import { pickText } from './localized';
import type { Occurrence } from './next-occurrence';
import { expandSchedule } from './recurrence';
import { cityTimeZone } from './time-zones';

/** An event with what its pages need. */
export interface EventView {
  event: EventEntry;
  /** The IANA time zone of the event's city (`cityTimeZone`): times are wall-clock times there. */
  timeZone: string;
  /** Occurrences from the day before the build on, cancelled ones marked; none once cancelled or ended. */
  occurrences: Occurrence[];
  /** The first occurrence not cancelled, at build time. */
  next?: Occurrence | undefined;
}

/** The day before `today` (`YYYY-MM-DD`): where expansion starts, so no time zone's today is missed. */
export function expansionStart(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Whether the event still takes place at all. */
export function isRunning(event: EventEntry): boolean {
  return event.status === 'scheduled';
}

/**
 * Every event with its occurrences, running events with a next date first
 * (soonest first), then the others by title's id.
 */
export function planEvents(
  events: readonly EventEntry[],
  countries: ReadonlyMap<string, Country>,
  today: string,
): EventView[] {
  const from = expansionStart(today);
  const views = events.map((event): EventView => {
    const occurrences = isRunning(event) ? expandSchedule(event.schedule, from) : [];
    const country = countries.get(event.country);
    const timeZone = country ? cityTimeZone(country, event.city) : 'UTC';
    return { event, timeZone, occurrences, next: occurrences.find((item) => !item.cancelled) };
  });
  const order = (view: EventView) => view.next?.day ?? '9999';
  return views.sort((a, b) => order(a).localeCompare(order(b)) || a.event.id.localeCompare(b.event.id));
}

/** Where upcoming events are shown: a country, a city, a service (its own entry or present there). */
export interface EventPlace {
  country?: string;
  city?: string;
  service?: string;
}

/** Running events with a next date at `place`, soonest first. */
export function upcomingAt(views: readonly EventView[], place: EventPlace): EventView[] {
  return views.filter(({ event, next }) => {
    if (!next) return false;
    if (place.country && event.country !== place.country) return false;
    if (place.city && event.city !== place.city) return false;
    if (place.service && event.service !== place.service && !event.services.includes(place.service)) return false;
    return true;
  });
}

/** The events whose own directory entry is one of `serviceIds` (a pathway step's services). */
export function eventsListedAs(views: readonly EventView[], serviceIds: readonly string[]): EventView[] {
  return views.filter(({ event, next }) => next && event.service !== undefined && serviceIds.includes(event.service));
}

/** The file an event is written in. */
export function eventFile(event: EventEntry): string {
  return `content/events/${event.country}/${event.id}.yaml`;
}

/** Facet values of an event for the list's filters (`data-facet-*`): city as `<country>.<city>`, kind, audiences. */
export function eventFacets(event: EventEntry): Record<'city' | 'kind' | 'audience', string> {
  return { city: `${event.country}.${event.city}`, kind: event.kind, audience: event.audiences.join(' ') };
}

/** The list's filter choices, only values some event has, with labels in `locale`. */
export function eventFacetOptions(
  views: readonly EventView[],
  countries: ReadonlyMap<string, Country>,
  locale: Locale,
) {
  const cities = new Map<string, string>();
  const kinds = new Set<keyof typeof EVENT_KINDS>();
  const audiences = new Set<keyof typeof AUDIENCES>();
  for (const { event } of views) {
    const country = countries.get(event.country);
    const city = country?.cities[event.city];
    cities.set(
      `${event.country}.${event.city}`,
      (city && pickText(city.name, locale, country.original_language)) || event.city,
    );
    kinds.add(event.kind);
    event.audiences.forEach((audience) => audiences.add(audience));
  }
  const sorted = (options: { value: string; label: string }[]) =>
    options.sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    city: sorted([...cities].map(([value, label]) => ({ value, label }))),
    kind: sorted([...kinds].map((value) => ({ value, label: EVENT_KINDS[value][locale].label }))),
    audience: sorted([...audiences].map((value) => ({ value, label: AUDIENCES[value][locale].label }))),
  };
}
