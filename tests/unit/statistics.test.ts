import { describe, expect, it } from 'vitest';
import { caseStatistics, countsToCsv, redressShare, tableCounts, tableLabel } from '../../src/lib/statistics';
import type { Country } from '../../src/schemas/countries';
import { CASE_CATEGORIES, CASE_OUTCOMES } from '../../src/schemas/vocabularies';
import type { RightsCase } from '../../src/schemas/cases';

type Fixture = Pick<RightsCase, 'categories' | 'country' | 'date' | 'outcome' | 'example'>;

const CASES: Fixture[] = [
  { categories: ['health_care'], country: 'by', date: '2023-02', outcome: 'redress', example: true },
  { categories: ['health_care', 'discrimination'], country: 'rs', date: '2023-11', outcome: 'partial', example: false },
  { categories: ['police_abuse'], country: 'ru', date: '2025-04', outcome: 'no_redress', example: false },
  { categories: ['police_abuse', 'detention'], country: 'ru', date: '2025-06-14', outcome: 'pending', example: false },
  { categories: ['confidentiality'], country: 'rs', date: '2025-09', outcome: 'no_redress', example: false },
];

const count = (list: { key: string; count: number }[], key: string) => list.find((item) => item.key === key)?.count;

describe('case statistics', () => {
  const stats = caseStatistics(CASES);

  it('counts every case once in the total, and the illustrative ones among them', () => {
    expect(stats.total).toBe(5);
    expect(stats.examples).toBe(1);
  });

  it('counts a case under each of its categories and lists every category', () => {
    expect(count(stats.byCategory, 'health_care')).toBe(2);
    expect(count(stats.byCategory, 'police_abuse')).toBe(2);
    expect(count(stats.byCategory, 'detention')).toBe(1);
    expect(count(stats.byCategory, 'fair_trial')).toBe(0);
    expect(stats.byCategory.map((item) => item.key)).toEqual(Object.keys(CASE_CATEGORIES));
  });

  it('lists countries with cases, most first, ties by code', () => {
    expect(stats.byCountry).toEqual([
      { key: 'rs', count: 2 },
      { key: 'ru', count: 2 },
      { key: 'by', count: 1 },
    ]);
  });

  it('counts by year without gaps, whatever the date precision', () => {
    expect(stats.byYear).toEqual([
      { key: '2023', count: 2 },
      { key: '2024', count: 0 },
      { key: '2025', count: 3 },
    ]);
  });

  it('counts every outcome, zeros included, and the counts add up to the total', () => {
    expect(stats.byOutcome.map((item) => item.key)).toEqual(Object.keys(CASE_OUTCOMES));
    expect(count(stats.byOutcome, 'no_redress')).toBe(2);
    expect(stats.byOutcome.reduce((sum, item) => sum + item.count, 0)).toBe(stats.total);
  });

  it('has nothing to show for no cases', () => {
    const empty = caseStatistics([]);
    expect(empty.total).toBe(0);
    expect(empty.byYear).toEqual([]);
    expect(empty.byCountry).toEqual([]);
    expect(empty.redress.share).toBeUndefined();
  });
});

describe('share of closed cases that reached redress', () => {
  it('counts full and partial redress over closed cases, leaving pending ones out', () => {
    expect(redressShare(CASES)).toEqual({ redressed: 2, closed: 4, share: 0.5 });
  });

  it('is undefined while every case is still pending', () => {
    expect(redressShare([{ outcome: 'pending' }]).share).toBeUndefined();
  });
});

describe('CSV of counts', () => {
  it('has a header, one row per key with its labels, quoted where needed, and CRLF line ends', () => {
    const csv = countsToCsv(
      [
        { key: 'a', count: 3 },
        { key: 'b', count: 0 },
      ],
      [
        { column: 'label_en', label: (key) => (key === 'a' ? 'Work, housing' : 'Say "no"') },
        { column: 'label_ru', label: (key) => key.toUpperCase() },
      ],
    );
    expect(csv.split('\r\n')).toEqual([
      'key,label_en,label_ru,cases',
      'a,"Work, housing",A,3',
      'b,"Say ""no""",B,0',
      '',
    ]);
  });
});

describe('table labels', () => {
  const countries = new Map([
    ['rs', { name: { sr: 'Srbija', en: 'Serbia' }, original_language: 'sr' } as unknown as Country],
  ]);

  it('names categories and outcomes from the vocabularies in the asked language', () => {
    expect(tableLabel('category', 'health_care', 'ru', countries)).toBe(CASE_CATEGORIES.health_care.ru.label);
    expect(tableLabel('outcome', 'partial', 'sr', countries)).toBe(CASE_OUTCOMES.partial.sr.label);
  });

  it('names countries from their files, falling back to the original language, then the code', () => {
    expect(tableLabel('country', 'rs', 'en', countries)).toBe('Serbia');
    expect(tableLabel('country', 'rs', 'ru', countries)).toBe('Srbija');
    expect(tableLabel('country', 'xx', 'en', countries)).toBe('XX');
  });

  it('lists the same counts the statistics hold', () => {
    const stats = caseStatistics(CASES);
    expect(tableCounts(stats, 'year')).toBe(stats.byYear);
    expect(tableCounts(stats, 'country')).toBe(stats.byCountry);
  });
});
