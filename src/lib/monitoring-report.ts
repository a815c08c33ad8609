/**
 * The report of community-led monitoring: per round, how many respondents
 * said each item was always, sometimes or never there — for all cities, per
 * city and per service — with small-cell protection.
 *
 * Small-cell protection: no figure is published that rests on fewer than
 * `threshold` respondents. A cell below it is withheld ("too few answers");
 * its respondents still count in the level above (all cities), so they are
 * merged upward rather than lost. So that a withheld cell cannot be worked
 * out by subtracting the shown cells from the total, the withheld cells of a
 * row must together hold at least `threshold` answers: otherwise the next
 * smallest cells are withheld too (complementary suppression). A service's
 * figures are shown only where its city's are, for the same reason.
 * Pure: the pages, the CSV files and the tests all call this.
 */
import type { ItemCounts, MonitoringItem, Round, Tally } from '../schemas/monitoring';
import type { Service } from '../schemas/services';

/** Answers to one item from some group of respondents. */
export interface Counts {
  /** Respondents who answered always, sometimes or never. */
  answered: number;
  always: number;
  sometimes: number;
  never: number;
}

/** A figure of the report: its counts and whether they may be published. */
export interface Cell {
  counts: Counts;
  /** False when the cell rests on too few answers, or would let one be worked out. */
  shown: boolean;
}

/** A place column of the report: `<country>/<city>`. */
export interface PlaceColumn {
  key: string;
  country: string;
  city: string;
  /** People asked in the place, all services together. */
  respondents: { count: number; shown: boolean };
}

/** One service's part of a round. */
export interface ServiceDetail {
  service: Service;
  place: string;
  tally: Tally;
  respondents: { count: number; shown: boolean };
  cells: Partial<Record<MonitoringItem, Cell>>;
  /** Whether its comment may be shown: only for a service whose respondents are shown. */
  commentShown: boolean;
}

/** The report of one round. */
export interface RoundReport {
  round: Round;
  threshold: number;
  /** Items asked about, in questionnaire order. */
  items: MonitoringItem[];
  headline: { respondents: number; cities: number; interviewers: number; services: number; shown: boolean };
  places: PlaceColumn[];
  /** All cities together, per item. */
  total: Partial<Record<MonitoringItem, Cell>>;
  /** Per place key, per item. */
  byPlace: Map<string, Partial<Record<MonitoringItem, Cell>>>;
  services: ServiceDetail[];
}

const EMPTY: Counts = { answered: 0, always: 0, sometimes: 0, never: 0 };

function add(sum: Counts, counts: ItemCounts | Counts): Counts {
  return {
    answered: sum.answered + counts.always + counts.sometimes + counts.never,
    always: sum.always + counts.always,
    sometimes: sum.sometimes + counts.sometimes,
    never: sum.never + counts.never,
  };
}

/**
 * Which of a row's cells must be withheld: those under `threshold` (but not
 * empty ones, which publish nothing), then the smallest others until the
 * withheld cells together hold at least `threshold`. All of them when
 * `parentShown` is false.
 */
export function withheld(sizes: number[], threshold: number, parentShown = true): Set<number> {
  const hidden = new Set<number>();
  sizes.forEach((size, index) => {
    if (size > 0 && (!parentShown || size < threshold)) hidden.add(index);
  });
  if (hidden.size === 0) return hidden;
  const hiddenSum = () => [...hidden].reduce((sum, index) => sum + sizes[index]!, 0);
  const candidates = sizes
    .map((size, index) => ({ size, index }))
    .filter(({ size, index }) => size > 0 && !hidden.has(index))
    .sort((a, b) => a.size - b.size || a.index - b.index);
  for (const { index } of candidates) {
    if (hiddenSum() >= threshold) break;
    hidden.add(index);
  }
  return hidden;
}

/** Cells of a row from their counts, with the row's protection applied. */
function protectRow(rows: Counts[], threshold: number, parentShown: boolean): Cell[] {
  const hidden = withheld(
    rows.map((counts) => counts.answered),
    threshold,
    parentShown,
  );
  return rows.map((counts, index) => ({ counts, shown: counts.answered > 0 && !hidden.has(index) }));
}

/** The share of "always" among those who answered, 0–1; undefined when nobody did. */
export function shareAlways(counts: Counts): number | undefined {
  return counts.answered === 0 ? undefined : counts.always / counts.answered;
}

function placeOf(service: Service): string {
  return `${service.country}/${service.city}`;
}

/** A tally with its service. */
interface Entry {
  tally: Tally;
  service: Service;
}

/** Respondents per place, with the places' protection. */
function placeColumns(entries: Entry[], placeKeys: string[], threshold: number, parentShown: boolean): PlaceColumn[] {
  const counts = placeKeys.map((key) =>
    entries.filter(({ service }) => placeOf(service) === key).reduce((sum, { tally }) => sum + tally.respondents, 0),
  );
  const hidden = withheld(counts, threshold, parentShown);
  return placeKeys.map((key, index) => {
    const [country = '', city = ''] = key.split('/');
    return { key, country, city, respondents: { count: counts[index]!, shown: !hidden.has(index) } };
  });
}

/** One item's cells: all cities, each city, and each service within its city. */
function itemCells(item: MonitoringItem, entries: Entry[], placeKeys: string[], threshold: number) {
  const inPlace = placeKeys.map((key) =>
    entries.filter(({ service, tally }) => placeOf(service) === key && tally.answers[item]),
  );
  const placeCounts = inPlace.map((group) => group.reduce((sum, { tally }) => add(sum, tally.answers[item]!), EMPTY));
  const totalCounts = placeCounts.reduce(add, EMPTY);
  const total: Cell = { counts: totalCounts, shown: totalCounts.answered >= threshold };
  const places = protectRow(placeCounts, threshold, total.shown);
  const services = new Map<string, Cell>();
  places.forEach((cell, index) => {
    const group = inPlace[index]!;
    const cells = protectRow(
      group.map(({ tally }) => add(EMPTY, tally.answers[item]!)),
      threshold,
      cell.shown,
    );
    cells.forEach((serviceCell, position) => services.set(group[position]!.service.id, serviceCell));
  });
  return { total, places, services };
}

/**
 * The report of `round` from its tallies. Tallies of services not in
 * `directory` (drafts, removed) are left out, as on every page.
 */
export function roundReport(
  round: Round,
  tallies: Tally[],
  directory: Map<string, Service>,
  threshold: number,
): RoundReport {
  const entries: Entry[] = tallies
    .filter((tally) => tally.round === round.id && directory.has(tally.service))
    .map((tally) => ({ tally, service: directory.get(tally.service)! }))
    .sort((a, b) => placeOf(a.service).localeCompare(placeOf(b.service)) || a.service.id.localeCompare(b.service.id));
  const items = round.questionnaire.filter((item) => entries.some(({ tally }) => tally.answers[item]));
  const placeKeys = [...new Set(entries.map(({ service }) => placeOf(service)))];
  const respondents = entries.reduce((sum, { tally }) => sum + tally.respondents, 0);
  const headlineShown = respondents >= threshold;
  const places = placeColumns(entries, placeKeys, threshold, headlineShown);

  const total: RoundReport['total'] = {};
  const byPlace: RoundReport['byPlace'] = new Map(placeKeys.map((key) => [key, {}]));
  const serviceCells = new Map<string, ServiceDetail['cells']>(entries.map(({ service }) => [service.id, {}]));
  for (const item of items) {
    const cells = itemCells(item, entries, placeKeys, threshold);
    total[item] = cells.total;
    cells.places.forEach((cell, index) => (byPlace.get(placeKeys[index]!)![item] = cell));
    for (const [id, cell] of cells.services) serviceCells.get(id)![item] = cell;
  }

  const details = places.flatMap((place) => {
    const inPlace = entries.filter(({ service }) => placeOf(service) === place.key);
    const hidden = withheld(
      inPlace.map(({ tally }) => tally.respondents),
      threshold,
      place.respondents.shown,
    );
    return inPlace.map(({ service, tally }, index): ServiceDetail => ({
      service,
      place: place.key,
      tally,
      respondents: { count: tally.respondents, shown: !hidden.has(index) },
      cells: serviceCells.get(service.id)!,
      commentShown: !hidden.has(index),
    }));
  });

  const interviewers = entries.reduce((sum, { tally }) => sum + tally.interviewers, 0);
  return {
    round,
    threshold,
    items,
    headline: { respondents, cities: placeKeys.length, interviewers, services: entries.length, shown: headlineShown },
    places,
    total,
    byPlace,
    services: details,
  };
}

/** Rounds oldest first, by the end of their period. */
export function roundsInOrder(rounds: Round[]): Round[] {
  return [...rounds].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.id.localeCompare(b.id));
}

/** The round before `round` in time, if any. */
export function previousRound(rounds: Round[], round: Round): Round | undefined {
  const ordered = roundsInOrder(rounds);
  const index = ordered.findIndex((candidate) => candidate.id === round.id);
  return index > 0 ? ordered[index - 1] : undefined;
}

/** Change of the share "always" between two cells in percentage points, when both are published. */
export function changeInPoints(now: Cell | undefined, before: Cell | undefined): number | undefined {
  if (!now?.shown || !before?.shown) return undefined;
  const [a, b] = [shareAlways(now.counts), shareAlways(before.counts)];
  return a === undefined || b === undefined ? undefined : Math.round(a * 100) - Math.round(b * 100);
}

/** The latest round's detail for one service: the newest round (by period end) with a tally for it. */
export function latestServiceDetail(
  reports: RoundReport[],
  serviceId: string,
): { report: RoundReport; detail: ServiceDetail } | undefined {
  for (const report of [...reports].sort((a, b) => b.round.period.end.localeCompare(a.round.period.end))) {
    const detail = report.services.find((entry) => entry.service.id === serviceId);
    if (detail) return { report, detail };
  }
  return undefined;
}

/**
 * Services whose latest round (the newest with a tally for them) publishes a
 * figure for `item` in which more than `share` of those asked said "always".
 * A withheld or missing figure never counts: unknown is not "always".
 */
export function servicesMostlyAlways(reports: RoundReport[], item: MonitoringItem, share: number): Set<string> {
  const seen = new Set<string>();
  const matching = new Set<string>();
  for (const report of [...reports].sort((a, b) => b.round.period.end.localeCompare(a.round.period.end))) {
    for (const detail of report.services) {
      if (seen.has(detail.service.id)) continue;
      seen.add(detail.service.id);
      const cell = detail.cells[item];
      if (cell?.shown && (shareAlways(cell.counts) ?? 0) > share) matching.add(detail.service.id);
    }
  }
  return matching;
}
