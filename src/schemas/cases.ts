/**
 * The rights-case schema: one YAML file per documented case under
 * content/cases/<country>/. Anonymous by construction — there is no field for
 * a name, an exact address or a contact, and free text is screened by
 * `anonymity.ts` in the validator.
 */
import { z } from 'astro/zod';
import {
  ALWAYS,
  checkTranslations,
  countryCode,
  isoDay,
  isoDayOrMonth,
  localizedText,
  slug,
  source,
  translationFields,
  vocabulary,
  vocabularyList,
} from './common';
import { CASE_ACTIONS, CASE_CATEGORIES, CASE_KINDS, CASE_OUTCOMES, PERPETRATORS } from './vocabularies';

const followUp = z.strictObject({
  date: isoDayOrMonth,
  text: localizedText,
});

/** A documented case. */
export const caseSchema = z
  .strictObject({
    id: slug,
    /** `false` keeps the case out of the site entirely. */
    published: z.boolean(),
    /** Illustrative cases written for the sample content say so. */
    example: z.boolean().default(false),
    /** The person agreed to the case being published in this anonymised form. */
    consent: z.literal(true),
    /** `YYYY-MM` or, with `precision: day`, `YYYY-MM-DD`. */
    date: isoDayOrMonth,
    precision: z.enum(['month', 'day']).default('month'),
    country: countryCode,
    /** Key of a city in the country's file — never anything finer. */
    city: slug.optional(),
    kind: vocabulary(CASE_KINDS),
    categories: vocabularyList(CASE_CATEGORIES, 1),
    perpetrator: vocabulary(PERPETRATORS),
    actions: vocabularyList(CASE_ACTIONS, 1),
    outcome: vocabulary(CASE_OUTCOMES),
    title: localizedText,
    summary: localizedText,
    follow_ups: z.array(followUp).default([]),
    /** Who documented it: an organisation or the network, never a person. */
    documented_by: z.string().trim().min(1).meta({ expected: 'text' }),
    recorded: isoDay,
    source: source.optional(),
    ...translationFields,
  })
  .superRefine((entry, ctx) => {
    checkTranslations(entry, ctx, { required: ['title', 'summary'], optional: ['follow_ups[].text'] });
    if (typeof entry.date !== 'string') return;
    if (entry.precision === 'month' && entry.date.length !== 7) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'case.date_too_precise' });
    }
    if (entry.precision === 'day' && entry.date.length !== 10) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'case.date_needs_day' });
    }
    (Array.isArray(entry.follow_ups) ? entry.follow_ups : []).forEach((item, index) => {
      if (entry.precision === 'month' && typeof item?.date === 'string' && item.date.length !== 7) {
        ctx.addIssue({ code: 'custom', path: ['follow_ups', index, 'date'], message: 'case.date_too_precise' });
      }
    });
  }, ALWAYS);

/** A documented case. */
export type RightsCase = z.infer<typeof caseSchema>;
