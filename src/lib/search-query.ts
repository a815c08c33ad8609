/**
 * Turning what a person typed into what the search index understands.
 * Serbian content is written in Latin script, but many people type Cyrillic;
 * Russian text may or may not use ё. Pagefind already folds ё and Latin
 * diacritics in the index (tests/browser/search.test.ts checks both ways);
 * the query is folded too so it never depends on that.
 */
import type { Locale } from '../schemas/locales';
import { serbianToCyrillic, serbianToLatin } from './transliterate';

export { serbianToLatin };

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * The query to send to the index of `locale`: trimmed, single-spaced, ё read
 * as е, and on Serbian pages turned into the script the page's index is in —
 * Latin for /sr/, Cyrillic for the derived /sr-cyrl/ edition (`script`
 * 'Cyrl'), whichever script the person typed in.
 */
export function normaliseQuery(query: string, locale: Locale, script: 'Latn' | 'Cyrl' = 'Latn'): string {
  let text = query.replace(/\s+/g, ' ').trim().replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (locale === 'sr' && script === 'Cyrl') text = serbianToCyrillic(text);
  else if (locale === 'sr' && CYRILLIC.test(text)) text = serbianToLatin(text);
  return text;
}
