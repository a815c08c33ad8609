/**
 * Astro's view of content/: each collection is filled by the validator's own
 * reading of its files (src/lib/validation/loader.ts), so the build and
 * `npm run validate` parse with one parser and give one verdict. The schemas
 * here give the entries their types. The validator also runs as a whole
 * before the build (src/integrations/content-validation.ts), with the checks
 * across collections.
 */
import { defineCollection } from 'astro:content';
import { validatedLoader } from './lib/validation/loader';
import {
  caseSchema,
  countrySchema,
  eventSchema,
  guideSchema,
  pathwaySchema,
  roundSchema,
  serviceSchema,
  statementSchema,
  tallySchema,
} from './schemas';

export const collections = {
  services: defineCollection({ loader: validatedLoader('services'), schema: serviceSchema }),
  countries: defineCollection({ loader: validatedLoader('countries'), schema: countrySchema }),
  // One file per language version: the id is "<statement id>/<lang>".
  statements: defineCollection({ loader: validatedLoader('statements'), schema: statementSchema }),
  cases: defineCollection({ loader: validatedLoader('cases'), schema: caseSchema }),
  // One file per language version: the id is "<guide id>/<lang>".
  guides: defineCollection({ loader: validatedLoader('guides'), schema: guideSchema }),
  pathways: defineCollection({ loader: validatedLoader('pathways'), schema: pathwaySchema }),
  rounds: defineCollection({ loader: validatedLoader('rounds'), schema: roundSchema }),
  // One file per service and round: the id is "<round>/<service>".
  tallies: defineCollection({ loader: validatedLoader('tallies'), schema: tallySchema }),
  events: defineCollection({ loader: validatedLoader('events'), schema: eventSchema }),
};
