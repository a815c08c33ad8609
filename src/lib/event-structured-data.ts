/**
 * schema.org JSON-LD for an event page: an `Event` whose `startDate` is the
 * next occurrence at build time and, when it repeats, an `eventSchedule`
 * (`Schedule`) translated from the RRULE parts schema.org can say (frequency
 * and interval, weekdays with their week of the month, month days, months,
 * until, times, cancelled days). A rule with parts it cannot say gets no
 * schedule rather than a wrong one. The place follows the page's privacy
 * rule: the street only when the address is public.
 */
import type { Country } from '../schemas/countries';
import { parseTimeRange, ruleText, type EventEntry } from '../schemas/events';
import type { Locale } from '../schemas/locales';
import type { EventView } from './events';
import { pickText } from './localized';
import { clock } from './next-occurrence';

const FREQUENCIES: Record<string, string> = { DAILY: 'D', WEEKLY: 'W', MONTHLY: 'M', YEARLY: 'Y' };
const WEEKDAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const SAYABLE = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'COUNT', 'WKST']);

/** The schema.org `Schedule` of a repeating event, or undefined when its rule says more than schema.org can. */
export function eventSchedule(event: EventEntry, timeZone: string): Record<string, unknown> | undefined {
  if (!event.schedule.repeat) return undefined;
  const parts = Object.fromEntries(
    ruleText(event.schedule.repeat)
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  if (Object.keys(parts).some((key) => !SAYABLE.has(key)) || !FREQUENCIES[parts.FREQ ?? '']) return undefined;
  const days = (parts.BYDAY ?? '')
    .split(',')
    .filter(Boolean)
    .map((value) => /^([+-]?\d{0,2})([A-Z]{2})$/.exec(value));
  if (days.some((match) => !match || !WEEKDAYS[match[2]!])) return undefined;
  const weeks = [
    ...new Set(
      days
        .map((match) => match![1])
        .filter(Boolean)
        .map(Number),
    ),
  ];
  const time = event.schedule.time ? parseTimeRange(event.schedule.time) : undefined;
  const list = (value: string | undefined) => (value ? value.split(',').map(Number) : undefined);
  const schedule: Record<string, unknown> = {
    '@type': 'Schedule',
    repeatFrequency: `P${parts.INTERVAL ?? 1}${FREQUENCIES[parts.FREQ!]}`,
    byDay: days.length ? days.map((match) => `https://schema.org/${WEEKDAYS[match![2]!]}`) : undefined,
    byMonthWeek: weeks.length ? weeks : undefined,
    byMonthDay: list(parts.BYMONTHDAY),
    byMonth: list(parts.BYMONTH),
    repeatCount: parts.COUNT ? Number(parts.COUNT) : undefined,
    startDate: event.schedule.start,
    endDate: event.schedule.until,
    startTime: time ? clock(time.from) : undefined,
    endTime: time ? clock(time.to) : undefined,
    exceptDate: event.schedule.cancelled.length ? event.schedule.cancelled.map(({ date }) => date) : undefined,
    scheduleTimezone: timeZone,
  };
  return Object.fromEntries(Object.entries(schedule).filter(([, value]) => value !== undefined));
}

/** The JSON-LD object describing an event on its page at `pageUrl`. */
export function eventJsonLd(
  view: EventView,
  country: Country | undefined,
  locale: Locale,
  pageUrl: string,
): Record<string, unknown> {
  const { event, next } = view;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale, event.original_language);
  const city = (country && pickText(country.cities[event.city]?.name, locale, country.original_language)) || event.city;
  const time = event.schedule.time ? parseTimeRange(event.schedule.time) : undefined;
  const day = next?.day ?? event.schedule.start;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(event.title),
    description: text(event.description),
    url: pageUrl,
    inLanguage: locale,
    eventStatus: `https://schema.org/${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    // Wall-clock times without an offset: the schedule names the time zone.
    startDate: time ? `${day}T${clock(time.from)}` : day,
    endDate: time ? `${day}T${clock(time.to)}` : undefined,
    eventSchedule: eventSchedule(event, view.timeZone),
    location: {
      '@type': 'Place',
      name: event.address_visibility === 'public' && event.place ? text(event.place) : city,
      address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: event.country.toUpperCase() },
    },
    organizer: event.organiser ? { '@type': 'Organization', name: text(event.organiser) } : undefined,
    isAccessibleForFree: event.cost === 'free' ? true : event.cost === 'paid' ? false : undefined,
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
