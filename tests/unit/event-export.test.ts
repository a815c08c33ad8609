/** /data/events.json: the rule as written, dated upcoming occurrences, and the place only when public. */
import { describe, expect, it } from 'vitest';
import { toEventsJson } from '../../src/lib/event-export';
import { planEvents } from '../../src/lib/events';
import type { Country } from '../../src/schemas/countries';
import { eventSchema } from '../../src/schemas/events';

const base = {
  kind: 'outreach',
  title: { ru: 'Выезд', sr: 'Teren', en: 'Outreach' },
  description: { ru: 'Описание.', sr: 'Opis.', en: 'Description.' },
  country: 'by',
  city: 'minsk',
  place: { ru: 'Двор у дома 5', sr: 'Dvorište kuće 5', en: 'Yard of house 5' },
  sources: [{ title: 'Test' }],
  verification: { status: 'verified', date: '2026-11-01', by: 'Test', source: { title: 'Test' } },
  original_language: 'ru',
};
const COUNTRIES = new Map([['by', { timezone: 'Europe/Minsk', cities: {} } as unknown as Country]]);

describe('the events export', () => {
  it('keeps the rule as RFC 5545 text and lists the upcoming dates as of the day it was made', () => {
    const event = eventSchema.parse({
      ...base,
      id: 'weekly',
      schedule: {
        start: '2026-12-01',
        time: '18:00-20:30',
        repeat: 'rrule:freq=weekly;byday=tu',
        cancelled: [{ date: '2026-12-08' }],
      },
    });
    const file = toEventsJson(planEvents([event], COUNTRIES, '2026-12-02'), COUNTRIES, '2026-12-02') as {
      generated: string;
      events: Record<string, unknown>[];
    };
    expect(file.generated).toBe('2026-12-02');
    const [record] = file.events;
    expect(record).toMatchObject({
      id: 'weekly',
      timezone: 'Europe/Minsk',
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', cancelled: ['2026-12-08'] },
    });
    // From the day before the build, so no time zone's "today" is missing.
    expect((record!.upcoming as unknown[]).slice(0, 3)).toEqual([
      { date: '2026-12-01', start: '18:00', end: '20:30', cancelled: false },
      { date: '2026-12-08', start: '18:00', end: '20:30', cancelled: true },
      { date: '2026-12-15', start: '18:00', end: '20:30', cancelled: false },
    ]);
    expect(record!.place).toEqual(base.place);
  });

  it('leaves the place out unless it is public', () => {
    const hidden = eventSchema.parse({
      ...base,
      id: 'hidden',
      address_visibility: 'approximate',
      schedule: { start: '2027-01-05' },
    });
    const [record] = (
      toEventsJson(planEvents([hidden], COUNTRIES, '2026-12-02'), COUNTRIES, '2026-12-02') as {
        events: Record<string, unknown>[];
      }
    ).events;
    expect(record!.place).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('house 5');
  });
});
