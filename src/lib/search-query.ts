/**
 * Turning what a person typed into what the search index understands.
 * Serbian content is written in Latin script, but many people type Cyrillic;
 * Russian text may or may not use ё. Pagefind already folds ё and Latin
 * diacritics in the index (tests/browser/search.test.ts checks both ways);
 * the query is folded too so it never depends on that.
 */
import type { Locale } from '../schemas/locales';

/** Serbian Cyrillic letters and their Latin spelling (Vuk's alphabet ↔ Gaj's Latin), as `letter=latin` pairs. */
const SERBIAN_CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  'а=a б=b в=v г=g д=d ђ=đ е=e ж=ž з=z и=i ј=j к=k л=l љ=lj м=m н=n њ=nj о=o п=p р=r с=s т=t ћ=ć у=u ф=f х=h ц=c ч=č џ=dž ш=š'
    .split(' ')
    .map((pair) => pair.split('=')),
);

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Serbian Cyrillic text in Latin script. Capitals of digraphs become title
 * case (Љ → Lj), which is what search needs; letters outside the Serbian
 * alphabet are kept as they are.
 */
export function serbianToLatin(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = SERBIAN_CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) out += char;
    else if (lower === char) out += latin;
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * The query to send to the index of `locale`: trimmed, single-spaced, ё read
 * as е, and on Serbian pages Cyrillic turned into the Latin script the
 * content is written in.
 */
export function normaliseQuery(query: string, locale: Locale): string {
  let text = query.replace(/\s+/g, ' ').trim().replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (locale === 'sr' && CYRILLIC.test(text)) text = serbianToLatin(text);
  return text;
}
