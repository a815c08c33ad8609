/**
 * The languages content is written in. Serbian content is written in Latin
 * script; the Cyrillic edition is derived from it, so it is not a content locale.
 */
export const LOCALES = ['ru', 'sr', 'en'] as const;

/** A content language: Russian, Serbian (Latin script) or English. */
export type Locale = (typeof LOCALES)[number];

/** English is the fallback for UI strings and the language of validator messages. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Type guard for a string that names one of the content languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The name of each language written in that language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ru: 'Русский',
  sr: 'Srpski',
  en: 'English',
};
