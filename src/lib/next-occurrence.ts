/**
 * "Next: Monday 14 December, 10:00–13:00" in the browser. The build expands
 * an event's schedule into wall-clock occurrences (`src/lib/recurrence.ts`);
 * here they are compared with the wall clock of the event's time zone, so
 * the line stays true between builds and across daylight-saving changes.
 * Imports only `wallClock` and `fillPlaceholders`, so the script stays small.
 */
import { fillPlaceholders } from '../i18n/format';
import { wallClock } from './open-now';

/** One day an event takes place, on its own wall clock; minutes since midnight when the time is known. */
export interface Occurrence {
  day: string;
  from?: number;
  to?: number;
  cancelled?: true;
}

/** What the occurrences say about one moment. */
export interface NextOccurrence {
  occurrence: Occurrence;
  /** Taking place right now (or today, when the time of day is not known). */
  ongoing: boolean;
  /** Cancelled occurrences between now and the next one, to say so. */
  skipped: Occurrence[];
}

function isOver(occurrence: Occurrence, now: { day: string; minute: number }): boolean {
  if (occurrence.day !== now.day) return occurrence.day < now.day;
  return occurrence.to !== undefined && occurrence.to <= now.minute;
}

/**
 * The next occurrence that is not over at `now` (a wall-clock day and
 * minute), skipping cancelled ones; undefined when the list has none left —
 * a page older than its list then says nothing rather than something wrong.
 */
export function nextOccurrence(
  list: readonly Occurrence[],
  now: { day: string; minute: number },
): NextOccurrence | undefined {
  const skipped: Occurrence[] = [];
  for (const occurrence of list) {
    if (isOver(occurrence, now)) continue;
    if (occurrence.cancelled) {
      skipped.push(occurrence);
      continue;
    }
    const ongoing = occurrence.day === now.day && (occurrence.from === undefined || occurrence.from <= now.minute);
    return { occurrence, ongoing, skipped };
  }
  return undefined;
}

/** The next occurrence at `instant` in `timeZone`. */
export function nextOccurrenceAt(
  list: readonly Occurrence[],
  timeZone: string,
  instant: Date,
): NextOccurrence | undefined {
  return nextOccurrence(list, wallClock(instant, timeZone));
}

/** Sentences with `{{date}}` and `{{time}}` placeholders (the shared message format; transliteration into Cyrillic leaves placeholders alone), and the Intl locale. */
export interface OccurrenceLabels {
  intl: string;
  /** "Next: {{date}}, {{time}}" */
  next: string;
  /** "On now, until {{time}}" */
  now: string;
  /** "today" */
  today: string;
  /** "time not known" */
  timeUnknown: string;
  /** "{{date}}: cancelled" */
  cancelled: string;
}

/** `600` → "10:00". */
export function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** "10:00–13:00", or the words for an unknown time. */
export function timeText(occurrence: Occurrence, labels: Pick<OccurrenceLabels, 'timeUnknown'>): string {
  return occurrence.from === undefined
    ? labels.timeUnknown
    : `${clock(occurrence.from)}–${clock(occurrence.to ?? occurrence.from)}`;
}

/** "Monday 14 December" for a wall-clock day. */
export function dayText(day: string, intl: string, withYear = false): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...(withYear ? { year: 'numeric' } : {}),
  };
  return new Intl.DateTimeFormat(intl, options).format(new Date(`${day}T00:00:00Z`));
}

/** The lines a person reads: cancelled days first, then the next one. */
export function describeNext(next: NextOccurrence, today: string, labels: OccurrenceLabels): string[] {
  const fill = (template: string, date: string, time: string) => fillPlaceholders(template, { date, time });
  const lines = next.skipped.map((occurrence) => fill(labels.cancelled, dayText(occurrence.day, labels.intl), ''));
  const { occurrence } = next;
  if (next.ongoing && occurrence.to !== undefined) {
    lines.push(fill(labels.now, '', clock(occurrence.to)));
  } else {
    const date = occurrence.day === today ? labels.today : dayText(occurrence.day, labels.intl);
    lines.push(fill(labels.next, date, timeText(occurrence, labels)));
  }
  return lines;
}

/** The calendar day a clock in `timeZone` shows at `instant`. */
export function wallClockDay(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).day;
}
