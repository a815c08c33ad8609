/**
 * Rights cases in the built site: the statistics page's charts are
 * accessible SVG whose numbers agree with their tables, their CSV files and
 * the published cases; case pages show no personal data; the guide carries
 * the template. Expected numbers come from content/, not from the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTL_LOCALE } from '../../src/lib/dates';
import { caseStatistics, CASE_TABLES, type CaseStatistics } from '../../src/lib/statistics';
import { validateContent } from '../../src/lib/validation';
import { findPersonalData } from '../../src/schemas/anonymity';
import type { RightsCase } from '../../src/schemas/cases';
import { LOCALES } from '../../src/schemas/locales';
import { elementsOf, textOf, type HtmlElement } from '../support/html';
import { PROJECT_ROOT, readDist, requireDist } from '../support/dist';

let dist: string;
let cases: RightsCase[];
let expected: CaseStatistics;

beforeAll(() => {
  dist = requireDist();
  cases = validateContent({ root: PROJECT_ROOT }).cases.map(({ data }) => data).filter((entry) => entry.published);
  expected = caseStatistics(cases);
});

type Node = HtmlElement['node'];

/** Every element inside `node`, in document order. */
function descendants(node: Node): Node[] {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [child as Node, ...descendants(child as Node)] : []));
}

const idOf = (node: Node) => node.attrs.find((attr) => attr.name === 'id')?.value;

/** Rows of a CSV file without quoted commas (the count tables never quote the key or the count). */
function csvCounts(file: string): Map<string, number> {
  const lines = readFileSync(join(dist, file), 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('key,label_ru,label_sr,label_en,cases');
  return new Map(lines.slice(1).map((line) => [line.slice(0, line.indexOf(',')), Number(line.slice(line.lastIndexOf(',') + 1))]));
}

describe('case statistics', () => {
  it('publishes one CSV per table with the counts of the published cases', () => {
    const tables: Record<(typeof CASE_TABLES)[number], { key: string; count: number }[]> = {
      category: expected.byCategory,
      country: expected.byCountry,
      year: expected.byYear,
      outcome: expected.byOutcome,
    };
    for (const table of CASE_TABLES) {
      const counts = csvCounts(`data/cases-by-${table}.csv`);
      expect(Object.fromEntries(counts), table).toEqual(Object.fromEntries(tables[table].map(({ key, count }) => [key, count])));
    }
    const outcomes = csvCounts('data/cases-by-outcome.csv');
    expect([...outcomes.values()].reduce((sum, count) => sum + count, 0)).toBe(cases.length);
  });

  for (const locale of LOCALES) {
    it(`/${locale}/cases/statistics/ draws each table as an accessible SVG that matches its data table`, () => {
      const elements = elementsOf(readDist(`${locale}/cases/statistics/index.html`, dist));
      const charts = elements.filter(({ tag, attrs }) => tag === 'svg' && attrs.role === 'img');
      expect(charts).toHaveLength(CASE_TABLES.length);
      const tables = elements.filter(({ tag }) => tag === 'table');
      expect(tables).toHaveLength(charts.length);
      charts.forEach((chart, index) => {
        const inside = descendants(chart.node);
        const title = inside.find((node) => node.tagName === 'title');
        const desc = inside.find((node) => node.tagName === 'desc');
        expect(title && textOf(title), 'a <title>').toBeTruthy();
        expect(chart.attrs['aria-labelledby']!.split(' ')).toEqual([idOf(title!), idOf(desc!)]);
        const drawn = inside.filter((node) => node.tagName === 'text').map((node) => textOf(node));
        // Every row of the table, as "label: count", is spelt out in the description and drawn as text — not told by colour.
        const rows = descendants(tables[index]!.node)
          .filter((node) => node.tagName === 'tr')
          .slice(1)
          .map((row) => descendants(row).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map((cell) => textOf(cell)));
        expect(rows.length).toBeGreaterThan(0);
        for (const [label, count] of rows) {
          expect(textOf(desc!)).toContain(`${label}: ${count}`);
          expect(drawn).toContain(label);
          expect(drawn).toContain(count);
        }
      });
    });

    it(`/${locale}/cases/statistics/ states the redress share and how it is counted`, () => {
      const text = textOf(elementsOf(readDist(`${locale}/cases/statistics/index.html`, dist)).find(({ tag }) => tag === 'main')!.node);
      const { redressed, closed, share } = expected.redress;
      if (share !== undefined) {
        expect(text).toContain(`${redressed}`);
        expect(text).toContain(`${closed}`);
        // Spaces as the page text has them (a non-breaking space in "67 %" reads as a space).
        expect(text).toContain(new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent' }).format(share).replace(/\s+/g, ' '));
      }
      const section = elementsOf(readDist(`${locale}/cases/statistics/index.html`, dist)).find(({ attrs }) => attrs['aria-labelledby'] === 'redress-heading');
      expect(section, 'the redress section').toBeDefined();
      expect(textOf(section!.node).length, 'its definition').toBeGreaterThan(150);
    });
  }
});

describe('case pages', () => {
  it('show no text the anonymity screen would flag', () => {
    const found: string[] = [];
    for (const locale of LOCALES) {
      for (const entry of cases) {
        const main = elementsOf(readDist(`${locale}/cases/${entry.id}/index.html`, dist)).find(({ tag }) => tag === 'main')!;
        for (const finding of findPersonalData(textOf(main.node), { precision: entry.precision })) found.push(`${locale}/${entry.id}: ${finding.kind} ${finding.masked}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('list every published case in every locale with the values the filter uses', () => {
    for (const locale of LOCALES) {
      const items = elementsOf(readDist(`${locale}/cases/index.html`, dist)).filter(({ attrs }) => 'data-facet-item' in attrs);
      expect(items).toHaveLength(cases.length);
      for (const { attrs } of items) {
        const entry = cases.find((item) => attrs['data-facet-country'] === item.country && attrs['data-facet-category'] === item.categories.join(' '));
        expect(entry, JSON.stringify(attrs)).toBeDefined();
        expect(attrs['data-facet-year']).toBe(entry!.date.slice(0, 4));
        expect(attrs['data-facet-outcome']).toBe(entry!.outcome);
      }
    }
  });
});

describe('the guide for adding a case', () => {
  for (const locale of LOCALES) {
    it(`/${locale}/cases/guide/ explains consent and carries a template that asks for it`, () => {
      const elements = elementsOf(readDist(`${locale}/cases/guide/index.html`, dist));
      const template = elements.find(({ tag }) => tag === 'pre');
      expect(template, 'the template').toBeDefined();
      expect(textOf(template!.node)).toContain('consent: true');
      const headings = elements.filter(({ tag }) => tag === 'h2').length;
      expect(headings, 'sections of the guide').toBeGreaterThanOrEqual(4);
    });
  }
});
