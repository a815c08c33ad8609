/**
 * Counts of documented rights cases for the statistics page, its charts and
 * its CSV downloads. Pure aggregation over published cases; labels are added
 * by the page from the vocabularies.
 */
import type { RightsCase } from '../schemas/cases';
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import { CASE_CATEGORIES, CASE_OUTCOMES, keysOf } from '../schemas/vocabularies';
import { csvField } from './exports';
import { pickText } from './localized';
import { fileUrl } from './routes';

/** One bar of a chart: a key (category, country code, year, outcome) and how many cases have it. */
export interface Count {
  key: string;
  count: number;
}

/** The share of closed cases that reached redress, with what it is computed from. */
export interface RedressShare {
  /** Cases with outcome `redress` or `partial`. */
  redressed: number;
  /** Cases whose outcome is known: everything except `pending`. */
  closed: number;
  /** `redressed / closed`, or undefined while no case is closed. */
  share: number | undefined;
}

/** Everything the statistics page shows. */
export interface CaseStatistics {
  total: number;
  /** Illustrative cases among them (sample content), which the page must point out. */
  examples: number;
  /** Every category in vocabulary order, zeros included; a case with two categories counts in both. */
  byCategory: Count[];
  /** Countries with at least one case, most cases first. */
  byCountry: Count[];
  /** Every year from the first case to the last, oldest first, zeros included. */
  byYear: Count[];
  /** Every outcome in vocabulary order, zeros included. */
  byOutcome: Count[];
  redress: RedressShare;
}

/** Outcomes that count as the right being (at least partly) restored. */
export const REDRESS_OUTCOMES: readonly string[] = ['redress', 'partial'];
/** The outcome of a case that is still open. */
export const OPEN_OUTCOME = 'pending';

function tally(keys: string[], values: string[]): Count[] {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Closed cases and how many of them reached full or partial redress. */
export function redressShare(cases: Pick<RightsCase, 'outcome'>[]): RedressShare {
  const closed = cases.filter((entry) => entry.outcome !== OPEN_OUTCOME).length;
  const redressed = cases.filter((entry) => REDRESS_OUTCOMES.includes(entry.outcome)).length;
  return { redressed, closed, share: closed === 0 ? undefined : redressed / closed };
}

/** Counts cases by category, country, year and outcome. */
export function caseStatistics(
  cases: Pick<RightsCase, 'categories' | 'country' | 'date' | 'outcome' | 'example'>[],
): CaseStatistics {
  const years = cases.map((entry) => Number(entry.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears =
    cases.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
  return {
    total: cases.length,
    examples: cases.filter((entry) => entry.example).length,
    byCategory: tally(
      keysOf(CASE_CATEGORIES),
      cases.flatMap((entry) => entry.categories),
    ),
    byCountry: tally(
      [],
      cases.map((entry) => entry.country),
    ).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    byYear: tally(allYears, years.map(String)),
    byOutcome: tally(
      keysOf(CASE_OUTCOMES),
      cases.map((entry) => entry.outcome),
    ),
    redress: redressShare(cases),
  };
}

/** The four count tables of the statistics page, each also a CSV file. */
export const CASE_TABLES = ['category', 'country', 'year', 'outcome'] as const;
/** One of the count tables. */
export type CaseTable = (typeof CASE_TABLES)[number];

/** Where the CSV of a table is published. */
export function caseTableCsvUrl(table: CaseTable): string {
  return fileUrl(`data/cases-by-${table}.csv`);
}

/** The counts of one table. */
export function tableCounts(stats: CaseStatistics, table: CaseTable): Count[] {
  return { category: stats.byCategory, country: stats.byCountry, year: stats.byYear, outcome: stats.byOutcome }[table];
}

/** The label of a key of a table in one language; countries are named from their files. */
export function tableLabel(table: CaseTable, key: string, locale: Locale, countries: Map<string, Country>): string {
  switch (table) {
    case 'category':
      return CASE_CATEGORIES[key as keyof typeof CASE_CATEGORIES]?.[locale].label ?? key;
    case 'outcome':
      return CASE_OUTCOMES[key as keyof typeof CASE_OUTCOMES]?.[locale].label ?? key;
    case 'country': {
      const country = countries.get(key);
      return country ? pickText(country.name, locale, country.original_language) : key.toUpperCase();
    }
    case 'year':
      return key;
  }
}

/**
 * A count table as CSV (RFC 4180, CRLF): `key`, one label column per entry
 * of `labels`, then `cases`.
 */
export function countsToCsv(counts: Count[], labels: { column: string; label: (key: string) => string }[]): string {
  const header = ['key', ...labels.map(({ column }) => column), 'cases'];
  const rows = [
    header,
    ...counts.map(({ key, count }) => [key, ...labels.map(({ label }) => label(key)), String(count)]),
  ];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
