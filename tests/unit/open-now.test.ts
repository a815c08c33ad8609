import { afterEach, describe, expect, it } from 'vitest';
import { hoursWindow, HOURS_WINDOW_DAYS } from '../../src/lib/hours';
import {
  decodeHours,
  describeStatus,
  encodeHours,
  countOpenStates,
  isOpenAt,
  minuteInWindow,
  statusAt,
  wallClock,
  type HoursWindow,
  type OpenStatusLabels,
} from '../../src/lib/open-now';

const LABELS: OpenStatusLabels = {
  intl: 'en-GB',
  open: 'Open now',
  openCloses: 'Open now · closes at {{time}}',
  openClosesDay: 'Open now · closes {{day}} {{time}}',
  closed: 'Closed now',
  closedOpens: 'Closed · opens at {{time}}',
  closedOpensDay: 'Closed · opens {{day}} {{time}}',
  closedNextUnknown: 'Closed · next: {{day}}, hours not known',
  uncertain: 'May be open — call first',
  outdated: 'Hours may be out of date',
};

/** Monday 23 November 2026, as the build machine's local date. */
const BUILD_DAY = new Date(2026, 10, 23, 15, 0);

function window(value: string, country = 'by'): HoursWindow {
  const result = hoursWindow(value, country, BUILD_DAY);
  if (!result) throw new Error(`unparsable: ${value}`);
  return result;
}

function text(hours: HoursWindow, timeZone: string, instant: string): string | undefined {
  const minute = minuteInWindow(hours, new Date(instant), timeZone);
  const status = statusAt(hours, minute);
  return status && describeStatus(status, minute, hours, LABELS);
}

describe('wallClock', () => {
  it('reads the same instant on different clocks', () => {
    const instant = new Date('2026-11-23T07:30:00Z');
    expect(wallClock(instant, 'Europe/Minsk')).toEqual({ day: '2026-11-23', minute: 10 * 60 + 30 });
    expect(wallClock(instant, 'Europe/Belgrade')).toEqual({ day: '2026-11-23', minute: 8 * 60 + 30 });
    expect(wallClock(new Date('2026-11-23T22:30:00Z'), 'Asia/Almaty').day).toBe('2026-11-24');
  });

  it('writes midnight as minute 0, not 24:00', () => {
    expect(wallClock(new Date('2026-11-22T21:00:00Z'), 'Europe/Minsk')).toEqual({ day: '2026-11-23', minute: 0 });
  });
});

describe('hoursWindow', () => {
  it('starts the day before the build and covers the configured number of days', () => {
    const hours = window('24/7');
    expect(hours.base).toBe('2026-11-22');
    expect(hours.days).toBe(HOURS_WINDOW_DAYS);
    expect(hours.intervals).toEqual([[0, HOURS_WINDOW_DAYS * 1440]]);
  });

  it('keeps an interval across midnight as one interval', () => {
    const hours = window('Fr 22:00-02:00');
    // Friday 27 November is day 5 of a window starting Sunday 22 November.
    expect(hours.intervals[0]).toEqual([5 * 1440 + 22 * 60, 6 * 1440 + 2 * 60]);
    expect(hours.intervals).toHaveLength(6);
  });

  it('merges touching intervals and marks hours the source is unsure of', () => {
    expect(window('Mo 09:00-13:00,13:00-18:00').intervals[0]).toEqual([1440 + 9 * 60, 1440 + 18 * 60]);
    expect(window('Mo 09:00-18:00 "by appointment"').intervals[0]).toEqual([1440 + 9 * 60, 1440 + 18 * 60, 1]);
  });

  it('is undefined for a value the parser rejects', () => {
    expect(hoursWindow('every day after lunch', 'by', BUILD_DAY)).toBeUndefined();
  });

  describe('on a build machine with daylight saving time', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it('gives the same wall-clock minutes as in UTC across the clock change', () => {
      process.env.TZ = 'UTC';
      const utc = hoursWindow('Mo-Su 09:00-18:00', 'rs', new Date(2026, 2, 25, 12, 0));
      process.env.TZ = 'Europe/Berlin';
      // The zone change must really apply, or this test would prove nothing.
      expect(new Date(2026, 3, 1).getTimezoneOffset()).toBe(-120);
      const berlin = hoursWindow('Mo-Su 09:00-18:00', 'rs', new Date(2026, 2, 25, 12, 0));
      expect(berlin).toEqual(utc);
      expect(berlin?.intervals[10]).toEqual([10 * 1440 + 9 * 60, 10 * 1440 + 18 * 60]);
    });
  });
});

describe('open now', () => {
  const weekdays = window('Mo-Fr 09:00-18:00');

  it('depends on the service’s own time zone: the same instant is open in Minsk and closed in Belgrade', () => {
    const instant = new Date('2026-11-23T07:30:00Z');
    expect(isOpenAt(weekdays, 'Europe/Minsk', instant)).toBe(true);
    expect(isOpenAt(weekdays, 'Europe/Belgrade', instant)).toBe(false);
    expect(text(weekdays, 'Europe/Minsk', '2026-11-23T07:30:00Z')).toBe('Open now · closes at 18:00');
    expect(text(weekdays, 'Europe/Belgrade', '2026-11-23T07:30:00Z')).toBe('Closed · opens at 09:00');
  });

  it('names the weekday when the next opening is on another day', () => {
    expect(text(weekdays, 'Europe/Belgrade', '2026-11-27T18:30:00Z')).toBe('Closed · opens Monday 09:00');
  });

  it('handles hours that cross midnight', () => {
    const night = window('Fr 22:00-02:00');
    // Minsk is UTC+3: 22:30 UTC Friday is 01:30 Saturday there.
    expect(text(night, 'Europe/Minsk', '2026-11-27T22:30:00Z')).toBe('Open now · closes at 02:00');
    expect(isOpenAt(night, 'Europe/Minsk', new Date('2026-11-27T22:30:00Z'))).toBe(true);
    expect(isOpenAt(night, 'Europe/Minsk', new Date('2026-11-27T23:30:00Z'))).toBe(false);
    expect(text(night, 'Europe/Minsk', '2026-11-27T23:30:00Z')).toBe('Closed · opens Friday 22:00');
    expect(text(night, 'Europe/Minsk', '2026-11-27T18:00:00Z')).toBe('Closed · opens at 22:00');
  });

  it('writes a closing time at midnight as 24:00 of the same day', () => {
    expect(text(window('Mo-Su 18:00-24:00'), 'Europe/Minsk', '2026-11-23T17:00:00Z')).toBe(
      'Open now · closes at 24:00',
    );
  });

  it('says "may be open" rather than open for uncertain hours, and does not count them as open', () => {
    const appointment = window('Mo-Fr 09:00-18:00 "by appointment"');
    expect(text(appointment, 'Europe/Minsk', '2026-11-23T08:00:00Z')).toBe(LABELS.uncertain);
    expect(isOpenAt(appointment, 'Europe/Minsk', new Date('2026-11-23T08:00:00Z'))).toBeUndefined();
  });

  it('does not invent a closing time at the edge of the window', () => {
    const always = window('24/7');
    expect(text(always, 'Europe/Minsk', '2026-11-23T08:00:00Z')).toBe('Open now');
  });

  it('says nothing before or after the window, so an old build shows nothing wrong', () => {
    const before = new Date('2026-11-20T12:00:00Z');
    const after = new Date(Date.UTC(2026, 10, 22 + HOURS_WINDOW_DAYS, 12));
    for (const instant of [before, after]) {
      expect(statusAt(weekdays, minuteInWindow(weekdays, instant, 'Europe/Minsk'))).toBeUndefined();
      expect(isOpenAt(weekdays, 'Europe/Minsk', instant)).toBeUndefined();
    }
    expect(isOpenAt(undefined, 'Europe/Minsk', new Date('2026-11-23T08:00:00Z'))).toBeUndefined();
  });

  it('gives the day, never "opens 00:00", when the next opening is a day whose hours are not known (Mo[2] unknown)', () => {
    // The build day is Monday 23 November 2026; the second Monday of December is the 14th.
    const fair = window('Mo[2] unknown');
    expect(text(fair, 'Europe/Minsk', '2026-11-24T09:00:00Z')).toBe(
      'Closed · next: Monday 14 December, hours not known',
    );
    expect(isOpenAt(fair, 'Europe/Minsk', new Date('2026-11-24T09:00:00Z'))).toBe(false);
    expect(text(fair, 'Europe/Minsk', '2026-12-14T09:00:00Z')).toBe(LABELS.uncertain);
    expect(isOpenAt(fair, 'Europe/Minsk', new Date('2026-12-14T09:00:00Z'))).toBeUndefined();
  });

  it('gives the date, not only the weekday, for an opening more than a week away', () => {
    expect(text(window('Sa[1] 10:00-14:00'), 'Europe/Minsk', '2026-11-23T09:00:00Z')).toBe(
      'Closed · opens Saturday 5 December 10:00',
    );
  });

  it('says "closed" without a time when nothing opens before the window ends', () => {
    const closedSoon = { base: '2026-11-22', days: 3, intervals: [] } satisfies HoursWindow;
    expect(text(closedSoon, 'Europe/Minsk', '2026-11-23T08:00:00Z')).toBe('Closed now');
  });
});

describe('countOpenStates', () => {
  it('counts open, closed and unknown apart: unknown is not closed', () => {
    expect(countOpenStates([true, false, undefined, undefined, true])).toEqual({ open: 2, closed: 1, unknown: 2 });
    expect(countOpenStates([])).toEqual({ open: 0, closed: 0, unknown: 0 });
  });
});

describe('encodeHours / decodeHours', () => {
  it('round-trips a window, including uncertain intervals', () => {
    for (const hours of [
      window('Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-12:00 "by appointment"'),
      window('Fr 22:00-02:00'),
      window('24/7'),
      { base: '2026-11-22', days: 42, intervals: [] },
    ]) {
      expect(decodeHours(encodeHours(hours))).toEqual(hours);
    }
  });

  it('writes the same text for the same weekly hours, so it compresses well', () => {
    expect(encodeHours(window('Mo-Fr 09:00-18:00', 'by'))).toBe(encodeHours(window('Mo-Fr 09:00-18:00', 'rs')));
  });

  it('rejects malformed input', () => {
    for (const bad of [
      undefined,
      '',
      'nonsense',
      '2026-11-22',
      '2026-11-22 0 540,540',
      '2026-11-22 42 540',
      '2026-11-22 42 540,x',
      'x 42 540,540',
    ]) {
      expect(decodeHours(bad)).toBeUndefined();
    }
  });
});
