/**
 * Opening hours, evaluated at build time with the `opening_hours` package
 * (too large to ship to phones). Times are wall-clock times in the service's
 * own time zone: the parser works on local Date fields, and we only ever
 * read those fields back, so the build machine's zone does not matter.
 */
import { parseOpeningHours } from '../schemas/services';
import { dayNumber, encodeHours, type HoursWindow, type Interval } from './open-now';
import { dateTimeFormat } from './intl';
import { memoCache } from './memo';

/** How many days of hours each page carries for "open now": about six weeks, so a page stays right between builds. */
export const HOURS_WINDOW_DAYS = 42;

/** Monday = 0 … Sunday = 6. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One day of the weekly table: its opening intervals as "HH:MM–HH:MM". */
export interface DayHours {
  weekday: Weekday;
  intervals: string[];
  /** A comment from the opening_hours value, e.g. "by appointment". */
  comment?: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function clock(date: Date, dayStart: Date): string {
  // An interval that ends at the next midnight is written 24:00.
  if (date.getTime() - dayStart.getTime() >= 24 * 3600_000) return '24:00';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The Monday of the week containing `date`, at local midnight. */
export function mondayOf(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

function computeWeek(value: string, country: string, weekStart: Date): DayHours[] | undefined {
  const parsed = parseOpeningHours(value, country);
  if ('error' in parsed) return undefined;
  return Array.from({ length: 7 }, (_, index) => {
    const dayStart = new Date(weekStart.getFullYear(), weekStart.getMonth(), weekStart.getDate() + index);
    const dayEnd = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate() + 1);
    const intervals = parsed.hours.getOpenIntervals(dayStart, dayEnd);
    const comment = intervals.find(([, , , text]) => text)?.[3];
    return {
      weekday: index as Weekday,
      intervals: intervals.map(
        ([from, to, unknown]) => `${clock(from, dayStart)}–${clock(to, dayStart)}${unknown ? '?' : ''}`,
      ),
      comment,
    };
  });
}

const weeks = memoCache<readonly DayHours[] | undefined>();

/**
 * The opening intervals of each day of the week starting on `weekStart`
 * (a Monday, local midnight). Returns undefined when the value cannot be parsed.
 * Memoised: a service's week is the same on its page in every language, in
 * its booklet and on its slip, and many services share their hours.
 */
export function weeklyHours(value: string, country: string, weekStart: Date): readonly DayHours[] | undefined {
  return weeks(`${weekStart.getTime()}|${country}|${value}`, () => computeWeek(value, country, weekStart));
}

const weekdays = memoCache<readonly string[]>();

/**
 * Weekday names, Monday first, in the page's language: `long` for the hours
 * table, `short` for the slip's compact lines (once per language and width).
 */
export function weekdayNames(intlLocale: string, width: 'long' | 'short' = 'long'): readonly string[] {
  return weekdays(`${intlLocale}|${width}`, () => {
    const monday = new Date(Date.UTC(2024, 0, 1));
    const format = dateTimeFormat(intlLocale, { weekday: width, timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, index) => format.format(new Date(monday.getTime() + index * 86_400_000)));
  });
}

function isoDayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The opening intervals of `value` for `days` days, starting the day before
 * `today` (so a zone already in tomorrow or still in yesterday is covered),
 * as wall-clock minutes from the first day's midnight — the form the browser's
 * "open now" reads (see open-now.ts). Minutes are counted from the date fields,
 * not from elapsed time, so a daylight-saving change on the build machine
 * cannot shift them. Touching intervals are merged; an interval crossing
 * midnight stays one interval. Undefined when the value cannot be parsed.
 */
export function hoursWindow(
  value: string,
  country: string,
  today: Date,
  days = HOURS_WINDOW_DAYS,
): HoursWindow | undefined {
  const parsed = parseOpeningHours(value, country);
  if ('error' in parsed) return undefined;
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const after = new Date(first.getFullYear(), first.getMonth(), first.getDate() + days);
  const base = isoDayOf(first);
  const minuteOf = (date: Date) =>
    (dayNumber(isoDayOf(date)) - dayNumber(base)) * 1440 + date.getHours() * 60 + date.getMinutes();
  const intervals: Interval[] = [];
  for (const [from, to, unknown] of parsed.hours.getOpenIntervals(first, after)) {
    const start = minuteOf(from);
    const end = minuteOf(to);
    if (end <= start) continue;
    const last = intervals.at(-1);
    if (last && last[1] === start && Boolean(last[2]) === unknown) {
      last[1] = end;
    } else {
      intervals.push(unknown ? [start, end, 1] : [start, end]);
    }
  }
  return { base, days, intervals };
}

const encoded = memoCache<string | undefined>();

/**
 * The `data-hours` attribute for a service's open-now status: `hoursWindow`
 * from `today`, encoded. Memoised, since every language's directory, country
 * and service page carry the same value.
 */
export function hoursAttribute(value: string, country: string, today: Date): string | undefined {
  return encoded(`${isoDayOf(today)}|${country}|${value}`, () => {
    const window = hoursWindow(value, country, today);
    return window && encodeHours(window);
  });
}
