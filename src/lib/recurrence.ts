/**
 * Expands an event's schedule into its next occurrences at build time, with
 * `rrule-temporal` (RFC 5545, strict). A rule repeats on calendar days of
 * the event's own wall clock — "the second Monday of every month" is the
 * same days in every time zone — so it is expanded with UTC as a floating
 * clock, and times of day are kept as wall-clock minutes. Which occurrence
 * is next is decided in the browser (`src/lib/next-occurrence.ts`) against
 * the wall clock of the country's time zone, so daylight-saving changes
 * need no conversion here.
 */
import { RRuleTemporal } from 'rrule-temporal';
import { parseTimeRange, ruleText, type EventSchedule } from '../schemas/events';
import { memoCache } from './memo';
import type { Occurrence } from './next-occurrence';

/** How far ahead a build expands: about a year, at most `max` occurrences. */
export const EXPANSION = { days: 400, max: 24 } as const;

const compact = (day: string) => day.replaceAll('-', '');

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days the rule yields from `from` to `to` (both `YYYY-MM-DD`, inclusive). */
function ruleDays(schedule: EventSchedule, from: string, to: string): string[] {
  if (!schedule.repeat) return [];
  const rule = new RRuleTemporal({
    rruleString: `DTSTART;TZID=UTC:${compact(schedule.start)}T000000\nRRULE:${ruleText(schedule.repeat)}`,
  });
  const after = new Date(`${from}T00:00:00Z`);
  const before = new Date(`${to}T00:00:00Z`);
  return rule.between(after, before, true).map((date) => date.toPlainDate().toString());
}

/** Expansions by schedule, day and limits: an event's pages in every language and its calendar feed ask for the same one. */
const expansions = memoCache<Occurrence[]>();

function occurrencesFrom(
  schedule: EventSchedule,
  fromDay: string,
  limits: { days: number; max: number },
): Occurrence[] {
  let last = addDays(fromDay, limits.days);
  if (schedule.until && schedule.until < last) last = schedule.until;
  const days = new Set([
    schedule.start,
    ...schedule.dates,
    ...(last >= fromDay ? ruleDays(schedule, fromDay, last) : []),
  ]);
  const cancelled = new Set(schedule.cancelled.map((entry) => entry.date));
  const time = schedule.time ? parseTimeRange(schedule.time) : undefined;
  return [...days]
    .filter((day) => day >= fromDay && day <= last)
    .sort()
    .slice(0, limits.max)
    .map((day): Occurrence => ({ day, ...(time ?? {}), ...(cancelled.has(day) ? { cancelled: true } : {}) }));
}

/**
 * The occurrences of a schedule from `fromDay` on (cancelled days included
 * and marked), in order, within `EXPANSION` — the first day, the rule's days
 * and the listed dates, up to `until`.
 */
export function expandSchedule(
  schedule: EventSchedule,
  fromDay: string,
  limits: { days: number; max: number } = EXPANSION,
): Occurrence[] {
  return expansions(JSON.stringify([schedule, fromDay, limits]), () => occurrencesFrom(schedule, fromDay, limits));
}

/** Whether `day` is one of the schedule's days (for checking cancelled days), looking from `day` itself. */
export function isOccurrence(schedule: EventSchedule, day: string): boolean {
  return expandSchedule(schedule, day, { days: 0, max: 1 }).some((occurrence) => occurrence.day === day);
}
