/**
 * "Open now" in the browser without the `opening_hours` package. At build
 * time each service's hours are expanded into intervals for a few weeks
 * (see `hoursWindow` in hours.ts); here we only compare the current
 * wall-clock time in the service's time zone with those intervals. Imports
 * nothing, so the script that uses it stays small.
 */

/** One opening interval in minutes from the window's first midnight; `1` marks hours the source itself is unsure of (e.g. "by appointment"). */
export type Interval = [start: number, end: number] | [start: number, end: number, uncertain: 1];

/** A service's opening intervals for a window of days, in its own wall-clock time. */
export interface HoursWindow {
  /** First day of the window, `YYYY-MM-DD`. */
  base: string;
  /** Length of the window in days. */
  days: number;
  /** Sorted, non-overlapping, non-touching intervals. */
  intervals: Interval[];
}

/** What the hours say about one moment. */
export type OpenStatus =
  | { state: 'open'; closes?: number }
  | { state: 'uncertain' }
  | { state: 'closed'; opens?: number; opensUncertain?: true };

/**
 * Encodes a window compactly for a data-* attribute, as four space-separated
 * fields: base day, number of days, each interval as the gap since the
 * previous end and its length, and the indexes of uncertain intervals —
 * `2026-11-22 42 540,540,900,540 1`. Services with the same weekly hours get
 * the same text, which compresses to almost nothing; no quotes to escape.
 */
export function encodeHours(window: HoursWindow): string {
  const flat: number[] = [];
  const uncertain: number[] = [];
  let previousEnd = 0;
  window.intervals.forEach(([start, end, unsure], index) => {
    flat.push(start - previousEnd, end - start);
    if (unsure) uncertain.push(index);
    previousEnd = end;
  });
  return [window.base, window.days, flat.join(','), uncertain.join(',')].join(' ').trim();
}

/** Decodes `encodeHours` output; undefined for anything malformed. */
export function decodeHours(text: string | undefined): HoursWindow | undefined {
  const [base = '', days = '', flat = '', unsure = ''] = (text ?? '').split(' ');
  const numbers = (list: string) => (list ? list.split(',').map(Number) : []);
  const gaps = numbers(flat);
  const uncertain = numbers(unsure);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(base) ||
    !(Number(days) > 0) ||
    gaps.length % 2 ||
    [...gaps, ...uncertain].some((n) => !Number.isInteger(n))
  ) {
    return undefined;
  }
  const intervals: Interval[] = [];
  let end = 0;
  for (let index = 0; index < gaps.length; index += 2) {
    const start = end + gaps[index]!;
    end = start + gaps[index + 1]!;
    intervals.push(uncertain.includes(index / 2) ? [start, end, 1] : [start, end]);
  }
  return { base, days: Number(days), intervals };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, ignoring time zones. */
export function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day and minute of the day that a clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): { day: string; minute: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Minutes from the window's first midnight to `instant` on the service's wall clock. */
export function minuteInWindow(window: HoursWindow, instant: Date, timeZone: string): number {
  const { day, minute } = wallClock(instant, timeZone);
  return (dayNumber(day) - dayNumber(window.base)) * 1440 + minute;
}

/**
 * Whether the service is open at `minute` (from `minuteInWindow`), and when
 * that changes. Undefined outside the window — an old build says nothing
 * rather than something wrong. A change at the window's edge is not known,
 * so it is left out.
 */
export function statusAt(window: HoursWindow, minute: number): OpenStatus | undefined {
  const limit = window.days * 1440;
  if (minute < 0 || minute >= limit) return undefined;
  const next = window.intervals.find(([, end]) => end > minute);
  if (next && next[0] <= minute) {
    if (next[2]) return { state: 'uncertain' };
    return next[1] < limit ? { state: 'open', closes: next[1] } : { state: 'open' };
  }
  if (!next) return { state: 'closed' };
  // "Opens 00:00" would be wrong for a day whose hours are not known (`Mo[2] unknown`).
  return next[2] ? { state: 'closed', opens: next[0], opensUncertain: true } : { state: 'closed', opens: next[0] };
}

/** Whether a service is certainly open at `instant`; undefined when its hours cannot say. */
export function isOpenAt(window: HoursWindow | undefined, timeZone: string, instant: Date): boolean | undefined {
  if (!window) return undefined;
  const status = statusAt(window, minuteInWindow(window, instant, timeZone));
  if (!status || status.state === 'uncertain') return undefined;
  return status.state === 'open';
}

/** Sentences for the status line, with {{time}} and {{day}} placeholders, and the Intl locale for weekday names. */
export interface OpenStatusLabels {
  intl: string;
  open: string;
  openCloses: string;
  openClosesDay: string;
  closed: string;
  closedOpens: string;
  closedOpensDay: string;
  /** "Closed · next: {{day}}, hours not known" — the next opening is a day whose hours are not known. */
  closedNextUnknown: string;
  uncertain: string;
  /** Said once the page is older than its hours' window. */
  outdated: string;
}

function clockText(minute: number): string {
  const inDay = minute % 1440;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/**
 * The status line a person reads, e.g. "Open now · closes at 18:00" or
 * "Closed · opens Monday 09:00". A time later today is given without a day,
 * a day within the coming week by its weekday, a later one with its date;
 * closing at midnight is written 24:00. When the next opening is a day whose
 * hours are not known, only that day is given.
 */
export function describeStatus(
  status: OpenStatus,
  minute: number,
  window: HoursWindow,
  labels: OpenStatusLabels,
): string {
  const today = Math.floor(minute / 1440);
  const fill = (template: string, at: number, endOfDay: boolean) => {
    // An interval ending exactly at midnight belongs to the day before it.
    const day = endOfDay && at % 1440 === 0 ? at / 1440 - 1 : Math.floor(at / 1440);
    const date = new Date((dayNumber(window.base) + day) * 86_400_000);
    const options: Intl.DateTimeFormatOptions =
      day - today < 7
        ? { weekday: 'long', timeZone: 'UTC' }
        : { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
    const weekday = new Intl.DateTimeFormat(labels.intl, options).format(date);
    const time = endOfDay && at % 1440 === 0 ? '24:00' : clockText(at);
    return template.replace('{{time}}', time).replace('{{day}}', weekday);
  };
  if (status.state === 'uncertain') return labels.uncertain;
  if (status.state === 'open') {
    if (status.closes === undefined) return labels.open;
    const sameDay = status.closes - minute < 1440;
    return fill(sameDay ? labels.openCloses : labels.openClosesDay, status.closes, true);
  }
  if (status.opens === undefined) return labels.closed;
  if (status.opensUncertain) return fill(labels.closedNextUnknown, status.opens, false);
  const sameDay = Math.floor(status.opens / 1440) === today;
  return fill(sameDay ? labels.closedOpens : labels.closedOpensDay, status.opens, false);
}

/** How many of a list of services are open, closed, or cannot say (no hours, hours not certain, or a page older than its hours). */
export interface OpenCounts {
  open: number;
  closed: number;
  unknown: number;
}

/** Counts `isOpenAt` answers: true is open, false closed, undefined unknown. */
export function countOpenStates(answers: Iterable<boolean | undefined>): OpenCounts {
  const counts: OpenCounts = { open: 0, closed: 0, unknown: 0 };
  for (const answer of answers) counts[answer === undefined ? 'unknown' : answer ? 'open' : 'closed'] += 1;
  return counts;
}
