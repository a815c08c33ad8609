/**
 * Serbian between its two scripts. Serbian content is written once, in Latin
 * script; the Cyrillic edition of the site (/sr-cyrl/) is derived from it
 * after the build, and search turns Cyrillic queries into Latin.
 *
 * Latin → Cyrillic is not a letter-for-letter table: lj, nj and dž are usually
 * one letter (љ, њ, џ) but are two in a few words where a prefix meets a stem
 * (injekcija → инјекција, nadživeti → надживети). Web addresses, e-mail
 * addresses, file paths, code-like tokens, brand names and international
 * acronyms stay in Latin, as Serbian Cyrillic texts print them.
 *
 * No npm package fitted: the ones checked (serbian-transliteration,
 * cyrillic-to-latin, transliteration) map letters only, with no digraph
 * exceptions and no protection for addresses or acronyms.
 */

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
};

const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/**
 * Word beginnings in which l+j, n+j or d+ž are two letters, with `|` where
 * the prefix ends. Matched case-insensitively at the start of a word, so
 * every inflected form is covered (injekcije, nadživela, podžanrovi).
 */
export const DIGRAPH_EXCEPTIONS: readonly string[] = [
  'in|jekc',
  'in|jekt',
  'kon|jug',
  'kon|junk',
  'kon|jekt',
  'van|jez',
  'van|jug',
  'tan|jug',
  'nad|živ',
  'nad|žnj',
  'od|živ',
  'od|žvak',
  'od|žal',
  'pod|žanr',
  'pod|želud',
  'pod|žup',
  'pred|želud',
];

const EXCEPTIONS = DIGRAPH_EXCEPTIONS.map((entry) => ({
  stem: entry.replace('|', ''),
  boundary: entry.indexOf('|'),
}));

/**
 * Capitalised abbreviations that Serbian Cyrillic spells in Cyrillic
 * (HIV → ХИВ). Any other all-capitals word of up to five letters is taken for
 * an international acronym or a name (ENPUD, UNODC, PDF) and kept in Latin.
 */
export const SERBIAN_ACRONYMS: ReadonlySet<string> = new Set([
  'HIV',
  'SIDA',
  'NVO',
  'OST',
  'ART',
  'MUP',
  'EU',
  'UN',
  'SAD',
  'RFZO',
  'CSR',
]);

/** Characters that exist in Serbian Latin script (lower case). */
const SERBIAN_LATIN = /^[a-pr-vzčćđšž]+$/;

/** Runs that are never words: addresses, e-mails, paths, tokens mixing letters and digits. */
const PROTECTED = new RegExp(
  [
    String.raw`(?:https?|ftp|mailto|tel):\S+`,
    String.raw`www\.\S+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // domain names and file names: letters, a dot, letters, with no space after the dot
    String.raw`[\p{L}\d_-]+(?:\.[\p{L}\d_-]+)*\.[A-Za-z]{2,}\b(?:\/\S*)?`,
    // paths: starting with / or ./, or with two or more slashes
    String.raw`\.{0,2}\/[\w.-]+(?:\/[\w.-]*)*`,
    String.raw`[\w.-]+\/[\w.-]+\/[\w./-]*`,
    // code in backticks (an id to type, such as `belgrade-drop-in`): written as it must be typed
    '`[^`\\s]+`',
    // placeholders of message templates ({name}, {{count}})
    String.raw`\{\{?\w+\}?\}`,
    // letters and digits glued together (H2O, A4, 24h, v1)
    String.raw`[\p{L}\d]*(?:\p{L}\d|\d\p{L})[\p{L}\d]*`,
  ].join('|'),
  'gu',
);

/** A word, or words joined by hyphens (HIV-a, Wi-Fi, e-pošta), which keep or change script together. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu;

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether a word must stay in Latin script. */
function keepsLatin(word: string): boolean {
  const lower = word.toLowerCase();
  if (!SERBIAN_LATIN.test(lower)) return true; // q, w, x, y, ä, é…: a foreign word
  const letters = [...word];
  const allCaps = letters.length > 1 && letters.every(isUpper);
  if (allCaps) {
    if (SERBIAN_ACRONYMS.has(word)) return false;
    return letters.length <= 5 && !/[ČĆĐŠŽ]/.test(word);
  }
  // An upper-case letter after the first one: a brand name (WhatsApp, GitHub).
  return letters.slice(1).some(isUpper);
}

/** Index (in the lower-cased word) of a digraph that must be split, or -1. */
function splitDigraphAt(lower: string): number {
  for (const { stem, boundary } of EXCEPTIONS) {
    if (lower.startsWith(stem)) return boundary - 1;
  }
  return -1;
}

function wordToCyrillic(word: string): string {
  if (keepsLatin(word)) return word;
  const lower = word.toLowerCase();
  const split = splitDigraphAt(lower);
  const allCaps = [...word].every(isUpper);
  let out = '';
  for (let index = 0; index < lower.length;) {
    const pair = lower.slice(index, index + 2);
    const isDigraph = (pair === 'lj' || pair === 'nj' || pair === 'dž') && index !== split;
    const latin = isDigraph ? pair : lower[index]!;
    const cyrillic = LATIN_TO_CYRILLIC[latin]!;
    out += isUpper(word[index]!) || (allCaps && isDigraph) ? cyrillic.toUpperCase() : cyrillic;
    index += latin.length;
  }
  return out;
}

/** Converted words, kept because the same words recur on every page (a build converts thousands). */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 100_000;

function compoundToCyrillic(compound: string): string {
  let converted = wordCache.get(compound);
  if (converted === undefined) {
    const parts = compound.split('-');
    converted = parts.some(keepsLatin) ? compound : parts.map(wordToCyrillic).join('-');
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(compound, converted);
  }
  return converted;
}

function wordsToCyrillic(text: string): string {
  return text.replace(WORD, compoundToCyrillic);
}

/** Characters without which a run of text cannot hold an address, a path or a letter-digit token. */
const MAY_BE_PROTECTED = /[@:/.{\d`]/;

function tokenToCyrillic(token: string): string {
  if (!MAY_BE_PROTECTED.test(token)) return wordsToCyrillic(token);
  let out = '';
  let last = 0;
  for (const match of token.matchAll(PROTECTED)) {
    out += wordsToCyrillic(token.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + wordsToCyrillic(token.slice(last));
}

/** Any letter of the Serbian Latin alphabet or of English: without one, there is nothing to convert. */
const HAS_LATIN = /[A-Za-zČĆĐŠŽčćđšž]/;

/** Converted texts (see serbianToCyrillic); emptied past the limit, so texts met once cannot pile up. */
const textCache = new Map<string, string>();
const TEXT_CACHE_LIMIT = 20_000;

/**
 * Serbian Latin text in Serbian Cyrillic script. Addresses, e-mails, paths,
 * code-like tokens, foreign and brand names and international acronyms are
 * kept as they are.
 */
export function serbianToCyrillic(text: string): string {
  if (!HAS_LATIN.test(text)) return text;
  // Header, navigation, footer and labels repeat on every page of the edition: each text is converted once.
  let converted = textCache.get(text);
  if (converted === undefined) {
    // Addresses and paths never contain spaces, so each space-separated token is judged on its own.
    converted = text.normalize('NFC').replace(/\S+/g, tokenToCyrillic);
    if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
    textCache.set(text, converted);
  }
  return converted;
}

/**
 * Every string in a JSON-like value (nested objects and arrays) in Serbian
 * Cyrillic: for texts a script reads from a data-* attribute, which the
 * Cyrillic edition copies unchanged.
 */
export function stringsToCyrillic<T>(value: T): T {
  if (typeof value === 'string') return serbianToCyrillic(value) as T;
  if (Array.isArray(value)) return value.map(stringsToCyrillic) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stringsToCyrillic(item)])) as T;
  }
  return value;
}

/**
 * Serbian Cyrillic text in Latin script, e.g. a search query typed in
 * Cyrillic on a site whose Serbian content is in Latin. A capital digraph
 * letter is written Lj/Nj/Dž, or LJ/NJ/DŽ inside a word in capitals; letters
 * outside the Serbian alphabet (Russian ы, э…) are kept.
 */
export function serbianToLatin(text: string): string {
  const chars = [...text];
  const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase();
  let out = '';
  chars.forEach((char, index) => {
    const lower = char.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) out += char;
    else if (lower === char) out += latin;
    else {
      // The next letter of the word tells whether the word is in capitals; at its end, the previous one.
      const next = chars[index + 1];
      const neighbour = isLetter(next) ? next! : chars[index - 1];
      const inCapitals = isLetter(neighbour) && isUpper(neighbour!);
      out += inCapitals ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
    }
  });
  return out;
}
