/**
 * The statement schema: frontmatter of one Markdown file per language version,
 * content/statements/<id>/<lang>.md. Versions of one statement share its id.
 */
import { z } from 'astro/zod';
import { isoDay, locale, slug, source, text, vocabularyList, webUrl } from './common';
import { STATEMENT_TOPICS } from './vocabularies';

/** Frontmatter of one language version of a position statement. */
export const statementSchema = z.strictObject({
  /** Shared by all language versions; also the folder name. */
  id: slug,
  /** The language this file is written in; also the file name. */
  lang: locale,
  draft: z.boolean().default(false),
  date: isoDay,
  /** Set when the statement was corrected after publication. */
  updated: isoDay.optional(),
  title: text,
  summary: text,
  topics: vocabularyList(STATEMENT_TOPICS, 1),
  /** Organisations that endorse the statement — organisations only, never private people. */
  endorsements: z.array(text).default([]),
  original_language: locale,
  /** On the original version: languages with no version yet, so the site shows the original there. */
  untranslated: z.array(locale).default([]),
  /** What the statement answers: a resolution, a law, a publication. */
  responds_to: source.extend({ date: isoDay.optional() }).optional(),
  /** A PDF version under public/, e.g. /files/statements/2018-perm.pdf. */
  pdf: z
    .string()
    .regex(/^\/[\w./-]+\.pdf$/)
    .meta({ expected: 'pdf_path' })
    .optional(),
  /** Sources the statement relies on. */
  sources: z.array(source).default([]),
  /** Canonical link to an external copy, if the statement was first published elsewhere. */
  external_url: webUrl.optional(),
});

/** A statement's frontmatter. */
export type Statement = z.infer<typeof statementSchema>;
