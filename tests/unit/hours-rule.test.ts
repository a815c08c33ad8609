import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { mondayOf, weeklyHours } from '../../src/lib/hours';
import { describeMonthlyRule, isEmptyWeek, monthlyRule, openingDays } from '../../src/lib/hours-rule';

describe('monthly rules', () => {
  it('reads "the n-th weekday of the month" with unknown or given times, and nothing else', () => {
    expect(monthlyRule('Mo[2] unknown')).toEqual({ weekday: 1, nth: 2, times: undefined });
    expect(monthlyRule('Sa[1] 10:00-14:00')).toEqual({ weekday: 6, nth: 1, times: '10:00–14:00' });
    expect(monthlyRule('Mo-Fr 09:00-18:00')).toBeUndefined();
    expect(monthlyRule('Mo[-1] unknown')).toBeUndefined();
  });

  it('says it in words in every language, the weekday agreeing with its ordinal', () => {
    const rule = monthlyRule('Mo[2] unknown')!;
    expect(describeMonthlyRule(rule, useTranslations('en'))).toBe('the second Monday of the month, hours not known');
    expect(describeMonthlyRule(rule, useTranslations('ru'))).toBe('2-й понедельник месяца, часы работы неизвестны');
    expect(describeMonthlyRule(rule, useTranslations('sr'))).toBe('2. ponedeljak u mesecu, radno vreme nije poznato');
    expect(describeMonthlyRule(monthlyRule('We[3] 10:00-12:00')!, useTranslations('ru'))).toBe(
      '3-я среда месяца, 10:00–12:00',
    );
  });

  it('gives the dates it falls on, from today on', () => {
    // Monday 23 November 2026: the second Mondays after it are 14 December, 11 January, 8 February.
    expect(openingDays('Mo[2] unknown', 'by', new Date(2026, 10, 23, 15))).toEqual([
      '2026-12-14',
      '2027-01-11',
      '2027-02-08',
    ]);
    expect(openingDays('Mo[2] unknown', 'by', new Date(2026, 11, 14, 9))[0]).toBe('2026-12-14');
  });

  it('tells a week with no opening at all from a weekly timetable', () => {
    const monday = mondayOf(new Date(2026, 10, 23));
    expect(isEmptyWeek(weeklyHours('Mo[2] unknown', 'by', monday)!)).toBe(true);
    expect(isEmptyWeek(weeklyHours('Mo-Fr 09:00-18:00', 'by', monday)!)).toBe(false);
  });
});
