/**
 * Building blocks shared by every content schema. Each carries an `expected`
 * key in its metadata, so the error formatter can say in plain words what a
 * field should look like (see `src/schemas/format.ts`).
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from './locales';
import { keysOf, type Vocabulary } from './vocabularies';

/** Metadata the error formatter reads: a key into its table of plain-language descriptions. */
export interface FieldMeta {
  expected?: string;
}

/** Lower-case letters, digits and hyphens: an entry id or a city key. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ expected: 'slug' });

/** Two-letter ISO 3166 country code in lower case, matching a file in content/countries. */
export const countryCode = z
  .string()
  .regex(/^[a-z]{2}$/)
  .meta({ expected: 'country_code' });

function dateToIsoDay(value: unknown): unknown {
  // YAML parsers differ: Astro's turns unquoted dates into Date objects, ours keeps strings.
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar day written `YYYY-MM-DD`; always a string after parsing. A value
 * not written that way gets one message (the pattern), not also "not in the calendar".
 */
export const isoDay = z.preprocess(
  dateToIsoDay,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true })
    .refine(isRealDay, { message: 'date.not_real' })
    .meta({ expected: 'date' }),
);

/** Whether the runtime's time-zone database knows `name` (browsers share the same IANA list). */
function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone, such as "Europe/Minsk": what "open now" and event times are reckoned in. */
export const timeZone = z
  .string()
  .regex(/^[A-Za-z]+(?:\/[A-Za-z_-]+)+$/, { abort: true })
  .refine(isKnownTimeZone, { message: 'timezone.unknown' })
  .meta({ expected: 'timezone' });

/** A day (`YYYY-MM-DD`) or a month (`YYYY-MM`), for events only known to the month. */
export const isoDayOrMonth = z.preprocess(
  dateToIsoDay,
  z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { abort: true })
    .refine((value) => isRealDay(value.length === 7 ? `${value}-01` : value), { message: 'date.not_real' })
    .meta({ expected: 'date_or_month' }),
);

/** Whether a web address carries a user name or password (`https://user:pass@host/`), which must never be published. */
export function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/** A web address starting with https:// or http://, without a user name or password in it. */
export const webUrl = z
  .url({ protocol: /^https?$/ })
  .refine((value) => !hasCredentials(value), { message: 'url.credentials' })
  .meta({ expected: 'url' });

/** A non-empty piece of text. */
export const text = z.string().trim().min(1).meta({ expected: 'text' });

/** Text in some of the content languages; which ones must be present is checked per entry. */
export const localizedText = z
  .strictObject({ ru: text.optional(), sr: text.optional(), en: text.optional() })
  .meta({ expected: 'localized' });

/** One of the content languages. */
export const locale = z.enum(LOCALES).meta({ expected: 'locale' });

/** A value from one of the controlled vocabularies in `vocabularies.ts`. */
export function vocabulary<V extends Vocabulary>(terms: V) {
  return z.enum(keysOf(terms));
}

/** A list of at least `min` items in which no value appears twice. */
export function distinctList<T extends z.ZodType>(item: T, min = 0) {
  return z
    .array(item)
    .min(min)
    .refine((values) => new Set(values).size === values.length, { message: 'list.duplicate' });
}

/** A list of distinct vocabulary values with at least `min` items. */
export function vocabularyList<V extends Vocabulary>(terms: V, min = 0) {
  return distinctList(vocabulary(terms), min);
}

/** A point on the map in decimal degrees (WGS 84), e.g. `{ lat: 52.79, lon: 27.54 }`. */
export const coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Whether `tag` is a well-formed BCP 47 language tag, as the runtime's `Intl` reads it. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as "ru", "sr", "sr-Latn" or "en": the language a document is written in. */
export const languageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { abort: true })
  .refine(isLanguageTag, { message: 'language_tag.unknown' })
  .meta({ expected: 'language_tag' });

/** The year a document was published, written with four digits. */
export const year = z.number().int().min(1000).max(2999).meta({ expected: 'year' });

/**
 * Where a fact comes from, cited as a reader would cite it: the document's
 * own title (in its own language), who wrote or published it, the year, the
 * language it is written in and, when public, a link. Only the title is
 * required: a field the document does not give is left out, never guessed.
 */
export const source = z.strictObject({
  /** The document's title as the document gives it. */
  title: text,
  /** The author or publisher (an organisation or a group, never a private person's name). */
  author: text.optional(),
  year: year.optional(),
  /** The language of the document (and so of its title), e.g. "ru"; the page marks the title with it. */
  language: languageTag.optional(),
  url: webUrl.optional(),
});

/** A cited source, as the schema gives it after parsing. */
export type Source = z.infer<typeof source>;

/** Who checked an entry, when, against what. */
export const verificationSchema = z.strictObject({
  status: z.enum(['verified', 'unverified']),
  /** The day the facts were last checked. */
  date: isoDay,
  /** A role or organisation, never a private person's name. */
  by: text,
  source: source,
});

/** Fields every translatable entry has: its original language and the translations still missing. */
export const translationFields = {
  original_language: locale,
  untranslated: z.array(locale).default([]),
};

/**
 * Options for an entry's own cross-field checks: run them even when some
 * field already failed, so a contributor sees every problem in one run.
 * Such checks must not trust the types of the data they read.
 */
export const ALWAYS = { when: () => true } as const;

/** A path into an entry, with `[]` for "every item of this list" and `{}` for "every value of this map". */
type FieldPath = string;

function valuesAt(data: unknown, path: FieldPath): { value: unknown; path: (string | number)[] }[] {
  let current: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  for (const part of path.split('.')) {
    const next: typeof current = [];
    const isList = part.endsWith('[]');
    const isMap = part.endsWith('{}');
    const key = isList || isMap ? part.slice(0, -2) : part;
    for (const { value, path: at } of current) {
      if (value === null || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined || child === null) continue;
      if (isList) {
        if (Array.isArray(child)) child.forEach((item, index) => next.push({ value: item, path: [...at, key, index] }));
      } else if (isMap) {
        for (const [name, item] of Object.entries(child)) next.push({ value: item, path: [...at, key, name] });
      } else {
        next.push({ value: child, path: [...at, key] });
      }
    }
    current = next;
  }
  return current;
}

/**
 * Adds issues for translatable fields whose text is missing in a language
 * that the entry does not list under `untranslated`, and for an original
 * language that has no text at all. `required` fields must exist; the others
 * are checked only when present.
 */
export function checkTranslations(
  data: { original_language: Locale; untranslated: Locale[] },
  ctx: z.RefinementCtx,
  fields: { required?: FieldPath[]; optional?: FieldPath[] },
): void {
  // Runs even on data that failed other checks: read it defensively.
  const untranslated: unknown[] = Array.isArray(data.untranslated) ? data.untranslated : [];
  if (!LOCALES.includes(data.original_language)) return;
  if (untranslated.includes(data.original_language)) {
    ctx.addIssue({ code: 'custom', path: ['untranslated'], message: 'translation.original_untranslated' });
  }
  for (const field of [...(fields.required ?? []), ...(fields.optional ?? [])]) {
    for (const { value, path } of valuesAt(data, field)) {
      if (value === null || typeof value !== 'object') continue;
      const texts = value as Partial<Record<Locale, string>>;
      for (const lang of LOCALES) {
        if (texts[lang]) continue;
        if (lang === data.original_language) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, lang],
            message: 'translation.original_missing',
            params: { lang },
          });
        } else if (!untranslated.includes(lang)) {
          ctx.addIssue({ code: 'custom', path: [...path, lang], message: 'translation.missing', params: { lang } });
        }
      }
    }
  }
}
