/**
 * What still waits for a translation: entries whose text is missing in a
 * language (listed under `untranslated`, or a statement without a version in
 * it) and UI strings a dictionary lacks or has left in English. Feeds
 * `npm run translations` and the contribute/translations page, so bilingual
 * members can see where to help.
 */
import type { MessageTemplate } from '../i18n/format';
import type { RightsCase } from '../schemas/cases';
import type { Country } from '../schemas/countries';
import { LOCALES, type Locale } from '../schemas/locales';
import type { Pathway } from '../schemas/pathways';
import type { Service } from '../schemas/services';
import type { Statement } from '../schemas/statements';
import { pickText, type LocalizedText } from './localized';
import { PAGES } from './routes';
import { serviceFile } from './services';

/** The kinds of entry that carry translatable text. */
export type EntryKind = 'service' | 'country' | 'case' | 'pathway' | 'statement';

/** One entry as the translation report sees it. */
export interface TranslationSubject {
  kind: EntryKind;
  id: string;
  /** Repository path of the file to edit (for statements: the original version). */
  file: string;
  /** Title or name per language, to show in lists. */
  title: LocalizedText;
  originalLanguage: Locale;
  /** Languages the entry declares as not yet translated. */
  untranslated: Locale[];
  /** The parsed entry, to find the fields that lack a language (YAML entries). */
  data?: unknown;
  /** Languages that have a version (statements, one file per language). */
  versions?: Locale[];
}

/** Statements grouped by id, one subject per statement. */
export function statementSubjects(versions: Statement[]): TranslationSubject[] {
  const groups = new Map<string, Statement[]>();
  for (const version of versions) groups.set(version.id, [...(groups.get(version.id) ?? []), version]);
  return [...groups.values()].map(statementSubject);
}

/** Every entry of a content set as translation subjects. */
export function contentSubjects(content: {
  services: Service[];
  countries: Country[];
  statements: Statement[];
  cases: RightsCase[];
  pathways: Pathway[];
}): TranslationSubject[] {
  return [
    ...content.services.map(serviceSubject),
    ...content.countries.map(countrySubject),
    ...statementSubjects(content.statements),
    ...content.cases.map(caseSubject),
    ...content.pathways.map(pathwaySubject),
  ];
}

/** An entry that waits for a translation into one language. */
export interface AwaitingTranslation {
  subject: TranslationSubject;
  /** Fields without text in that language, e.g. `description` or `phones[0].note`; for a statement, the missing version. */
  fields: string[];
}

/** The service as a translation subject. */
export function serviceSubject(service: Service): TranslationSubject {
  return {
    kind: 'service',
    id: service.id,
    file: serviceFile(service),
    title: service.name,
    originalLanguage: service.original_language,
    untranslated: service.untranslated,
    data: service,
  };
}

/** The country as a translation subject. */
export function countrySubject(country: Country): TranslationSubject {
  return {
    kind: 'country',
    id: country.id,
    file: `content/countries/${country.id}.yaml`,
    title: country.name,
    originalLanguage: country.original_language,
    untranslated: country.untranslated,
    data: country,
  };
}

/** The rights case as a translation subject. */
export function caseSubject(entry: RightsCase): TranslationSubject {
  return {
    kind: 'case',
    id: entry.id,
    file: `content/cases/${entry.country}/${entry.id}.yaml`,
    title: entry.title,
    originalLanguage: entry.original_language,
    untranslated: entry.untranslated,
    data: entry,
  };
}

/** The pathway as a translation subject. */
export function pathwaySubject(pathway: Pathway): TranslationSubject {
  return {
    kind: 'pathway',
    id: pathway.id,
    file: `content/pathways/${pathway.id}.yaml`,
    title: pathway.title,
    originalLanguage: pathway.original_language,
    untranslated: pathway.untranslated,
    data: pathway,
  };
}

/** A statement, given all its language versions, as a translation subject. */
export function statementSubject(versions: Statement[]): TranslationSubject {
  const original = versions.find((version) => version.lang === version.original_language) ?? versions[0]!;
  return {
    kind: 'statement',
    id: original.id,
    file: `content/statements/${original.id}/${original.lang}.md`,
    title: Object.fromEntries(versions.map((version) => [version.lang, version.title])),
    originalLanguage: original.original_language,
    untranslated: original.untranslated,
    versions: versions.map((version) => version.lang),
  };
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(
      ([key, text]) => (LOCALES as readonly string[]).includes(key) && (text === undefined || typeof text === 'string'),
    )
  );
}

/** Paths of the translatable fields of `data` that have no text in `locale`. */
export function fieldsMissing(data: unknown, locale: Locale, path = ''): string[] {
  if (isLocalizedText(data)) return data[locale]?.trim() ? [] : [path];
  if (Array.isArray(data)) return data.flatMap((item, index) => fieldsMissing(item, locale, `${path}[${index}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => fieldsMissing(value, locale, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The entries that wait for a translation into `locale`: a statement without
 * a version in it, or an entry with a translatable field lacking its text.
 */
export function awaitingTranslation(subjects: TranslationSubject[], locale: Locale): AwaitingTranslation[] {
  return subjects.flatMap((subject) => {
    if (subject.versions) {
      return subject.versions.includes(locale) ? [] : [{ subject, fields: [`${locale}.md`] }];
    }
    const fields = fieldsMissing(subject.data, locale);
    return fields.length > 0 || subject.untranslated.includes(locale) ? [{ subject, fields }] : [];
  });
}

/** UI strings of one dictionary that still need work. */
export interface UiGaps {
  /** Keys the reference dictionary has and this one lacks or leaves empty. */
  missing: string[];
  /** Keys whose text is the same as in the reference: probably never translated. */
  possiblyUntranslated: string[];
}

/**
 * Shorter strings are often the same in every language (OST, PDF,
 * Telegram), so only longer ones identical to the reference are flagged.
 */
const MIN_LETTERS_TO_FLAG = 5;

/** Compares a dictionary against the reference (English) one. */
export function uiGaps(
  dictionary: Record<string, MessageTemplate>,
  reference: Record<string, MessageTemplate>,
): UiGaps {
  const missing: string[] = [];
  const possiblyUntranslated: string[] = [];
  // A message with plural forms is compared by its general form.
  const textOf = (template: MessageTemplate | undefined) =>
    template === undefined || typeof template === 'string' ? template : template.other;
  for (const [key, template] of Object.entries(reference)) {
    const english = textOf(template)!;
    const text = textOf(dictionary[key]);
    if (text === undefined || text.trim() === '') missing.push(key);
    else if (text === english && (english.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS_TO_FLAG)
      possiblyUntranslated.push(key);
  }
  return { missing, possiblyUntranslated };
}

/** Everything still untranslated in one language. */
export interface LocaleTranslationStatus {
  locale: Locale;
  entries: AwaitingTranslation[];
  ui: UiGaps;
}

/**
 * The translation status of every content language: entries waiting for it
 * (sorted by kind, then id) and its UI dictionary's gaps against English.
 */
export function translationStatus(
  subjects: TranslationSubject[],
  dictionaries: Record<Locale, Record<string, MessageTemplate>>,
  locales: readonly Locale[] = LOCALES,
): LocaleTranslationStatus[] {
  const kinds: EntryKind[] = ['service', 'country', 'statement', 'case', 'pathway'];
  const sorted = [...subjects].sort(
    (a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
  return locales.map((locale) => ({
    locale,
    entries: awaitingTranslation(sorted, locale),
    ui: locale === 'en' ? { missing: [], possiblyUntranslated: [] } : uiGaps(dictionaries[locale], dictionaries.en),
  }));
}

/** The title of a subject in `locale`, falling back to its original language. */
export function subjectTitle(subject: TranslationSubject, locale: Locale): string {
  return pickText(subject.title, locale, subject.originalLanguage) || subject.id;
}

/** Names of the content languages as they read after "into" in each language ("на сербский", "na srpski"). */
export const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  en: { ru: 'Russian', sr: 'Serbian', en: 'English' },
  ru: { ru: 'русский', sr: 'сербский', en: 'английский' },
  sr: { ru: 'ruski', sr: 'srpski', en: 'engleski' },
};

/** The locale-independent path of the subject's page on the site. */
export function subjectPath(subject: TranslationSubject): string {
  switch (subject.kind) {
    case 'service':
      return PAGES.service(subject.id);
    case 'country':
      return PAGES.country(subject.id);
    case 'statement':
      return PAGES.statement(subject.id);
    case 'case':
      return PAGES.rightsCase(subject.id);
    case 'pathway':
      return PAGES.pathway(subject.id);
  }
}

/** For a statement without a version in `locale`: the file that version would be. */
export function missingVersionFile(subject: TranslationSubject, locale: Locale): string | undefined {
  return subject.versions && !subject.versions.includes(locale)
    ? `content/statements/${subject.id}/${locale}.md`
    : undefined;
}
