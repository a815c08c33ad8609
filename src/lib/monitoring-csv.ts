/**
 * The monitoring report's tables as CSV files (RFC 4180, CRLF), with the
 * same small-cell protection as the pages: a withheld figure is an empty
 * field with the status `too_few_answers`, never a number.
 */
import { LOCALES } from '../schemas/locales';
import type { MonitoringItem } from '../schemas/monitoring';
import { MONITORING_ITEMS } from '../schemas/vocabularies';
import { csvField } from './exports';
import { shareAlways, type Cell, type RoundReport } from './monitoring-report';
import { fileUrl } from './routes';

/** The three CSV tables of the monitoring report. */
export type MonitoringCsv = { kind: 'places' | 'services'; round: string } | { kind: 'rounds' };

/** The file name of a table under /data/monitoring/. */
export function monitoringCsvName(table: MonitoringCsv): string {
  return table.kind === 'rounds' ? 'rounds' : `${table.round}-${table.kind === 'places' ? 'cities' : 'services'}`;
}

/** Where a table is published. */
export function monitoringCsvUrl(table: MonitoringCsv): string {
  return fileUrl(`data/monitoring/${monitoringCsvName(table)}.csv`);
}

const CELL_COLUMNS = ['answered', 'always', 'sometimes', 'never', 'share_always', 'status'] as const;

function cellFields(cell: Cell | undefined): string[] {
  if (!cell) return ['', '', '', '', '', 'not_asked'];
  if (!cell.shown) return ['', '', '', '', '', 'too_few_answers'];
  const { answered, always, sometimes, never } = cell.counts;
  return [answered, always, sometimes, never, (shareAlways(cell.counts) ?? 0).toFixed(3), 'shown'].map(String);
}

function itemFields(item: MonitoringItem): string[] {
  return [item, ...LOCALES.map((locale) => MONITORING_ITEMS[item][locale].label)];
}

const ITEM_COLUMNS = ['item', ...LOCALES.map((locale) => `item_${locale}`)];

function toCsv(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const shownCount = (value: { count: number; shown: boolean }) => (value.shown ? String(value.count) : '');

/** Item × place, with an "all cities" row per item (empty country and city). */
export function placesCsv(report: RoundReport): string {
  const header = ['round', 'illustrative', ...ITEM_COLUMNS, 'country', 'city', 'respondents', ...CELL_COLUMNS];
  const lead = [report.round.id, String(report.round.illustrative)];
  const total = { count: report.headline.respondents, shown: report.headline.shown };
  const rows = report.items.flatMap((item) => [
    [...lead, ...itemFields(item), '', '', shownCount(total), ...cellFields(report.total[item])],
    ...report.places.map((place) => [
      ...lead,
      ...itemFields(item),
      place.country,
      place.city,
      shownCount(place.respondents),
      ...cellFields(report.byPlace.get(place.key)?.[item]),
    ]),
  ]);
  return toCsv([header, ...rows]);
}

/** Item × service. */
export function servicesCsv(report: RoundReport): string {
  const header = [
    'round',
    'illustrative',
    ...ITEM_COLUMNS,
    'service',
    'country',
    'city',
    'respondents',
    ...CELL_COLUMNS,
  ];
  const lead = [report.round.id, String(report.round.illustrative)];
  const rows = report.services.flatMap((detail) =>
    report.items
      .filter((item) => detail.tally.answers[item])
      .map((item) => [
        ...lead,
        ...itemFields(item),
        detail.service.id,
        detail.service.country,
        detail.service.city,
        shownCount(detail.respondents),
        ...cellFields(detail.cells[item]),
      ]),
  );
  return toCsv([header, ...rows]);
}

/** Round × item for all cities, with each round's headline figures. */
export function roundsCsv(reports: RoundReport[]): string {
  const header = [
    'round',
    'illustrative',
    'start',
    'end',
    'respondents',
    'cities',
    'interviewers',
    ...ITEM_COLUMNS,
    ...CELL_COLUMNS,
  ];
  const rows = reports.flatMap((report) => {
    const { headline, round } = report;
    const figures = headline.shown
      ? [headline.respondents, headline.cities, headline.interviewers].map(String)
      : ['', '', ''];
    const lead = [round.id, String(round.illustrative), round.period.start, round.period.end, ...figures];
    return report.items.map((item) => [...lead, ...itemFields(item), ...cellFields(report.total[item])]);
  });
  return toCsv([header, ...rows]);
}

/** Every monitoring table, for getStaticPaths. */
export function monitoringTables(reports: RoundReport[]): MonitoringCsv[] {
  return [
    { kind: 'rounds' },
    ...reports.flatMap((report) => (['places', 'services'] as const).map((kind) => ({ kind, round: report.round.id }))),
  ];
}

/** The CSV text of a table. */
export function monitoringCsv(table: MonitoringCsv, reports: RoundReport[]): string {
  if (table.kind === 'rounds') return roundsCsv(reports);
  const report = reports.find((candidate) => candidate.round.id === table.round)!;
  return table.kind === 'places' ? placesCsv(report) : servicesCsv(report);
}
