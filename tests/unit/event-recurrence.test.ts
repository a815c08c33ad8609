/**
 * Which occurrence is next, for a clock set to any moment: the build expands
 * the schedule (rrule-temporal), the browser's pure function picks from it
 * on the wall clock of the event's time zone. Fixed clocks across month
 * ends, daylight-saving changes and a cancelled occurrence.
 */
import { describe, expect, it } from 'vitest';
import type { EventSchedule } from '../../src/schemas/events';
import { describeNext, nextOccurrenceAt, wallClockDay, type OccurrenceLabels } from '../../src/lib/next-occurrence';
import { expandSchedule, isOccurrence } from '../../src/lib/recurrence';
import { expansionStart } from '../../src/lib/events';

const schedule = (fields: Partial<EventSchedule>): EventSchedule => ({
  start: '2017-10-09',
  dates: [],
  cancelled: [],
  ...fields,
});
/** The Soligorsk fair (seed 001): monthly on the second Monday, no time of day given. */
const FAIR = schedule({ repeat: 'FREQ=MONTHLY;BYDAY=2MO' });
const MINSK = 'Europe/Minsk';
const BELGRADE = 'Europe/Belgrade';

const LABELS: OccurrenceLabels = {
  intl: 'en-GB',
  next: 'Next: {{date}}, {{time}}',
  now: 'On now, until {{time}}',
  today: 'today',
  timeUnknown: 'time not known',
  cancelled: '{{date}}: cancelled',
};

/** The second Monday of a month, by plain date arithmetic: an independent answer. */
function secondMonday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((8 - first) % 7) + 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What a page built on `buildDay` says in the browser at `instant`. */
function nextAt(fields: EventSchedule, buildDay: string, instant: string, timeZone: string) {
  return nextOccurrenceAt(expandSchedule(fields, expansionStart(buildDay)), timeZone, new Date(instant));
}

describe('the next occurrence of a monthly fair', () => {
  it('is right for a clock set to noon of every day of 2027, from a page built that day or a month before', () => {
    for (let time = Date.UTC(2027, 0, 1, 9); time < Date.UTC(2028, 0, 1); time += 86_400_000) {
      const instant = new Date(time);
      const day = instant.toISOString().slice(0, 10);
      const [year, month] = day.split('-').map(Number) as [number, number];
      const thisMonth = secondMonday(year, month);
      const expected =
        day <= thisMonth ? thisMonth : month === 12 ? secondMonday(year + 1, 1) : secondMonday(year, month + 1);
      const monthEarlier = new Date(time - 31 * 86_400_000).toISOString().slice(0, 10);
      for (const build of [day, monthEarlier]) {
        expect(nextAt(FAIR, build, instant.toISOString(), MINSK)?.occurrence.day, `${day}, built ${build}`).toBe(
          expected,
        );
      }
    }
  });

  it('turns over at midnight in Minsk, not in UTC, across a month end', () => {
    // 31 January 2027, 23:59 in Minsk (UTC+3): the February fair is next either way.
    expect(nextAt(FAIR, '2027-01-20', '2027-01-31T20:59:00Z', MINSK)?.occurrence.day).toBe('2027-02-08');
    // The fair's own day: 8 February counts until midnight in Minsk…
    expect(nextAt(FAIR, '2027-01-20', '2027-02-08T20:59:00Z', MINSK)).toMatchObject({
      occurrence: { day: '2027-02-08' },
      ongoing: true,
    });
    // …and 30 minutes later it is 9 February there, though still 8 February in UTC.
    expect(nextAt(FAIR, '2027-01-20', '2027-02-08T21:30:00Z', MINSK)?.occurrence.day).toBe('2027-03-08');
    expect(wallClockDay(new Date('2027-02-08T21:30:00Z'), MINSK)).toBe('2027-02-09');
  });

  it('says nothing once the page is older than its list, rather than something wrong', () => {
    expect(nextAt(FAIR, '2026-12-07', '2028-06-01T09:00:00Z', MINSK)).toBeUndefined();
  });

  it('starts at the first day and stops at the last', () => {
    const bounded = schedule({ start: '2027-03-08', until: '2027-06-30', repeat: 'FREQ=MONTHLY;BYDAY=2MO' });
    expect(expandSchedule(bounded, '2027-01-01').map((item) => item.day)).toEqual([
      '2027-03-08',
      '2027-04-12',
      '2027-05-10',
      '2027-06-14',
    ]);
  });

  it('adds listed dates to a rule, and a one-off event is its own dates', () => {
    const listed = schedule({ start: '2027-02-03', dates: ['2027-04-20', '2027-03-01'] });
    expect(expandSchedule(listed, '2027-01-01').map((item) => item.day)).toEqual([
      '2027-02-03',
      '2027-03-01',
      '2027-04-20',
    ]);
    expect(expandSchedule(listed, '2027-03-02').map((item) => item.day)).toEqual(['2027-04-20']);
  });
});

describe('times of day across daylight-saving changes (Belgrade)', () => {
  const SUNDAYS = schedule({ start: '2027-01-03', time: '10:00-13:00', repeat: 'FREQ=WEEKLY;BYDAY=SU' });

  it('is on at 10:30 local time on the Sunday clocks go forward (08:30 UTC, UTC+2)', () => {
    const next = nextAt(SUNDAYS, '2027-03-20', '2027-03-28T08:30:00Z', BELGRADE);
    expect(next).toMatchObject({ occurrence: { day: '2027-03-28', from: 600, to: 780 }, ongoing: true });
    expect(describeNext(next!, '2027-03-28', LABELS)).toEqual(['On now, until 13:00']);
  });

  it('has not started at 09:30 local time on the Sunday clocks go back (08:30 UTC, UTC+1)', () => {
    const next = nextAt(SUNDAYS, '2027-10-25', '2027-10-31T08:30:00Z', BELGRADE);
    expect(next).toMatchObject({ occurrence: { day: '2027-10-31' }, ongoing: false });
    expect(describeNext(next!, '2027-10-31', LABELS)).toEqual(['Next: today, 10:00–13:00']);
  });

  it('moves to the next Sunday once 13:00 has passed there', () => {
    const next = nextAt(SUNDAYS, '2027-03-20', '2027-03-28T11:00:00Z', BELGRADE);
    expect(describeNext(next!, '2027-03-28', LABELS)).toEqual(['Next: Sunday 4 April, 10:00–13:00']);
  });
});

describe('a cancelled occurrence', () => {
  const WITH_CANCELLED = schedule({
    start: '2026-01-12',
    time: '10:00-13:00',
    repeat: 'FREQ=MONTHLY;BYDAY=2MO',
    cancelled: [{ date: '2026-12-14' }],
  });

  it('is skipped and named before the next one', () => {
    const next = nextAt(WITH_CANCELLED, '2026-12-07', '2026-12-10T09:00:00Z', MINSK);
    expect(next?.occurrence.day).toBe('2027-01-11');
    expect(describeNext(next!, '2026-12-10', LABELS)).toEqual([
      'Monday 14 December: cancelled',
      'Next: Monday 11 January, 10:00–13:00',
    ]);
  });

  it('is no longer mentioned once its day is over', () => {
    const next = nextAt(WITH_CANCELLED, '2026-12-07', '2026-12-15T09:00:00Z', MINSK);
    expect(describeNext(next!, '2026-12-15', LABELS)).toEqual(['Next: Monday 11 January, 10:00–13:00']);
  });

  it('is one of the schedule’s days, while the day after is not', () => {
    expect(isOccurrence(WITH_CANCELLED, '2026-12-14')).toBe(true);
    expect(isOccurrence(WITH_CANCELLED, '2026-12-15')).toBe(false);
  });
});
