import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, displayNames, numberFormat } from '../../src/lib/intl';

describe('shared Intl formatters', () => {
  it('returns one instance per locale and options', () => {
    const options = { weekday: 'long', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('ru-RU', options)).toBe(dateTimeFormat('ru-RU', { ...options }));
    expect(dateTimeFormat('ru-RU', options)).not.toBe(dateTimeFormat('en-GB', options));
    expect(dateTimeFormat('ru-RU', options)).not.toBe(dateTimeFormat('ru-RU', { ...options, weekday: 'short' }));
    expect(collator('sr')).toBe(collator('sr'));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 0 }));
  });

  it('formats like a freshly built formatter', () => {
    const date = new Date(Date.UTC(2024, 0, 1));
    expect(dateTimeFormat('ru-RU', { weekday: 'long', timeZone: 'UTC' }).format(date)).toBe(
      new Intl.DateTimeFormat('ru-RU', { weekday: 'long', timeZone: 'UTC' }).format(date),
    );
    expect(displayNames(['sr-Latn'], { type: 'language' }).of('ru')).toBe(
      new Intl.DisplayNames(['sr-Latn'], { type: 'language' }).of('ru'),
    );
    expect(['ž', 'a', 'č'].sort(collator('sr').compare)).toEqual(['ž', 'a', 'č'].sort(new Intl.Collator('sr').compare));
  });
});
