/**
 * The calendar files, read back by an independent parser: ical.js (Mozilla's
 * iCalendar library, with its own RRULE/RDATE/EXDATE expansion and time-zone
 * handling from the file's VTIMEZONE) must find the same occurrences as the
 * pages (rrule-temporal), at the same instants.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, recurrenceLines, type CalendarText } from '../../src/lib/calendar';
import { planEvents, type EventView } from '../../src/lib/events';
import { eventSchema, type EventEntry } from '../../src/schemas/events';
import type { Country } from '../../src/schemas/countries';

const base = {
  kind: 'service_fair',
  title: { ru: 'Ярмарка', sr: 'Sajam', en: 'Fair' },
  description: { ru: 'Описание; с запятой, и точкой.', sr: 'Opis.', en: 'Description; with a comma, and a full stop.' },
  city: 'c',
  sources: [{ title: 'Test' }],
  verification: { status: 'unverified', date: '2026-11-01', by: 'Test', source: { title: 'Test' } },
  original_language: 'ru',
};
const event = (fields: Record<string, unknown>): EventEntry => eventSchema.parse({ ...base, ...fields });

const EVENTS = [
  // Seed 001's fair: all day (the seed gives no time), monthly on the second Monday.
  event({ id: 'fair', country: 'by', schedule: { start: '2017-10-09', repeat: 'FREQ=MONTHLY;BYDAY=2MO' } }),
  // Sundays 10:00–13:00 in Belgrade across both DST changes, one cancelled, one extra date, an end.
  event({
    id: 'sundays',
    country: 'rs',
    schedule: {
      start: '2027-03-14',
      time: '10:00-13:00',
      repeat: 'FREQ=WEEKLY;BYDAY=SU',
      until: '2027-11-07',
      dates: ['2027-06-02'],
      cancelled: [{ date: '2027-04-04' }],
    },
  }),
  event({
    id: 'called-off',
    country: 'rs',
    status: 'cancelled',
    status_notice: { date: '2026-11-01', text: { ru: 'Отменено.', sr: 'Otkazano.', en: 'Called off.' } },
    schedule: { start: '2027-05-05', time: '18:00-20:00' },
  }),
];
const COUNTRIES = new Map<string, Country>([
  ['by', { timezone: 'Europe/Minsk', cities: {} } as unknown as Country],
  ['rs', { timezone: 'Europe/Belgrade', cities: {} } as unknown as Country],
]);
const VIEWS = planEvents(EVENTS, COUNTRIES, '2027-03-01');
const text = (view: EventView): CalendarText => ({
  title: `${view.event.title.en}, “${view.event.id}”`,
  description: view.event.description.en!,
  location: 'Town',
  url: `https://example.org/en/events/${view.event.id}/`,
});
const FILE = calendarFile(
  'Test calendar',
  VIEWS.map((view) => ({ view, text: text(view) })),
  { uidDomain: 'example.org', stamp: new Date('2027-03-01T00:00:00Z'), language: 'en' },
);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

/** Occurrences ical.js expands, as `YYYY-MM-DD` (all day) or UTC instants, up to `limit`. */
function expanded(entry: ICAL.Event, until: string): string[] {
  const iterator = entry.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && next.toString() <= until; next = iterator.next()) {
    found.push(next.isDate ? next.toString() : next.toJSDate().toISOString());
  }
  return found;
}

/** The same occurrences from the page's own expansion: wall-clock minutes turned into instants by the zone's offset. */
function fromPages(view: EventView, until: string): string[] {
  return view.occurrences
    .filter((occurrence) => !occurrence.cancelled && occurrence.day <= until)
    .map(({ day, from }) => {
      if (from === undefined) return day;
      const offset = view.timeZone === 'Europe/Belgrade' ? (day >= '2027-03-28' && day < '2027-10-31' ? 2 : 1) : 3;
      return new Date(Date.parse(`${day}T00:00:00Z`) + (from - offset * 60) * 60_000).toISOString();
    });
}

describe('calendar files', () => {
  const parsed = parse(FILE);
  const byId = new Map(parsed.map((entry) => [entry.uid.split('@')[0], entry]));

  it('hold every event once, with a VTIMEZONE for each zone used', () => {
    expect([...byId.keys()].sort()).toEqual(['called-off', 'fair', 'sundays']);
    expect(FILE).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Europe\/Belgrade/);
    expect(FILE).not.toMatch(/TZID:Europe\/Minsk/); // the fair has no time of day, so no zone
  });

  it('give the same days as the page for an all-day monthly rule', () => {
    const view = VIEWS.find((item) => item.event.id === 'fair')!;
    const fromIcal = expanded(byId.get('fair')!, '2028-01-31').filter((day) => day >= '2027-02-28');
    expect(fromIcal).toEqual(fromPages(view, '2028-01-31'));
    expect(fromIcal.slice(0, 3)).toEqual(['2027-03-08', '2027-04-12', '2027-05-10']);
  });

  it('give the same instants as the page across both DST changes, without the cancelled day, with the extra date, up to the end', () => {
    const view = VIEWS.find((item) => item.event.id === 'sundays')!;
    const fromIcal = expanded(byId.get('sundays')!, '2027-12-31');
    // A page carries at most EXPANSION.max occurrences: compare as far as it goes.
    const page = fromPages(view, '2027-12-31');
    expect(page.length).toBeGreaterThan(20);
    expect(fromIcal.slice(0, page.length)).toEqual(page);
    expect(fromIcal).toContain('2027-03-21T09:00:00.000Z'); // 10:00 CET
    expect(fromIcal).toContain('2027-03-28T08:00:00.000Z'); // 10:00 CEST
    expect(fromIcal).toContain('2027-06-02T08:00:00.000Z'); // the listed Wednesday
    expect(fromIcal).not.toContain('2027-04-04T08:00:00.000Z'); // cancelled
    expect(fromIcal.at(-1)).toBe('2027-11-07T09:00:00.000Z'); // until, back in CET
  });

  it('mark a cancelled event STATUS:CANCELLED and keep text intact through escaping', () => {
    expect(byId.get('called-off')!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byId.get('sundays')!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byId.get('sundays')!.summary).toBe('Fair, “sundays”');
    expect(byId.get('sundays')!.description).toBe(
      'Description; with a comma, and a full stop.\n\nhttps://example.org/en/events/sundays/',
    );
  });

  it('write UNTIL in UTC for a timed rule and EXDATE/RDATE on the wall clock', () => {
    const lines = recurrenceLines(EVENTS[1]!, 'Europe/Belgrade');
    expect(lines).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20271107T225959Z',
      'RDATE;TZID=Europe/Belgrade:20270602T100000',
      'EXDATE;TZID=Europe/Belgrade:20270404T100000',
    ]);
  });

  it('leave out ended events', () => {
    const ended = planEvents(
      [event({ id: 'old', country: 'rs', status: 'ended', schedule: { start: '2020-01-01' } })],
      COUNTRIES,
      '2027-03-01',
    );
    const ics = calendarFile(
      'Ended',
      ended.map((view) => ({ view, text: text(view) })),
      { uidDomain: 'example.org', stamp: new Date(), language: 'en' },
    );
    expect(parse(ics)).toEqual([]);
  });
});
