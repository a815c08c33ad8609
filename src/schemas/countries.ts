/**
 * The country schema: one YAML file per country under content/countries/,
 * with the legal and practical context a person needs and the cities that
 * services and cases refer to.
 */
import { z } from 'astro/zod';
import {
  ALWAYS,
  checkTranslations,
  coordinates,
  countryCode,
  isoDay,
  localizedText,
  slug,
  source,
  timeZone,
  translationFields,
} from './common';
import { OST_MEDICINES } from './vocabularies';
import { helpLineSchema } from './help-lines';

const yesNoUnknown = z.enum(['yes', 'no', 'limited', 'unknown']);

/** A city that services and cases can name by its key. */
export const citySchema = z.strictObject({
  name: localizedText,
  coordinates,
  /** The city's own time zone, where the country spans several (Perm is two hours ahead of Moscow). */
  timezone: timeZone.optional(),
});

/** A country's context. */
export const countrySchema = z
  .strictObject({
    id: countryCode,
    name: localizedText,
    /** IANA time zone, used to tell whether a service is open now; a city may have its own. */
    timezone: timeZone,
    /** The country's bounding box, used to catch coordinates in the wrong place. */
    bounds: z.strictObject({
      south: z.number().min(-90).max(90),
      west: z.number().min(-180).max(180),
      north: z.number().min(-90).max(90),
      east: z.number().min(-180).max(180),
    }),
    cities: z.record(slug, citySchema),
    law: z.strictObject({
      drug_use: z.enum(['crime', 'administrative_offence', 'not_punished', 'unknown']),
      ost: yesNoUnknown,
      ost_medicines: z.array(z.enum(OST_MEDICINES)).default([]),
      naloxone_without_prescription: yesNoUnknown,
      nsp_legal: yesNoUnknown,
    }),
    summary: localizedText,
    details: localizedText.optional(),
    /** Country-level help lines, most urgent first (see help-lines.ts). */
    help_lines: z.array(helpLineSchema).default([]),
    sources: z.array(source).min(1),
    updated: isoDay,
    ...translationFields,
  })
  .superRefine((country, ctx) => {
    checkTranslations(country, ctx, {
      required: ['name', 'summary', 'cities{}.name'],
      optional: ['details', 'help_lines[].name', 'help_lines[].hours'],
    });
  }, ALWAYS);

/** A country entry. */
export type Country = z.infer<typeof countrySchema>;
/** A city of a country. */
export type City = z.infer<typeof citySchema>;
