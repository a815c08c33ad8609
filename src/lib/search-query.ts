/**
 * Turning what a person typed into what the search index understands, and
 * its answers into the page's edition. Serbian content is written in Latin
 * script, but many people type Cyrillic; Russian text may or may not use ё.
 * Pagefind already folds ё and Latin diacritics in the index
 * (tests/browser/search.test.ts checks both ways); the query is folded too so
 * it never depends on that. The Serbian Cyrillic edition has no index of its
 * own: it searches the Serbian (Latin) one and shows the answers in Cyrillic.
 */
import type { Locale } from '../schemas/locales';
import { serbianToCyrillic, serbianToLatin } from './transliterate';

export { serbianToLatin };

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * The query to send to the index of `locale`: trimmed, single-spaced, ё read
 * as е, and on Serbian pages (both editions) in Latin script, the script of
 * the Serbian index, whichever script the person typed in.
 */
export function normaliseQuery(query: string, locale: Locale): string {
  let text = query.replace(/\s+/g, ' ').trim().replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (locale === 'sr' && CYRILLIC.test(text)) text = serbianToLatin(text);
  return text;
}

/** URL prefixes of the Serbian Latin pages and of their Cyrillic twins, e.g. `/sr/` and `/sr-cyrl/`. */
export interface CyrillicEdition {
  from: string;
  to: string;
}

/** A search result: its page and Pagefind's metadata (`title`, `type`, `type_label`, `city`). */
export interface ResultLink {
  url: string;
  meta: Record<string, string | undefined>;
}

/** Metadata shown to people; `type` is a code for styling and stays as it is. */
const SHOWN_META = ['title', 'type_label', 'city'];

/**
 * A result from the Serbian index as the Cyrillic edition shows it: the
 * Cyrillic twin of its page, and its title, type and city in Cyrillic. The
 * excerpt is left to the caller, which spells the text between its
 * highlights with `serbianToCyrillic`.
 */
export function inCyrillicEdition<T extends ResultLink>(result: T, edition: CyrillicEdition): T {
  const url = result.url.startsWith(edition.from) ? edition.to + result.url.slice(edition.from.length) : result.url;
  const meta = Object.fromEntries(
    Object.entries(result.meta).map(([key, value]) => [
      key,
      value && SHOWN_META.includes(key) ? serbianToCyrillic(value) : value,
    ]),
  );
  return { ...result, url, meta };
}
