/**
 * Guides for members: Markdown, one file per language,
 * content/guides/<id>/<lang>.md, rendered on a page of their own.
 */
import { z } from 'astro/zod';
import { locale, slug, text } from './common';

/** Frontmatter of one language version of a guide. */
export const guideSchema = z.strictObject({
  /** Shared by all language versions; also the folder name. */
  id: slug,
  /** The language this file is written in; also the file name. */
  lang: locale,
  title: text,
  /** One sentence for the page description and links. */
  summary: text,
});

/** A guide's frontmatter. */
export type Guide = z.infer<typeof guideSchema>;
