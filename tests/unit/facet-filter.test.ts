import { describe, expect, it } from 'vitest';
import { facetQuery, facetValuesOf, matchesFacets, parseFacetQuery } from '../../src/lib/facet-filter';

const ALLOWED = { topic: ['hiv', 'ost', 'stigma'], year: ['2018', '2026'] };

describe('facet filter query', () => {
  it('reads the chosen values it knows and drops the rest', () => {
    expect(parseFacetQuery('?topic=hiv&year=2026', ALLOWED)).toEqual({ topic: 'hiv', year: '2026' });
    expect(parseFacetQuery('topic=unknown&year=1999&other=x', ALLOWED)).toEqual({});
    expect(parseFacetQuery(new URLSearchParams('year=2018&year=2026'), ALLOWED)).toEqual({ year: '2018' });
  });

  it('writes a state back as a query that reads the same', () => {
    const state = { year: '2018', topic: 'stigma' };
    const query = facetQuery(state, ['topic', 'year']);
    expect(query).toBe('?topic=stigma&year=2018');
    expect(parseFacetQuery(query, ALLOWED)).toEqual(state);
  });

  it('writes nothing for "any"', () => {
    expect(facetQuery({ topic: '', year: '' })).toBe('');
  });
});

describe('facet matching', () => {
  const item = { topic: ['hiv', 'stigma'], year: ['2026'] };

  it('matches an item that has the chosen value among several', () => {
    expect(matchesFacets(item, { topic: 'stigma' })).toBe(true);
    expect(matchesFacets(item, { topic: 'stigma', year: '2026' })).toBe(true);
  });

  it('needs every chosen facet to match', () => {
    expect(matchesFacets(item, { topic: 'stigma', year: '2018' })).toBe(false);
    expect(matchesFacets(item, { topic: 'ost' })).toBe(false);
    expect(matchesFacets({}, { topic: 'ost' })).toBe(false);
  });

  it('matches everything when nothing is chosen', () => {
    expect(matchesFacets(item, {})).toBe(true);
    expect(matchesFacets(item, { topic: '' })).toBe(true);
  });

  it('reads values from data-facet-* attributes as the browser exposes them', () => {
    expect(facetValuesOf({ facetTopic: 'hiv stigma', facetYear: '2026' }, ['topic', 'year', 'country'])).toEqual({
      topic: ['hiv', 'stigma'],
      year: ['2026'],
      country: [],
    });
  });
});
