/** The monitoring report: sums per city and round, and small-cell protection that cannot be undone by subtraction. */
import { describe, expect, it } from 'vitest';
import {
  changeInPoints,
  latestServiceDetail,
  previousRound,
  roundReport,
  shareAlways,
  withheld,
} from '../../src/lib/monitoring-report';
import { roundSchema, tallySchema, type Tally } from '../../src/schemas/monitoring';
import type { Service } from '../../src/schemas/services';

const round = (id: string, end: string) =>
  roundSchema.parse({
    id,
    title: { en: id },
    organiser: { en: 'Group' },
    period: { start: `${end.slice(0, 4)}-01-01`, end },
    questionnaire: ['naloxone', 'outreach'],
    original_language: 'en',
    untranslated: ['ru', 'sr'],
  });

const service = (id: string, city: string) => ({ id, country: 'rs', city, types: ['nsp'] }) as unknown as Service;

function tally(
  roundId: string,
  serviceId: string,
  naloxone: [number, number, number],
  outreach?: [number, number, number],
): Tally {
  const respondents = naloxone[0] + naloxone[1] + naloxone[2];
  const counts = ([always, sometimes, never]: [number, number, number]) => ({
    always,
    sometimes,
    never,
    no_answer: respondents - always - sometimes - never,
  });
  return tallySchema.parse({
    round: roundId,
    service: serviceId,
    from: '2026-01-02',
    to: '2026-01-03',
    interviewers: 1,
    respondents,
    answers: { naloxone: counts(naloxone), ...(outreach ? { outreach: counts(outreach) } : {}) },
    original_language: 'en',
  });
}

const SERVICES = new Map(
  [service('a1', 'belgrade'), service('a2', 'belgrade'), service('b1', 'novi-sad'), service('c1', 'nis')].map(
    (entry) => [entry.id, entry],
  ),
);

describe('withheld', () => {
  it('withholds cells under the threshold, and enough others that the withheld ones hold at least the threshold together', () => {
    expect([...withheld([20, 30, 12], 5)]).toEqual([]);
    // 3 alone could be worked out from the total: the next smallest (12) is withheld with it.
    expect([...withheld([20, 3, 12], 5)].sort()).toEqual([1, 2]);
    // Two small cells that together reach the threshold protect each other.
    expect([...withheld([20, 3, 2, 12], 5)].sort()).toEqual([1, 2]);
    // Empty cells publish nothing and are not withheld.
    expect([...withheld([0, 9], 5)]).toEqual([]);
    expect([...withheld([9, 9], 5, false)].sort()).toEqual([0, 1]);
  });
});

describe('roundReport', () => {
  const spring = round('spring', '2026-06-30');
  const tallies = [
    tally('spring', 'a1', [6, 2, 2], [1, 1, 1]),
    tally('spring', 'a2', [3, 1, 0]),
    tally('spring', 'b1', [10, 5, 5]),
    tally('spring', 'c1', [1, 1, 1]),
  ];
  const report = roundReport(spring, tallies, SERVICES, 5);

  it('sums per city and for the round, with the headline figures', () => {
    expect(report.headline).toEqual({ respondents: 37, cities: 3, interviewers: 4, services: 4, shown: true });
    expect(report.places.map((place) => place.key)).toEqual(['rs/belgrade', 'rs/nis', 'rs/novi-sad']);
    expect(report.total.naloxone?.counts).toEqual({ answered: 37, always: 20, sometimes: 9, never: 8 });
    expect(report.byPlace.get('rs/belgrade')?.naloxone?.counts).toEqual({
      answered: 14,
      always: 9,
      sometimes: 3,
      never: 2,
    });
    expect(shareAlways(report.total.naloxone!.counts)).toBeCloseTo(20 / 37);
  });

  it('never shows a figure on fewer than the threshold, nor one that subtraction would reveal', () => {
    const nis = report.byPlace.get('rs/nis')!.naloxone!;
    expect(nis.shown).toBe(false);
    // Niš (3) alone could be computed as total − Belgrade − Novi Sad: Belgrade (14), the smaller, is withheld too.
    expect(report.byPlace.get('rs/belgrade')!.naloxone!.shown).toBe(false);
    expect(report.byPlace.get('rs/novi-sad')!.naloxone!.shown).toBe(true);
    // So are Belgrade's services, whose sum would give Belgrade back.
    const belgrade = report.services.filter((detail) => detail.place === 'rs/belgrade');
    expect(belgrade.map((detail) => detail.cells.naloxone?.shown)).toEqual([false, false]);
    // Outreach: 3 answers in all, nothing published.
    expect(report.total.outreach?.shown).toBe(false);
    const published = [...report.byPlace.values(), ...report.services.map((detail) => detail.cells)]
      .flatMap((cells) => Object.values(cells))
      .filter((cell) => cell.shown);
    expect(published.every((cell) => cell.counts.answered >= 5)).toBe(true);
  });

  it('leaves out tallies of other rounds and of services no longer listed', () => {
    const other = roundReport(
      spring,
      [...tallies, tally('autumn', 'b1', [9, 9, 9]), tally('spring', 'gone', [9, 9, 9])],
      SERVICES,
      5,
    );
    expect(other.headline.respondents).toBe(37);
  });

  it('compares with the previous round only where both figures are published', () => {
    const autumn = round('autumn', '2025-11-30');
    expect(previousRound([spring, autumn], spring)?.id).toBe('autumn');
    expect(previousRound([spring, autumn], autumn)).toBeUndefined();
    const before = roundReport(autumn, [tally('autumn', 'b1', [5, 5, 10])], SERVICES, 5);
    expect(
      changeInPoints(report.byPlace.get('rs/novi-sad')!.naloxone, before.byPlace.get('rs/novi-sad')!.naloxone),
    ).toBe(50 - 25);
    expect(
      changeInPoints(report.byPlace.get('rs/nis')!.naloxone, before.byPlace.get('rs/nis')?.naloxone),
    ).toBeUndefined();
    expect(latestServiceDetail([before, report], 'b1')?.report.round.id).toBe('spring');
  });
});
