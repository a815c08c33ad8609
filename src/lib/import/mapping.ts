/**
 * The column mapping of an import: which column of the sheet fills which
 * field of a service entry, the sheet's language, and the defaults for what
 * the sheet does not say. Written as a small YAML file; `starterMapping`
 * makes one from the sheet's header row, recognising headers in Russian,
 * Serbian (both scripts) and English.
 */
import { parse, stringify } from 'yaml';
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../../schemas/locales';
import type { SheetRow } from './read-sheet';
import { fold } from './fold';

/** The service fields a column can fill. */
export const IMPORT_FIELDS = [
  'id',
  'name',
  'description',
  'types',
  'country',
  'city',
  'address',
  'lat',
  'lon',
  'phones',
  'email',
  'website',
  'opening_hours',
  'cost',
  'anonymous',
  'narcology_register',
  'documents',
  'audiences',
  'eligibility',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Header words per field and language. A header matches a field when, folded
 * (see `fold`), it equals one of the words or starts with one; the longest
 * matching word wins, so «Описание услуг» is a description, not the offers.
 */
const HEADER_WORDS: Record<ImportField, Record<Locale, string[]>> = {
  id: { ru: ['id', 'идентификатор'], sr: ['id'], en: ['id', 'identifier'] },
  name: {
    ru: ['название', 'наименование', 'организация', 'учреждение', 'служба'],
    sr: ['naziv', 'ime', 'organizacija', 'ustanova', 'služba'],
    en: ['name', 'organisation', 'organization', 'provider', 'service name'],
  },
  description: { ru: ['описание', 'о службе'], sr: ['opis', 'o službi'], en: ['description', 'about'] },
  types: {
    ru: ['услуги', 'вид услуг', 'виды услуг', 'тип', 'что предлагают', 'направление работы'],
    sr: ['usluge', 'vrsta usluge', 'vrste usluga', 'tip', 'šta nude'],
    en: ['services', 'service type', 'type', 'types', 'offers', 'what they offer'],
  },
  country: { ru: ['страна'], sr: ['država', 'zemlja'], en: ['country'] },
  city: { ru: ['город', 'населенный пункт'], sr: ['grad', 'mesto', 'opština'], en: ['city', 'town'] },
  address: { ru: ['адрес'], sr: ['adresa'], en: ['address', 'street'] },
  lat: { ru: ['широта'], sr: ['geografska širina', 'širina'], en: ['latitude', 'lat'] },
  lon: { ru: ['долгота'], sr: ['geografska dužina', 'dužina'], en: ['longitude', 'lon', 'lng'] },
  phones: {
    ru: ['телефон', 'тел', 'телефоны'],
    sr: ['telefon', 'tel', 'telefoni'],
    en: ['phone', 'telephone', 'tel', 'phones'],
  },
  email: {
    ru: ['email', 'e mail', 'эл почта', 'электронная почта', 'почта'],
    sr: ['email', 'e mail', 'imejl', 'e pošta', 'elektronska pošta'],
    en: ['email', 'e mail'],
  },
  website: {
    ru: ['сайт', 'веб сайт'],
    sr: ['sajt', 'veb sajt', 'internet stranica'],
    en: ['website', 'web site', 'web', 'url'],
  },
  opening_hours: {
    ru: ['часы работы', 'время работы', 'график работы', 'режим работы', 'график'],
    sr: ['radno vreme', 'vreme rada'],
    en: ['opening hours', 'hours', 'open'],
  },
  cost: {
    ru: ['стоимость', 'цена', 'оплата', 'бесплатно'],
    sr: ['cena', 'plaćanje', 'besplatno'],
    en: ['cost', 'price', 'free'],
  },
  anonymous: { ru: ['анонимно', 'анонимность'], sr: ['anonimno', 'anonimnost'], en: ['anonymous', 'anonymity'] },
  narcology_register: {
    ru: ['учет', 'учёт', 'наркологический учет', 'постановка на учет'],
    sr: ['registar', 'evidencija', 'upis u registar'],
    en: ['register', 'drug register', 'registry'],
  },
  documents: {
    ru: ['документы', 'нужные документы'],
    sr: ['dokumenti', 'potrebni dokumenti'],
    en: ['documents', 'papers'],
  },
  audiences: {
    ru: ['для кого', 'целевая группа', 'клиенты'],
    sr: ['za koga', 'ciljna grupa', 'korisnici'],
    en: ['audience', 'who for', 'target group', 'clients'],
  },
  eligibility: { ru: ['условия', 'кому можно'], sr: ['uslovi'], en: ['eligibility', 'conditions'] },
};

const FOLDED_WORDS = Object.entries(HEADER_WORDS).flatMap(([field, byLang]) =>
  LOCALES.flatMap((lang) => byLang[lang].map((word) => ({ field: field as ImportField, lang, word: fold(word) }))),
);

/** The field a header names and the language its word belongs to, or undefined for a header the importer does not know. */
export function recogniseHeader(header: string): { field: ImportField; lang: Locale } | undefined {
  const folded = fold(header);
  if (!folded) return undefined;
  let best: { field: ImportField; lang: Locale; length: number } | undefined;
  for (const { field, lang, word } of FOLDED_WORDS) {
    const matches = folded === word || folded.startsWith(`${word} `);
    const length = folded === word ? Infinity : word.length;
    if (matches && (!best || length > best.length)) best = { field, lang, length };
  }
  return best && { field: best.field, lang: best.lang };
}

/** A mapping as read from its YAML file. */
export const mappingSchema = z.strictObject({
  /** Row number of the header row (1 = the sheet's first row). */
  header_row: z.int().min(1),
  /** The language the sheet's texts (names, descriptions, addresses) are written in. */
  language: z.enum(LOCALES),
  /** Country code for every row, when the sheet has no country column. */
  country: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  /** City key for every row, when the sheet has no city column. */
  city: z.string().optional(),
  /** Header text → field, or null for a column that is not imported. */
  columns: z.record(z.string(), z.enum(IMPORT_FIELDS).nullable()),
  /** Fields whose empty cells repeat the value above (what merged cells become in CSV). */
  fill_down: z.array(z.enum(IMPORT_FIELDS)).default([]),
  /** Cited as the source of every imported entry. */
  source: z.string().trim().min(1),
  /** Who compiled the sheet: a role or organisation, never a person. */
  by: z.string().trim().min(1),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** The first row in which at least two cells are headers the importer knows (title rows above it are skipped). */
export function findHeaderRow(rows: readonly SheetRow[]): SheetRow | undefined {
  return rows.slice(0, 30).find((row) => row.cells.filter((cell) => recogniseHeader(cell)).length >= 2);
}

/** The language most of the recognised headers are written in (English when nothing says otherwise). */
function headerLanguage(headers: readonly string[]): Locale {
  const votes: Record<Locale, number> = { ru: 0, sr: 0, en: 0 };
  for (const header of headers) {
    const folded = fold(header);
    for (const { lang, word } of FOLDED_WORDS) if (folded === word || folded.startsWith(`${word} `)) votes[lang] += 1;
  }
  return LOCALES.reduce((best, lang) => (votes[lang] > votes[best] ? lang : best), 'en' as Locale);
}

/** A starter mapping for a sheet, or undefined when no header row is found. */
export function starterMapping(rows: readonly SheetRow[], sheetName: string): Mapping | undefined {
  const header = findHeaderRow(rows);
  if (!header) return undefined;
  const headers = header.cells.filter(Boolean);
  const columns: Mapping['columns'] = {};
  for (const cell of headers) columns[cell] = recogniseHeader(cell)?.field ?? null;
  const fields = Object.values(columns);
  return {
    header_row: header.number,
    language: headerLanguage(headers),
    ...(fields.includes('country') ? {} : { country: 'xx' }),
    columns,
    fill_down: [],
    source: `Spreadsheet "${sheetName}"`,
    by: 'Import from a spreadsheet',
  };
}

/** A mapping as YAML, with a comment per setting, for the contributor to check and edit. */
export function mappingYaml(mapping: Mapping, comments: { intro: string; country: string; columns: string }): string {
  const body = stringify(mapping, { lineWidth: 0 })
    .replace(/^country: .*$/m, (line) => `${line} # ${comments.country}`)
    .replace(/^columns:$/m, (line) => `${line} # ${comments.columns}`);
  return `${comments.intro
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${body}`;
}

/** Parses a mapping file; returns the zod issues as plain lines when it is wrong. */
export function readMapping(text: string): { ok: true; mapping: Mapping } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, problems: [String((error as Error).message).split('\n')[0]!] };
  }
  const result = mappingSchema.safeParse(data);
  if (result.success) return { ok: true, mapping: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
  };
}
