/**
 * The open-data file of events, /data/events.json. Open Referral HSDS has no
 * table for events (its schedules belong to services and locations), so
 * events are not forced into the HSDS file: they get their own JSON, whose
 * schedule is the RFC 5545 rule itself (any calendar library can expand it),
 * plus the occurrences as of the build, dated, and links to the iCalendar
 * feeds. The place follows the pages' privacy rule: only when public.
 */
import type { Country } from '../schemas/countries';
import { ruleText } from '../schemas/events';
import { LOCALES, type Locale } from '../schemas/locales';
import type { EventView } from './events';
import { clock } from './next-occurrence';
import { absoluteUrl, eventCalendarUrl, localeUrl, PAGES } from './routes';

const perLocale = (make: (locale: Locale) => string) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)]));

/** One event as exported. */
export function eventRecord(view: EventView, country: Country | undefined): Record<string, unknown> {
  const { event } = view;
  const isPublic = event.address_visibility === 'public';
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    status_notice: event.status_notice,
    title: event.title,
    description: event.description,
    country: event.country,
    city: event.city,
    city_name: country?.cities[event.city]?.name,
    timezone: view.timeZone,
    address_visibility: event.address_visibility,
    place: isPublic ? event.place : undefined,
    organiser: event.organiser,
    service: event.service,
    services: event.services,
    audiences: event.audiences,
    cost: event.cost,
    registration: event.registration,
    phones: event.phones.map((phone) => phone.number),
    email: event.email,
    website: event.website,
    schedule: {
      start: event.schedule.start,
      time: event.schedule.time,
      rrule: event.schedule.repeat ? ruleText(event.schedule.repeat) : undefined,
      until: event.schedule.until,
      dates: event.schedule.dates,
      cancelled: event.schedule.cancelled.map(({ date }) => date),
    },
    upcoming: view.occurrences.map((occurrence) => ({
      date: occurrence.day,
      start: occurrence.from === undefined ? undefined : clock(occurrence.from),
      end: occurrence.to === undefined ? undefined : clock(occurrence.to),
      cancelled: occurrence.cancelled ?? false,
    })),
    verification: { status: event.verification.status, date: event.verification.date },
    example: event.example,
    url: perLocale((locale) => absoluteUrl(localeUrl(locale, PAGES.event(event.id)))),
    ics: event.status === 'ended' ? undefined : perLocale((locale) => absoluteUrl(eventCalendarUrl(locale, event.id))),
  };
}

/** The whole file: when it was made (the `upcoming` lists are as of that day) and every event. */
export function toEventsJson(
  views: readonly EventView[],
  countries: ReadonlyMap<string, Country>,
  today: string,
): Record<string, unknown> {
  return {
    generated: today,
    note: 'Times are wall-clock times in each event\'s timezone. "upcoming" is as of "generated"; expand "schedule.rrule" (RFC 5545) for later dates.',
    events: views.map((view) => eventRecord(view, countries.get(view.event.country))),
  };
}
