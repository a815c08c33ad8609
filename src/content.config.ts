/**
 * Astro's view of content/: the same schemas the validator uses. The
 * validator runs first (see src/integrations/content-validation.ts), so a
 * contributor sees its plain-language messages rather than Astro's.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema, countrySchema, guideSchema, pathwaySchema, roundSchema, serviceSchema, statementSchema, tallySchema } from './schemas';

const byDataId = ({ data }: { data: Record<string, unknown> }) => String(data.id);

export const collections = {
  services: defineCollection({
    loader: glob({ base: './content/services', pattern: '**/*.yaml', generateId: byDataId }),
    schema: serviceSchema,
  }),
  countries: defineCollection({
    loader: glob({ base: './content/countries', pattern: '*.yaml', generateId: byDataId }),
    schema: countrySchema,
  }),
  statements: defineCollection({
    // One file per language version: the id is "<statement id>/<lang>".
    loader: glob({ base: './content/statements', pattern: '*/*.mdx' }),
    schema: statementSchema,
  }),
  cases: defineCollection({
    loader: glob({ base: './content/cases', pattern: '**/*.yaml', generateId: byDataId }),
    schema: caseSchema,
  }),
  guides: defineCollection({
    // One file per language version: the id is "<guide id>/<lang>".
    loader: glob({ base: './content/guides', pattern: '*/*.md' }),
    schema: guideSchema,
  }),
  pathways: defineCollection({
    loader: glob({ base: './content/pathways', pattern: '*.yaml', generateId: byDataId }),
    schema: pathwaySchema,
  }),
  rounds: defineCollection({
    loader: glob({ base: './content/rounds', pattern: '*.yaml', generateId: byDataId }),
    schema: roundSchema,
  }),
  tallies: defineCollection({
    // One file per service and round: the id is "<round>/<service>".
    loader: glob({ base: './content/tallies', pattern: '*/*.yaml', generateId: ({ data }) => `${String(data.round)}/${String(data.service)}` }),
    schema: tallySchema,
  }),
};
