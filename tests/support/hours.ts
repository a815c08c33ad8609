/** Test helpers for opening hours windows (src/lib/open-now.ts). */
import { ru } from '../../src/i18n/ru';
import { openCountsSentence } from '../../src/lib/filters';
import { minuteInWindow, type HoursWindow, type OpenCounts } from '../../src/lib/open-now';

/** The instant at which a clock in `timeZone` shows `minute` of the window. */
export function instantAt(window: HoursWindow, minute: number, timeZone: string): Date {
  const [year, month, day] = window.base.split('-').map(Number) as [number, number, number];
  let time = Date.UTC(year, month - 1, day) + minute * 60_000;
  for (let step = 0; step < 3; step++) time += (minute - minuteInWindow(window, new Date(time), timeZone)) * 60_000;
  return new Date(time);
}

/** The line the directory and the map write for `counts` with "open now" on, in Russian, from the dictionary's plural forms. */
export function russianOpenCountsLine(counts: OpenCounts): string {
  return openCountsSentence(
    'ru',
    {
      countOpen: ru['directory.open_counts.open'],
      countClosed: ru['directory.open_counts.closed'],
      countUnknown: ru['directory.open_counts.unknown'],
    },
    counts,
  );
}
