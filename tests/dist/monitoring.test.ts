/**
 * The community-monitoring report in the built site: every published figure
 * rests on at least the configured number of answers (pages and CSV files),
 * and the CSV numbers agree with sums worked out here from content/tallies
 * — read with the YAML parser, not through the site's report code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/site.config';
import { LOCALES } from '../../src/schemas/locales';
import { elementsOf, textOf } from '../support/html';
import { listFiles, listHtmlFiles, PROJECT_ROOT, readDist, requireDist } from '../support/dist';

const THRESHOLD = SITE.monitoring.minRespondents;
const ANSWERS = ['always', 'sometimes', 'never'] as const;

interface RawTally {
  round: string;
  service: string;
  respondents: number;
  answers: Record<string, Record<string, number>>;
}

let dist: string;
let tallies: RawTally[];
let placeOf: Map<string, string>;

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(folder, name));
}

beforeAll(() => {
  dist = requireDist();
  placeOf = new Map();
  for (const file of yamlFiles(join(PROJECT_ROOT, 'content', 'services'))) {
    const service = parse(readFileSync(file, 'utf8')) as { id: string; country: string; city: string; draft?: boolean };
    if (!service.draft) placeOf.set(service.id, `${service.country}/${service.city}`);
  }
  tallies = yamlFiles(join(PROJECT_ROOT, 'content', 'tallies'))
    .map((file) => parse(readFileSync(file, 'utf8')) as RawTally)
    .filter((tally) => placeOf.has(tally.service));
});

/** A CSV file as objects by header (the monitoring tables quote only labels, never numbers). */
function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dist, file), 'utf8').trimEnd().split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
      .map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
      .slice(0, header!.split(',').length);
  return lines.map((line) => Object.fromEntries(split(header!).map((name, index) => [name, split(line)[index] ?? ''])));
}

/** Sums of the tallies of `round` that `keep` selects, for one item. */
function sums(
  round: string,
  item: string,
  keep: (tally: RawTally) => boolean,
): Record<(typeof ANSWERS)[number] | 'answered', number> {
  const total = { always: 0, sometimes: 0, never: 0, answered: 0 };
  for (const tally of tallies.filter((entry) => entry.round === round && keep(entry) && entry.answers[item])) {
    for (const answer of ANSWERS) {
      total[answer] += tally.answers[item]![answer]!;
      total.answered += tally.answers[item]![answer]!;
    }
  }
  return total;
}

const monitoringCsvFiles = () =>
  listFiles(dist).filter((file) => file.startsWith('data/monitoring/') && file.endsWith('.csv'));

describe('monitoring CSV files', () => {
  it('exist for every round with tallies, cities and services, and across rounds', () => {
    const rounds = [...new Set(tallies.map((tally) => tally.round))];
    expect(rounds.length).toBeGreaterThanOrEqual(1);
    const files = monitoringCsvFiles();
    for (const round of rounds)
      expect(files).toEqual(
        expect.arrayContaining([`data/monitoring/${round}-cities.csv`, `data/monitoring/${round}-services.csv`]),
      );
    expect(files).toContain('data/monitoring/rounds.csv');
  });

  it('publish no figure on fewer than the threshold of answers or respondents', () => {
    for (const file of monitoringCsvFiles()) {
      for (const row of csvRows(file)) {
        if (row.answered)
          expect(Number(row.answered), `${file}: ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(THRESHOLD);
        if (row.respondents)
          expect(Number(row.respondents), `${file}: ${JSON.stringify(row)}`).toBeGreaterThanOrEqual(THRESHOLD);
        if (row.status !== 'shown') expect([row.always, row.sometimes, row.never, row.share_always].join('')).toBe('');
      }
    }
  });

  it('agree with the sums of the tally files, for all cities, each city and each service', () => {
    const rounds = [...new Set(tallies.map((tally) => tally.round))];
    let compared = 0;
    for (const round of rounds) {
      for (const row of csvRows(`data/monitoring/${round}-cities.csv`)) {
        const place = row.country ? `${row.country}/${row.city}` : undefined;
        const expected = sums(round, row.item!, (tally) => !place || placeOf.get(tally.service) === place);
        if (expected.answered > 0 && expected.answered < THRESHOLD)
          expect(row.status, `${round} ${place} ${row.item}`).toBe('too_few_answers');
        if (row.status !== 'shown') continue;
        compared += 1;
        expect(
          [row.answered, row.always, row.sometimes, row.never].map(Number),
          `${round} ${place ?? 'all'} ${row.item}`,
        ).toEqual([expected.answered, expected.always, expected.sometimes, expected.never]);
        expect(Number(row.share_always)).toBeCloseTo(expected.always / expected.answered, 3);
      }
      for (const row of csvRows(`data/monitoring/${round}-services.csv`).filter((entry) => entry.status === 'shown')) {
        compared += 1;
        const expected = sums(round, row.item!, (tally) => tally.service === row.service);
        expect([row.answered, row.always, row.sometimes, row.never].map(Number)).toEqual([
          expected.answered,
          expected.always,
          expected.sometimes,
          expected.never,
        ]);
      }
      const headline = csvRows('data/monitoring/rounds.csv').find((entry) => entry.round === round)!;
      const respondents = tallies
        .filter((tally) => tally.round === round)
        .reduce((sum, tally) => sum + tally.respondents, 0);
      if (headline.respondents) expect(Number(headline.respondents)).toBe(respondents);
    }
    expect(compared, 'some figures are published at all').toBeGreaterThan(10);
  });
});

describe('monitoring pages', () => {
  const pages = () =>
    listHtmlFiles(dist).filter(
      (file) =>
        /^(ru|sr|en|sr-cyrl)\/(monitoring|services)\//.test(file) ||
        /^(ru|sr|en|sr-cyrl)\/contribute\/tally\//.test(file),
    );

  it('exist for every round in every language and in Serbian Cyrillic', () => {
    const rounds = [...new Set(tallies.map((tally) => tally.round))];
    const files = listHtmlFiles(dist);
    for (const edition of [...LOCALES, 'sr-cyrl']) {
      for (const round of rounds) expect(files).toContain(`${edition}/monitoring/${round}/index.html`);
      expect(files).toContain(`${edition}/monitoring/index.html`);
      expect(files).toContain(`${edition}/contribute/tally/index.html`);
    }
  });

  it('show no figure on fewer than the threshold: every "x of n" carries its n, and n is large enough', () => {
    let figures = 0;
    for (const file of pages()) {
      for (const element of elementsOf(readDist(file))) {
        if (element.attrs['data-n'] !== undefined) {
          expect(Number(element.attrs['data-n']), `${file}: ${textOf(element.node)}`).toBeGreaterThanOrEqual(THRESHOLD);
        }
        if (element.tag !== 'td' && element.tag !== 'text') continue;
        const match = /\((\d+)\D+(\d+)\)$/.exec(textOf(element.node));
        if (!match) continue;
        figures += 1;
        expect(element.attrs['data-n'], `${file}: "${textOf(element.node)}" names its base`).toBe(match[2]);
      }
    }
    expect(figures).toBeGreaterThan(50);
  });

  it('mark sample rounds as illustrative on the report and on service pages', () => {
    const rounds = [...new Set(tallies.map((tally) => tally.round))];
    for (const round of rounds) {
      const illustrative = (
        parse(readFileSync(join(PROJECT_ROOT, 'content', 'rounds', `${round}.yaml`), 'utf8')) as {
          illustrative?: boolean;
        }
      ).illustrative;
      if (!illustrative) continue;
      for (const locale of LOCALES)
        expect(readDist(`${locale}/monitoring/${round}/index.html`)).toContain('data-illustrative');
    }
  });
});
