import { describe, expect, it } from 'vitest';
import { caseFacets, casesByYear, followUpsByDate } from '../../src/lib/cases';
import { facetValuesOf, matchesFacets } from '../../src/lib/facet-filter';

describe('case lists', () => {
  it('groups cases by year, newest year first, keeping their order within a year', () => {
    const cases = [{ date: '2025-06' }, { date: '2026-01-12' }, { date: '2025-02' }, { date: '2026-03' }];
    expect(casesByYear(cases).map(({ year, cases: inYear }) => [year, inYear.map((entry) => entry.date)])).toEqual([
      ['2026', ['2026-01-12', '2026-03']],
      ['2025', ['2025-06', '2025-02']],
    ]);
  });

  it('orders follow-ups by date whatever order they were written in', () => {
    const follow_ups = [
      { date: '2026-06', text: { en: 'later' } },
      { date: '2026-04', text: { en: 'earlier' } },
    ];
    expect(followUpsByDate({ follow_ups }).map((item) => item.text.en)).toEqual(['earlier', 'later']);
    expect(follow_ups[0]!.date).toBe('2026-06');
  });

  it('describes a case so the list filter finds it under each of its categories', () => {
    const facets = caseFacets({
      categories: ['detention', 'health_care'],
      country: 'ru',
      date: '2026-05',
      outcome: 'pending',
    });
    const dataset = {
      facetCategory: facets.category,
      facetCountry: facets.country,
      facetYear: facets.year,
      facetOutcome: facets.outcome,
    };
    const values = facetValuesOf(dataset, ['category', 'country', 'year', 'outcome']);
    expect(matchesFacets(values, { category: 'health_care', year: '2026' })).toBe(true);
    expect(matchesFacets(values, { category: 'detention', country: 'ru', outcome: 'pending' })).toBe(true);
    expect(matchesFacets(values, { outcome: 'redress' })).toBe(false);
  });
});
