/**
 * The open-data exports of the directory: GeoJSON and CSV here, Open
 * Referral HSDS in ./hsds.ts (from the same `exportRecord`). Pure functions from services and countries to files, so
 * the Astro endpoints in src/pages/data/ stay one line and the rules are
 * unit-tested. Every export follows the site's own privacy rules: a street
 * address only when it is public, and approximate services placed at their
 * city's centre — never at their own coordinates.
 */
import type { Country } from '../schemas/countries';
import { LOCALES, type Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import type { VOCABULARIES } from '../schemas/vocabularies';
import { absoluteUrl, localeUrl, PAGES } from './routes';
import { publicLocation, showsAddress } from './services';

/** Text per content language, as written (missing languages left out). */
type Texts = Partial<Record<Locale, string>>;

/** The URL of a service's page in every language. */
export function serviceUrls(id: string): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, absoluteUrl(localeUrl(locale, PAGES.service(id)))]),
  ) as Record<Locale, string>;
}

/** The facts every export shares, with the privacy rules already applied. */
export interface ExportRecord {
  id: string;
  name: Texts;
  types: string[];
  country: string;
  city: string;
  cityName: Texts;
  /** Only when the address is public. */
  address?: Texts;
  addressVisibility: string;
  /** Exact point, or the city's centre when `approximate`. */
  location?: { lat: number; lon: number; approximate: boolean };
  phones: string[];
  email?: string;
  website?: string;
  openingHours?: string;
  cost: string;
  anonymous?: boolean;
  narcologyRegister: string;
  documents: string[];
  audiences: string[];
  status: string;
  verificationStatus: string;
  verificationDate: string;
  url: Record<Locale, string>;
}

/** Applies the privacy rules to one service: what any export may say about it. */
export function exportRecord(service: Service, country: Country | undefined): ExportRecord {
  return {
    id: service.id,
    name: { ...service.name },
    types: [...service.types],
    country: service.country,
    city: service.city,
    cityName: { ...country?.cities[service.city]?.name },
    address: showsAddress(service) && service.address ? { ...service.address } : undefined,
    addressVisibility: service.address_visibility,
    location: publicLocation(service, country),
    phones: service.phones.map((phone) => phone.number),
    email: service.email,
    website: service.website,
    openingHours: service.opening_hours,
    cost: service.cost,
    anonymous: service.anonymous,
    narcologyRegister: service.narcology_register,
    documents: [...service.documents],
    audiences: [...service.audiences],
    status: service.status,
    verificationStatus: service.verification.status,
    verificationDate: service.verification.date,
    url: serviceUrls(service.id),
  };
}

function records(services: Service[], countries: Map<string, Country>): ExportRecord[] {
  return services.map((service) => exportRecord(service, countries.get(service.country)));
}

/* ------------------------------------------------------------------ GeoJSON */

/** A GeoJSON point feature of one service (RFC 7946: coordinates are [longitude, latitude]). */
export interface ServiceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

/** A GeoJSON FeatureCollection. */
export interface ServiceFeatureCollection {
  type: 'FeatureCollection';
  features: ServiceFeature[];
}

/** Every service as a GeoJSON point; approximate ones sit at their city's centre with `approximate: true`. */
export function toGeoJson(services: Service[], countries: Map<string, Country>): ServiceFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: records(services, countries).map((record) => ({
      type: 'Feature',
      id: record.id,
      geometry: record.location ? { type: 'Point', coordinates: [record.location.lon, record.location.lat] } : null,
      properties: {
        id: record.id,
        name: record.name,
        types: record.types,
        country: record.country,
        city: record.city,
        city_name: record.cityName,
        ...(record.address ? { address: record.address } : {}),
        address_visibility: record.addressVisibility,
        approximate: record.location?.approximate ?? true,
        phones: record.phones,
        ...(record.email ? { email: record.email } : {}),
        ...(record.website ? { website: record.website } : {}),
        ...(record.openingHours ? { opening_hours: record.openingHours } : {}),
        cost: record.cost,
        anonymous: record.anonymous ?? null,
        narcology_register: record.narcologyRegister,
        documents: record.documents,
        audiences: record.audiences,
        status: record.status,
        verification_status: record.verificationStatus,
        verification_date: record.verificationDate,
        url: record.url,
      },
    })),
  };
}

/* ---------------------------------------------------------------------- CSV */

/** Columns of the CSV export, in order; multi-valued columns are joined with ";". */
export const CSV_COLUMNS = [
  'id',
  'name_ru',
  'name_sr',
  'name_en',
  'types',
  'country',
  'city',
  'address_ru',
  'address_sr',
  'address_en',
  'address_visibility',
  'latitude',
  'longitude',
  'approximate',
  'phones',
  'email',
  'website',
  'opening_hours',
  'cost',
  'anonymous',
  'narcology_register',
  'documents',
  'audiences',
  'status',
  'verification_status',
  'verification_date',
  'url_ru',
  'url_sr',
  'url_en',
] as const;

/** A column of the CSV export. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The fields of the exports as the data page documents them: CSV columns, and the vocabulary of their values. */
export const EXPORT_FIELDS = [
  { field: 'id', columns: ['id'] },
  { field: 'name', columns: ['name_ru', 'name_sr', 'name_en'] },
  { field: 'types', columns: ['types'], vocabulary: 'service_types' },
  { field: 'country', columns: ['country'] },
  { field: 'city', columns: ['city'] },
  { field: 'address', columns: ['address_ru', 'address_sr', 'address_en'] },
  { field: 'address_visibility', columns: ['address_visibility'], vocabulary: 'address_visibilities' },
  { field: 'location', columns: ['latitude', 'longitude'] },
  { field: 'approximate', columns: ['approximate'] },
  { field: 'phones', columns: ['phones'] },
  { field: 'email', columns: ['email'] },
  { field: 'website', columns: ['website'] },
  { field: 'opening_hours', columns: ['opening_hours'] },
  { field: 'cost', columns: ['cost'], vocabulary: 'costs' },
  { field: 'anonymous', columns: ['anonymous'] },
  { field: 'narcology_register', columns: ['narcology_register'], vocabulary: 'register_risks' },
  { field: 'documents', columns: ['documents'], vocabulary: 'documents' },
  { field: 'audiences', columns: ['audiences'], vocabulary: 'audiences' },
  { field: 'status', columns: ['status'], vocabulary: 'service_statuses' },
  { field: 'verification_status', columns: ['verification_status'] },
  { field: 'verification_date', columns: ['verification_date'] },
  { field: 'url', columns: ['url_ru', 'url_sr', 'url_en'] },
] as const satisfies readonly {
  field: string;
  columns: readonly CsvColumn[];
  vocabulary?: keyof typeof VOCABULARIES;
}[];

/**
 * One CSV field as RFC 4180 wants it: quoted when it contains a comma, a
 * double quote, a line break or leading/trailing spaces, with quotes doubled.
 * A value a spreadsheet would run as a formula (starting with =, +, -, @, a
 * tab or a carriage return, e.g. "=HYPERLINK(…)") gets a leading apostrophe,
 * as OWASP advises, so it is shown as text: phone numbers start with "+" and
 * stay readable as "'+375 …" instead of being computed.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(record: ExportRecord): Record<CsvColumn, string> {
  const flag = (value: boolean | undefined) => (value === undefined ? '' : String(value));
  return {
    id: record.id,
    name_ru: record.name.ru ?? '',
    name_sr: record.name.sr ?? '',
    name_en: record.name.en ?? '',
    types: record.types.join(';'),
    country: record.country,
    city: record.city,
    address_ru: record.address?.ru ?? '',
    address_sr: record.address?.sr ?? '',
    address_en: record.address?.en ?? '',
    address_visibility: record.addressVisibility,
    latitude: record.location ? String(record.location.lat) : '',
    longitude: record.location ? String(record.location.lon) : '',
    approximate: flag(record.location?.approximate ?? true),
    phones: record.phones.join(';'),
    email: record.email ?? '',
    website: record.website ?? '',
    opening_hours: record.openingHours ?? '',
    cost: record.cost,
    anonymous: flag(record.anonymous),
    narcology_register: record.narcologyRegister,
    documents: record.documents.join(';'),
    audiences: record.audiences.join(';'),
    status: record.status,
    verification_status: record.verificationStatus,
    verification_date: record.verificationDate,
    url_ru: record.url.ru,
    url_sr: record.url.sr,
    url_en: record.url.en,
  };
}

/** Every service as one CSV row under a header row; UTF-8 text with CRLF line ends (RFC 4180). */
export function toCsv(services: Service[], countries: Map<string, Country>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const record of records(services, countries)) {
    const row = csvRow(record);
    lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
