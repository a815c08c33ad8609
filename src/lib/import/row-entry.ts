/**
 * One sheet row → one service entry as the validator wants it, with notes on
 * everything that was read differently from how it was written or left out.
 * The entry is always new and unverified, with the sheet as its source.
 */
import type { Country } from '../../schemas/countries';
import { LOCALES, type Locale } from '../../schemas/locales';
import { AUDIENCES, COSTS, DOCUMENTS, REGISTER_RISKS, SERVICE_TYPES } from '../../schemas/vocabularies';
import { suggestId } from '../ids';
import { serbianToLatin } from '../transliterate';
import { fold } from './fold';
import type { ImportField, Mapping } from './mapping';
import { decimal, findTerms, openingHours, phones, termIndex, website, yesNo } from './normalise';
import { AUDIENCE_SYNONYMS, COST_SYNONYMS, DOCUMENT_SYNONYMS, SERVICE_TYPE_SYNONYMS } from './synonyms';

/** Something the importer wants the contributor to know about a row; `key` names the message `import.note.<key>` (src/i18n/*.ts). */
export interface RowNote {
  key:
    | 'no_name'
    | 'unknown_country'
    | 'unknown_city'
    | 'no_city'
    | 'types_unknown'
    | 'description_from_types'
    | 'phone_unknown'
    | 'hours_read'
    | 'hours_unreadable'
    | 'hours_ambiguous'
    | 'coordinates_unreadable'
    | 'yes_no_unknown'
    | 'terms_unknown';
  params?: Record<string, string | number>;
}

/** What a row became: an entry (unless something essential is missing) and the notes. */
export interface RowEntry {
  entry?: Record<string, unknown>;
  /** Notes that stop the row from being imported. */
  errors: RowNote[];
  /** Notes on what was changed or left out; the row is still imported. */
  notes: RowNote[];
}

const INDEXES = {
  types: termIndex(SERVICE_TYPES, SERVICE_TYPE_SYNONYMS),
  cost: termIndex(COSTS, COST_SYNONYMS),
  documents: termIndex(DOCUMENTS, DOCUMENT_SYNONYMS),
  audiences: termIndex(AUDIENCES, AUDIENCE_SYNONYMS),
  narcology_register: termIndex(REGISTER_RISKS),
};

/** Everything a row needs from outside itself. */
export interface RowContext {
  mapping: Mapping;
  countries: Map<string, Country>;
  today: string;
}

function findCountry(cell: string, countries: Map<string, Country>): Country | undefined {
  const folded = fold(cell);
  return [...countries.values()].find(
    (country) =>
      country.id === cell.toLowerCase() ||
      LOCALES.some((lang) => country.name[lang] && fold(country.name[lang]!) === folded),
  );
}

function findCity(cell: string, country: Country): string | undefined {
  const folded = fold(cell);
  return Object.entries(country.cities).find(
    ([key, city]) =>
      key === cell.toLowerCase() || LOCALES.some((lang) => city.name[lang] && fold(city.name[lang]!) === folded),
  )?.[0];
}

/** Text in the sheet's language; Serbian is kept in Latin script, as everywhere in content/. */
function localized(lang: Locale, text: string): Partial<Record<Locale, string>> {
  return { [lang]: lang === 'sr' ? serbianToLatin(text) : text };
}

/** Reads one vocabulary list cell; unknown words become a note. */
function terms(field: 'documents' | 'audiences', cell: string, notes: RowNote[]): string[] | undefined {
  if (!cell) return undefined;
  const found = findTerms(cell, INDEXES[field]);
  if (found.unknown.length) notes.push({ key: 'terms_unknown', params: { field, words: found.unknown.join(', ') } });
  return found.keys.length ? found.keys : undefined;
}

function place(get: (field: ImportField) => string, context: RowContext, errors: RowNote[]) {
  const countryCell = get('country') || context.mapping.country || '';
  const country = findCountry(countryCell, context.countries);
  if (!country) {
    errors.push({
      key: 'unknown_country',
      params: { value: countryCell || '—', known: [...context.countries.keys()].join(', ') },
    });
    return undefined;
  }
  const cityCell = get('city') || context.mapping.city || '';
  const city = cityCell ? findCity(cityCell, country) : undefined;
  if (!city) {
    errors.push({
      key: cityCell ? 'unknown_city' : 'no_city',
      params: { value: cityCell, country: country.id, known: Object.keys(country.cities).join(', ') },
    });
    return undefined;
  }
  return { country, city };
}

/** The facts of a row that need reading (vocabularies, phones, hours, yes/no), as entry fields. */
function facts(
  get: (field: ImportField) => string,
  country: string,
  lang: Locale,
  notes: RowNote[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const phoneCell = get('phones');
  if (phoneCell) {
    const read = phones(phoneCell, country);
    if (read.unknown.length)
      notes.push({ key: 'phone_unknown', params: { value: read.unknown.join(', '), country: country.toUpperCase() } });
    if (read.numbers.length) out.phones = read.numbers.map((number) => ({ number }));
  }
  const hoursCell = get('opening_hours');
  if (hoursCell) {
    const read = openingHours(hoursCell, country);
    if ('value' in read) {
      out.opening_hours = read.value;
      if (read.value !== hoursCell) notes.push({ key: 'hours_read', params: { value: hoursCell, hours: read.value } });
    } else {
      notes.push({
        key: read.problem === 'unreadable' ? 'hours_unreadable' : 'hours_ambiguous',
        params: { value: hoursCell },
      });
      out.hours_note = localized(lang, hoursCell);
    }
  }
  const lat = decimal(get('lat'));
  const lon = decimal(get('lon'));
  if (lat !== undefined && lon !== undefined) out.coordinates = { lat, lon };
  else if (get('lat') || get('lon'))
    notes.push({ key: 'coordinates_unreadable', params: { value: `${get('lat')} ${get('lon')}`.trim() } });
  const costCell = get('cost');
  if (costCell) {
    const answer = yesNo(costCell);
    const found = findTerms(costCell, INDEXES.cost).keys[0];
    out.cost = answer === 'yes' ? 'free' : answer === 'no' ? 'paid' : (found ?? 'unknown');
    if (!found && answer === 'invalid')
      notes.push({ key: 'terms_unknown', params: { field: 'cost', words: costCell } });
  }
  for (const field of ['anonymous', 'narcology_register'] as const) {
    const cell = get(field);
    const answer = yesNo(cell);
    const byLabel = field === 'narcology_register' ? findTerms(cell, INDEXES.narcology_register).keys[0] : undefined;
    if (answer === 'invalid' && !byLabel) notes.push({ key: 'yes_no_unknown', params: { field, value: cell } });
    if (field === 'anonymous' && (answer === 'yes' || answer === 'no')) out.anonymous = answer === 'yes';
    if (field === 'narcology_register' && (byLabel || (answer && answer !== 'invalid')))
      out.narcology_register = byLabel ?? answer;
  }
  const documents = terms('documents', get('documents'), notes);
  if (documents) out.documents = documents;
  const audiences = terms('audiences', get('audiences'), notes);
  if (audiences) out.audiences = audiences;
  return out;
}

/** Builds the entry for one row; `cells` maps each field to the row's text for it. */
export function rowEntry(cells: Partial<Record<ImportField, string>>, context: RowContext): RowEntry {
  const { mapping, today } = context;
  const lang = mapping.language;
  const get = (field: ImportField) => cells[field]?.trim() ?? '';
  const errors: RowNote[] = [];
  const notes: RowNote[] = [];
  const name = get('name');
  if (!name) errors.push({ key: 'no_name' });
  const where = place(get, context, errors);
  if (!where || !name) return { errors, notes };

  const typesCell = get('types');
  const types = findTerms(typesCell, INDEXES.types);
  if (types.unknown.length) notes.push({ key: 'types_unknown', params: { words: types.unknown.join(', ') } });
  let description = get('description');
  if (!description && types.keys.length) {
    description = types.keys.map((key) => SERVICE_TYPES[key as keyof typeof SERVICE_TYPES][lang].explain).join(' ');
    notes.push({ key: 'description_from_types' });
  }
  const texts = (field: 'address' | 'eligibility') => (get(field) ? { [field]: localized(lang, get(field)) } : {});
  const siteCell = get('website');
  const entry: Record<string, unknown> = {
    id: get('id') || suggestId(name, where.city),
    country: where.country.id,
    city: where.city,
    name: localized(lang, name),
    ...(description ? { description: localized(lang, description) } : {}),
    ...texts('address'),
    ...(types.keys.length ? { types: types.keys } : typesCell ? { types: [] } : {}),
    ...facts(get, where.country.id, lang, notes),
    ...(get('email') ? { email: get('email') } : {}),
    ...(siteCell ? { website: website(siteCell) ?? siteCell } : {}),
    ...texts('eligibility'),
    verification: { status: 'unverified', date: today, by: mapping.by, source: { title: mapping.source } },
    original_language: lang,
    untranslated: LOCALES.filter((other) => other !== lang),
  };
  return { entry, errors, notes };
}
