import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from '../../src/schemas/services';

describe('parseOpeningHours cache', () => {
  it('parses a value once per country and keeps answering the same', () => {
    const first = parseOpeningHours('Mo-Fr 09:00-18:00; PH off', 'rs');
    const again = parseOpeningHours('Mo-Fr 09:00-18:00; PH off', 'rs');
    expect(again).toBe(first);
    if (!('hours' in first)) throw new Error('expected valid hours');
    const week = [new Date(2025, 0, 6), new Date(2025, 0, 13)] as const;
    const intervals = first.hours.getOpenIntervals(...week);
    first.hours.prettifyValue();
    expect(first.hours.getOpenIntervals(...week)).toEqual(intervals);
  });

  it('resolves public holidays per country, so countries do not share a parse', () => {
    expect(parseOpeningHours('Mo-Fr 09:00-18:00; PH off', 'rs')).not.toBe(
      parseOpeningHours('Mo-Fr 09:00-18:00; PH off', 'by'),
    );
  });

  it('remembers errors too', () => {
    const broken = parseOpeningHours('whenever', 'by');
    expect('error' in broken).toBe(true);
    expect(parseOpeningHours('whenever', 'by')).toBe(broken);
  });
});
