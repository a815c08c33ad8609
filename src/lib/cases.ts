/** Facts about rights cases shared by the list, the case pages and the statistics. */
import type { RightsCase } from '../schemas/cases';

/** The repository path of a case's file. */
export function caseFile(entry: RightsCase): string {
  return `content/cases/${entry.country}/${entry.id}.yaml`;
}

/** The year a case happened in, whatever its date precision. */
export function caseYear(entry: Pick<RightsCase, 'date'>): string {
  return entry.date.slice(0, 4);
}

/** Cases grouped by year, newest year first, order kept within a year. */
export function casesByYear<T extends Pick<RightsCase, 'date'>>(cases: T[]): { year: string; cases: T[] }[] {
  const years = new Map<string, T[]>();
  for (const entry of cases) years.set(caseYear(entry), [...(years.get(caseYear(entry)) ?? []), entry]);
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, inYear]) => ({ year, cases: inYear }));
}

/** A case's follow-ups in the order they happened (contributors may add them in any order). */
export function followUpsByDate(entry: Pick<RightsCase, 'follow_ups'>): RightsCase['follow_ups'] {
  return [...entry.follow_ups].sort((a, b) => a.date.localeCompare(b.date));
}

/** The values a case has for each filter of the case list, as `data-facet-*` attributes expect them. */
export function caseFacets(
  entry: Pick<RightsCase, 'categories' | 'country' | 'date' | 'outcome'>,
): Record<'category' | 'country' | 'year' | 'outcome', string> {
  return {
    category: entry.categories.join(' '),
    country: entry.country,
    year: caseYear(entry),
    outcome: entry.outcome,
  };
}
