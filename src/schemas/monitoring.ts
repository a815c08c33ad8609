/**
 * Community-led monitoring (seed 003): peers ask people who use a service
 * whether supplies and services were there — always, sometimes or never.
 *
 * - A **round** (`content/rounds/<id>.yaml`): one survey with a period, the
 *   organising group and its questionnaire (items from MONITORING_ITEMS).
 * - A **tally** (`content/tallies/<round>/<service>.yaml`): for one service in
 *   one round, how many respondents gave each answer to each item. Only
 *   counts: a tally never holds what one person answered.
 *
 * What needs other files (the round and service exist, the service offers
 * what is asked about, dates inside the round) is checked by
 * src/lib/monitoring-validation.ts.
 */
import { z } from 'astro/zod';
import {
  ALWAYS,
  checkTranslations,
  distinctList,
  isoDay,
  localizedText,
  slug,
  source,
  translationFields,
  vocabulary,
} from './common';
import { MONITORING_ITEMS } from './vocabularies';

/** A count of people: a whole number, zero or more. */
const count = z.int().min(0).meta({ expected: 'count' });

/** A round of peer monitoring. */
export const roundSchema = z
  .strictObject({
    id: slug,
    draft: z.boolean().default(false),
    /**
     * The round's figures are invented to show how the report works, not
     * findings; every page and file showing them says so.
     */
    illustrative: z.boolean().default(false),
    title: localizedText,
    /** The group that organised the round: a network or initiative group, never a person. */
    organiser: localizedText,
    period: z.strictObject({ start: isoDay, end: isoDay }),
    /** What interviewers asked about, in the order they ask. */
    questionnaire: distinctList(vocabulary(MONITORING_ITEMS), 1),
    note: localizedText.optional(),
    source: source.optional(),
    ...translationFields,
  })
  .superRefine((round, ctx) => {
    checkTranslations(round, ctx, { required: ['title', 'organiser'], optional: ['note'] });
    const period = round.period as { start?: unknown; end?: unknown } | undefined;
    if (typeof period?.start === 'string' && typeof period.end === 'string' && period.end < period.start) {
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'monitoring.end_before_start' });
    }
  }, ALWAYS);

/** How many respondents gave each answer to one item. */
export const itemCountsSchema = z.strictObject({
  always: count,
  sometimes: count,
  never: count,
  /** Asked but did not answer, or did not know. */
  no_answer: count.default(0),
});

/** The answers of one service's respondents in one round: counts only. */
export const tallySchema = z
  .strictObject({
    round: slug,
    service: slug,
    /** First and last day of interviews. */
    from: isoDay,
    to: isoDay,
    /** Peer interviewers who asked, a number: never their names. */
    interviewers: z.int().min(1).meta({ expected: 'positive_int' }),
    /** People asked at this service. */
    respondents: z.int().min(1).meta({ expected: 'positive_int' }),
    answers: z.partialRecord(vocabulary(MONITORING_ITEMS), itemCountsSchema),
    /** What interviewers add in general words; screened for personal data. */
    comment: localizedText.optional(),
    ...translationFields,
  })
  .superRefine((tally, ctx) => {
    checkTranslations(tally, ctx, { optional: ['comment'] });
    if (typeof tally.from === 'string' && typeof tally.to === 'string' && tally.to < tally.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'monitoring.end_before_start' });
    }
    if (typeof tally.respondents !== 'number' || !tally.answers || typeof tally.answers !== 'object') return;
    for (const [item, counts] of Object.entries(tally.answers)) {
      if (!counts || typeof counts !== 'object') continue;
      const parts = [counts.always, counts.sometimes, counts.never, counts.no_answer ?? 0];
      if (parts.some((part) => typeof part !== 'number')) continue;
      const sum = parts.reduce((total, part) => total + part, 0);
      if (sum !== tally.respondents) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', item],
          message: 'monitoring.counts_sum',
          params: { sum, respondents: tally.respondents },
        });
      }
    }
  }, ALWAYS);

/** A monitoring round as written in its file, after defaults are applied. */
export type Round = z.infer<typeof roundSchema>;
/** A tally as written in its file, after defaults are applied. */
export type Tally = z.infer<typeof tallySchema>;
/** The counts of one item in a tally. */
export type ItemCounts = z.infer<typeof itemCountsSchema>;
/** A monitoring item key. */
export type MonitoringItem = keyof typeof MONITORING_ITEMS;
