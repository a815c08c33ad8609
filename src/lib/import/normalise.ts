/**
 * Turns the words people write in spreadsheet cells into the values the
 * validator wants: vocabulary keys from labels and synonyms in three
 * languages, phones in international form, yes/no/unknown, decimal numbers
 * with a comma, opening hours only when they cannot be misread. Each
 * function says what it could not read, so the importer can report it.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { parseOpeningHours } from '../../schemas/services';
import type { Vocabulary } from '../../schemas/vocabularies';
import { LOCALES } from '../../schemas/locales';
import { fold } from './fold';

/** Terms found in a cell, and the words in it that name none. */
export interface TermsFound {
  keys: string[];
  unknown: string[];
}

/** A lookup of one vocabulary: folded phrase → key, longest phrases first. */
export type TermIndex = { phrase: string; key: string }[];

/** Indexes a vocabulary's labels in every language, its keys and the extra synonyms. */
export function termIndex(vocabulary: Vocabulary, synonyms: Partial<Record<string, string[]>> = {}): TermIndex {
  const entries: TermIndex = [];
  for (const [key, terms] of Object.entries(vocabulary)) {
    const phrases = [key.replace(/_/g, ' '), ...LOCALES.map((lang) => terms[lang].label), ...(synonyms[key] ?? [])];
    for (const phrase of phrases) {
      const folded = fold(phrase);
      if (folded) entries.push({ phrase: folded, key });
      // A label such as «Заместительная терапия (ОЗТ)» is also written without its bracket.
      const bare = fold(phrase.replace(/\([^)]*\)/g, ''));
      if (bare && bare !== folded) entries.push({ phrase: bare, key });
    }
  }
  return entries.sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Small words that join items of a list in a cell ("ОЗТ и ПОШ", "testiranje i savetovanje"). */
const JOINING_WORDS = new Set(['i', 'and', 'ili', 'or', 'a', 'takzhe', 'also', 'etc', 'itd', 'dr', 'pr']);

/**
 * Vocabulary keys named in a cell: "ОЗТ, лечение, ПОШ" → ost, drug_treatment, nsp.
 * Phrases are matched whole words only, longest first; what is left is `unknown`.
 */
export function findTerms(cell: string, index: TermIndex): TermsFound {
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[,;/\n•·|+]+/)) {
    let rest = ` ${fold(part)} `;
    for (const { phrase, key } of index) {
      if (!rest.includes(` ${phrase} `)) continue;
      rest = rest.split(` ${phrase} `).join('  ');
      if (!keys.includes(key)) keys.push(key);
    }
    const left = rest.split(' ').filter((word) => word && !JOINING_WORDS.has(word));
    if (left.length > 0) unknown.push(part.trim());
  }
  return { keys, unknown };
}

const YES = ['да', 'д', 'есть', 'yes', 'y', 'da', 'd', 'ima', 'true', '1', '+', '✓', 'x'];
const NO = ['нет', 'н', 'no', 'n', 'ne', 'nema', 'false', '0', '-', '—', '–'];
const UNKNOWN = [
  'неизвестно',
  'не знаю',
  'нет данных',
  '?',
  'nepoznato',
  'ne znam',
  'nema podataka',
  'unknown',
  "don't know",
  'n/a',
];

/** Reads yes/no/unknown in Russian, Serbian (both scripts) or English; undefined for an empty cell, "invalid" for anything else. */
export function yesNo(cell: string): 'yes' | 'no' | 'unknown' | 'invalid' | undefined {
  const value = cell.trim().toLowerCase().replace(/[.!]$/, '');
  if (!value) return undefined;
  const folded = fold(value);
  const is = (words: string[]) => words.includes(value) || words.some((word) => fold(word) && fold(word) === folded);
  if (is(YES)) return 'yes';
  if (is(NO)) return 'no';
  if (is(UNKNOWN)) return 'unknown';
  return 'invalid';
}

/** A number written with a decimal comma or point ("52,7876" or "52.7876"); undefined when it is not one. */
export function decimal(cell: string): number | undefined {
  const value = cell.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

/** Phones in a cell, each in international form with the country's code, and the parts that are not phone numbers. */
export function phones(cell: string, country: string): { numbers: string[]; unknown: string[] } {
  const numbers: string[] = [];
  const unknown: string[] = [];
  for (const part of cell
    .split(/[,;\n]|\s\/\s|\s{3,}/)
    .map((text) => text.trim())
    .filter(Boolean)) {
    const parsed = parsePhoneNumberFromString(part, country.toUpperCase() as CountryCode);
    if (parsed?.isValid()) numbers.push(parsed.formatInternational());
    else unknown.push(part);
  }
  return { numbers: [...new Set(numbers)], unknown };
}

/** The parser's warnings that only say a value was written in another notation, not that it had to be guessed. */
const NOTATION_ONLY = [
  /^Please use the English abbreviation/,
  /^Please use ":" as hour\/minute-separator/,
  /^Time range without minutes specified/,
];

/** Whether a range in a value ends before it starts ("09:00-05:00"): written without minutes, "9-5" may mean 9 to 17. */
function hasOvernightRange(value: string): boolean {
  return [...value.matchAll(/(\d\d):(\d\d)-(\d\d):(\d\d)/g)].some(
    (match) => `${match[3]}${match[4]}` <= `${match[1]}${match[2]}`,
  );
}

/**
 * Opening hours in OpenStreetMap syntax when the cell can only mean one
 * thing: «пн-пт 9-18» → "Mo-Fr 09:00-18:00". Local day names, missing
 * minutes and "9.00" are notation; a range written without minutes that
 * ends before it starts ("9-5"), or anything the parser guesses otherwise,
 * is ambiguous. The result passes the validator's own check.
 */
export function openingHours(
  cell: string,
  country: string,
): { value: string } | { problem: 'unreadable' | 'ambiguous' } {
  const parsed = parseOpeningHours(cell.trim(), country);
  if ('error' in parsed) return { problem: 'unreadable' };
  const guesses = parsed.warnings.filter((warning) => !NOTATION_ONLY.some((pattern) => pattern.test(warning)));
  const value = parsed.hours.prettifyValue();
  const withoutMinutes = parsed.warnings.some((warning) => NOTATION_ONLY[2]!.test(warning));
  if (guesses.length > 0 || (withoutMinutes && hasOvernightRange(value))) return { problem: 'ambiguous' };
  const again = parseOpeningHours(value, country);
  if ('error' in again || again.warnings.length > 0) return { problem: 'ambiguous' };
  return { value };
}

/** A web address with its scheme ("example.org" → "https://example.org"); undefined when it is not one. */
export function website(cell: string): string | undefined {
  const value = cell.trim();
  if (!value) return undefined;
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? withScheme : undefined;
  } catch {
    return undefined;
  }
}
