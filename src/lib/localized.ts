/**
 * Picking the text of a translatable field for the page's language, and
 * falling back to the original language — visibly — when it is missing.
 */
import type { Locale } from '../schemas/locales';
import { LOCALES } from '../schemas/locales';

/** A translatable field as stored: text per content language, some possibly missing. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** The text chosen for a page and whether it is a fallback. */
export interface PickedText {
  text: string;
  /** The language the text is actually in (for the `lang` attribute). */
  lang: Locale;
  /** True when the page's language had no text and another language is shown. */
  fallback: boolean;
}

/**
 * The text of `value` in `locale`, else in `original`, else in any language.
 * Returns undefined only when the field has no text at all.
 */
export function pick(
  value: LocalizedText | undefined,
  locale: Locale,
  original: Locale = 'ru',
): PickedText | undefined {
  if (!value) return undefined;
  const own = value[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  for (const lang of [original, ...LOCALES]) {
    const text = value[lang];
    if (text) return { text, lang, fallback: true };
  }
  return undefined;
}

/** Just the string of `pick`, for attributes and sorting; empty when there is no text. */
export function pickText(value: LocalizedText | undefined, locale: Locale, original: Locale = 'ru'): string {
  return pick(value, locale, original)?.text ?? '';
}

/** Splits plain text into paragraphs at blank lines, for rendering YAML descriptions. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
