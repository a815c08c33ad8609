/**
 * Opening hours that a weekly table cannot show — `Mo[2] unknown` (the second
 * Monday of each month, times not known) — as words and dates instead of a
 * week of "—". Build-time only (uses the `opening_hours` parser).
 */
import type { Translate } from '../i18n';
import { parseOpeningHours } from '../schemas/services';
import type { DayHours } from './hours';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** `Mo[2] unknown`, `Sa[1] 10:00-14:00`: one weekday, one week of the month, times or "unknown". */
const MONTHLY = /^(Mo|Tu|We|Th|Fr|Sa|Su)\[([1-5])\](?:\s+(unknown|\d\d:\d\d-\d\d:\d\d(?:,\d\d:\d\d-\d\d:\d\d)*))?$/;

/** A rule "the n-th weekday of the month", read from an opening_hours value. */
export interface MonthlyRule {
  /** 1 = Monday … 7 = Sunday. */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  nth: 1 | 2 | 3 | 4 | 5;
  /** `10:00–14:00`, or undefined when the value says the times are unknown (or gives none). */
  times?: string;
}

/** The monthly rule `value` states, or undefined for any other value. */
export function monthlyRule(value: string): MonthlyRule | undefined {
  const match = MONTHLY.exec(value.trim());
  if (!match) return undefined;
  const [, day, nth, times] = match;
  return {
    weekday: (WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) + 1) as MonthlyRule['weekday'],
    nth: Number(nth) as MonthlyRule['nth'],
    times: times && times !== 'unknown' ? times.replace(/-/g, '–').replace(/,/g, ', ') : undefined,
  };
}

/** "2-й понедельник месяца, часы работы неизвестны" / "the second Monday of the month, 10:00–14:00". */
export function describeMonthlyRule(rule: MonthlyRule, t: Translate): string {
  const day = t(`hours.rule.monthly_${rule.weekday}`, { nth: t(`hours.rule.nth_${rule.nth}`) });
  return `${day}, ${rule.times ?? t('hours.rule.time_unknown')}`;
}

/** Whether a weekly table would say nothing true: every day of the week empty (the service opens some other week). */
export function isEmptyWeek(week: readonly DayHours[]): boolean {
  return week.every((day) => day.intervals.length === 0);
}

/**
 * The days, from `today` on, on which `value` opens (certainly or not), at
 * most `count` within `horizon` days, as `YYYY-MM-DD` on the service's wall
 * clock. Dates, not "next": a date stays true however old the page is.
 */
export function openingDays(value: string, country: string, today: Date, count = 3, horizon = 120): string[] {
  const parsed = parseOpeningHours(value, country);
  if ('error' in parsed) return [];
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + horizon);
  const days = new Set<string>();
  for (const [start] of parsed.hours.getOpenIntervals(from, to)) {
    days.add(
      `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`,
    );
    if (days.size === count) break;
  }
  return [...days];
}
