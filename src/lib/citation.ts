/**
 * "Cite this" for statements: the same facts — who, when, what, where — in
 * an APA-like reference and in a plain sentence a journalist can paste into
 * an article. Pure functions; the statement page passes the organisation's
 * name in the page's language.
 */
import type { Locale } from '../schemas/locales';
import { formatDate } from './dates';
import { dateTimeFormat } from './intl';

/** What a citation is built from. */
export interface CitationSource {
  /** The organisation that published it (never a person). */
  author: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Absolute permalink. */
  url: string;
  /** Kind of document in the citation's language, e.g. "Statement". */
  medium: string;
  locale: Locale;
}

/** Opening and closing quotation marks as each language writes them. */
export const QUOTES: Record<Locale, [string, string]> = {
  ru: ['«', '»'],
  sr: ['„', '”'],
  en: ['“', '”'],
};

// APA writes the month before the day in English; ru and sr put the day first.
const APA_DATE_LOCALE: Record<Locale, string> = { ru: 'ru-RU', sr: 'sr-Latn-RS', en: 'en-US' };

/** Ends a reference element with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * An APA-style reference:
 * `Network. (2026, March 1). Title [Statement]. https://…`
 */
export function apaCitation(source: CitationSource): string {
  const [year, month, day] = source.date.split('-').map(Number) as [number, number, number];
  const monthDay = dateTimeFormat(APA_DATE_LOCALE[source.locale], {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
  const title = source.title.trim().replace(/[.]$/, '');
  return `${sentence(source.author)} (${year}, ${monthDay}). ${title} [${source.medium}]. ${source.url}`;
}

/**
 * A plain reference in the language's own quotation marks:
 * `Network, “Title”, 1 March 2026. https://…`
 */
export function plainCitation(source: CitationSource): string {
  const [open, close] = QUOTES[source.locale];
  // Russian dates end in "г." already; `sentence` adds a full stop only where there is none.
  return `${sentence(`${source.author.trim()}, ${open}${source.title.trim()}${close}, ${formatDate(source.date, source.locale)}`)} ${source.url}`;
}
