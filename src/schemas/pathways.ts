/**
 * The referral-pathway schema: one YAML file per pathway under
 * content/pathways/<id>.yaml. A pathway is an ordered list of steps for one
 * group of people in one city — e.g. "after release from prison in
 * Soligorsk" (seed 001) — each step naming the directory's services that
 * help with it. Service ids are checked against content/services by the
 * validator, not here, because a schema sees one file at a time.
 */
import { z } from 'astro/zod';
import {
  ALWAYS,
  checkTranslations,
  countryCode,
  distinctList,
  localizedText,
  slug,
  source,
  translationFields,
  verificationSchema,
  vocabularyList,
} from './common';
import { AUDIENCES } from './vocabularies';

/** One step of a pathway: what to do, and which services help. */
export const pathwayStepSchema = z.strictObject({
  title: localizedText,
  text: localizedText,
  /** Ids of services in the directory, in the order a person might try them. */
  services: distinctList(slug).default([]),
});

/** Who checked the pathway, when. A role or organisation, never a private person. */
export const pathwayVerificationSchema = verificationSchema.omit({ source: true });

/** A referral pathway. */
export const pathwaySchema = z
  .strictObject({
    id: slug,
    draft: z.boolean().default(false),
    /** Sample pathways written for the demo content say so on the page. */
    example: z.boolean().default(false),
    title: localizedText,
    summary: localizedText,
    audiences: vocabularyList(AUDIENCES, 1),
    country: countryCode,
    /** Key of a city in the country's file. */
    city: slug,
    steps: z.array(pathwayStepSchema).min(1),
    sources: z.array(source).min(1),
    verification: pathwayVerificationSchema,
    ...translationFields,
  })
  .superRefine((pathway, ctx) => {
    checkTranslations(pathway, ctx, { required: ['title', 'summary', 'steps[].title', 'steps[].text'] });
  }, ALWAYS);

/** A pathway entry as written in its file, after defaults are applied. */
export type Pathway = z.infer<typeof pathwaySchema>;
/** One step of a pathway. */
export type PathwayStep = z.infer<typeof pathwayStepSchema>;
