/**
 * The site's four editions as a person chooses them: the three locales and
 * the Serbian Cyrillic copy of the Serbian pages, written after the build.
 * Tests that must hold "in every edition" loop over `EDITIONS`.
 */
import { DICTIONARIES, type UiKey } from '../../src/i18n';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { SITE } from '../../src/site.config';

export const EDITIONS = ['ru', 'sr', 'en', 'sr-cyrl'] as const;
export type Edition = (typeof EDITIONS)[number];

/** A page's address in an edition; `base` is the site's path prefix (a fixture build has none). */
export function editionUrl(edition: Edition, path: string, base: string = SITE.base): string {
  return `${base}/${edition}/${path ? `${path}/` : ''}`;
}

/** A UI string (without plural forms) as the edition shows it: the Cyrillic edition transliterates the Serbian one. */
export function editionText(edition: Edition, key: UiKey): string {
  const locale = edition === 'sr-cyrl' ? 'sr' : edition;
  const text = DICTIONARIES[locale][key];
  if (typeof text !== 'string') throw new Error(`${key} has plural forms: format it with a count`);
  return edition === 'sr-cyrl' ? serbianToCyrillic(text) : text;
}
