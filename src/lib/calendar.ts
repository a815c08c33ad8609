/**
 * iCalendar (RFC 5545) files of events: one per event ("add to calendar")
 * and subscribable feeds per locale and per country. Written by
 * `ical-generator` (maintained, typed, folds and escapes lines) with each
 * time zone's VTIMEZONE from `@touch4it/ical-timezones`; the recurrence rule
 * goes out as the contributor wrote it, with UNTIL, RDATE for listed days
 * and EXDATE for cancelled ones. Times are built as Temporal values in the
 * country's time zone (`temporal-polyfill`), so the output does not depend
 * on the build machine's own time zone.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { parseTimeRange, ruleText, type EventEntry } from '../schemas/events';
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { SITE } from '../site.config';
import type { EventView } from './events';
import { pickText } from './localized';
import { absoluteUrl, localeUrl, PAGES } from './routes';

/** What a calendar entry says, already in the calendar's language. */
export interface CalendarText {
  title: string;
  description: string;
  /** City, and the place when its address is public. */
  location: string;
  /** The event's page, absolute. */
  url: string;
}

const compact = (day: string) => day.replaceAll('-', '');

function zoned(day: string, minute: number, timeZone: string): Temporal.ZonedDateTime {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Temporal.ZonedDateTime.from({
    timeZone,
    year,
    month,
    day: date,
    hour: Math.floor(minute / 60),
    minute: minute % 60,
  });
}

/** `20261214T100000` — a wall-clock time as iCalendar writes it next to a TZID. */
function localStamp(day: string, minute: number): string {
  return `${compact(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}00`;
}

/** The RRULE, RDATE and EXDATE lines of an event; times on its own wall clock. */
export function recurrenceLines(event: EventEntry, timeZone: string): string[] {
  const { schedule } = event;
  const time = schedule.time ? parseTimeRange(schedule.time) : undefined;
  const at = (day: string) =>
    time ? `;TZID=${timeZone}:${localStamp(day, time.from)}` : `;VALUE=DATE:${compact(day)}`;
  const lines: string[] = [];
  if (schedule.repeat) {
    // UNTIL must be UTC when DTSTART has a time zone (RFC 5545 3.3.10): the end of the last day there.
    const until = schedule.until
      ? time
        ? `;UNTIL=${zoned(schedule.until, 23 * 60 + 59, timeZone)
            .add({ seconds: 59 })
            .toInstant()
            .toString({ smallestUnit: 'second' })
            .replace(/[-:]/g, '')}`
        : `;UNTIL=${compact(schedule.until)}`
      : '';
    lines.push(`RRULE:${ruleText(schedule.repeat)}${until}`);
  }
  for (const day of schedule.dates) lines.push(`RDATE${at(day)}`);
  for (const { date } of schedule.cancelled) lines.push(`EXDATE${at(date)}`);
  return lines;
}

/** An event's words in `locale`: title, description (with the sample/unverified note), location, page. */
export function calendarText(
  view: EventView,
  country: Country | undefined,
  locale: Locale,
  notes: { example: string; unverified: string },
): CalendarText {
  const { event } = view;
  const pickIn = (value: Parameters<typeof pickText>[0]) => pickText(value, locale, event.original_language);
  const city = (country && pickText(country.cities[event.city]?.name, locale, country.original_language)) || event.city;
  const note = event.example ? notes.example : event.verification.status === 'unverified' ? notes.unverified : '';
  return {
    title: pickIn(event.title),
    description: [note, pickIn(event.description)].filter(Boolean).join('\n\n'),
    location: event.address_visibility === 'public' && event.place ? `${pickIn(event.place)}, ${city}` : city,
    url: absoluteUrl(localeUrl(locale, PAGES.event(event.id))),
  };
}

/** The domain that makes event UIDs unique worldwide. */
export const UID_DOMAIN = new URL(SITE.url).hostname;

/** The calendar entry of one event. */
export function calendarEvent(view: EventView, text: CalendarText, uidDomain: string): ICalEventData {
  const { event, timeZone } = view;
  const time = event.schedule.time ? parseTimeRange(event.schedule.time) : undefined;
  const lines = recurrenceLines(event, timeZone);
  const when: Pick<ICalEventData, 'start' | 'end' | 'timezone' | 'allDay'> = time
    ? {
        start: zoned(event.schedule.start, time.from, timeZone),
        end: zoned(event.schedule.start, time.to, timeZone),
        timezone: timeZone,
      }
    : { start: Temporal.PlainDate.from(event.schedule.start), allDay: true };
  return {
    id: `${event.id}@${uidDomain}`,
    ...when,
    summary: text.title,
    description: `${text.description}\n\n${text.url}`,
    location: text.location,
    url: text.url,
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    repeating: lines.length ? lines.join('\n') : null,
  };
}

/**
 * A whole calendar file. Ended events are left out: they no longer take
 * place, and a rule without an end would keep filling a calendar.
 */
export function calendarFile(
  name: string,
  entries: { view: EventView; text: CalendarText }[],
  options: { uidDomain: string; stamp: Date; language: string },
): string {
  const calendar = ical({
    name,
    prodId: { company: options.uidDomain, product: 'events', language: options.language.toUpperCase() },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const { view, text } of entries) {
    if (view.event.status === 'ended') continue;
    calendar.createEvent({ ...calendarEvent(view, text, options.uidDomain), stamp: options.stamp });
  }
  return calendar.toString();
}
