/**
 * The directory as Open Referral HSDS 3.0 JSON (/data/hsds/services.json):
 * one page of the HSDS API's `/services` answer, every service in full as
 * `schema/compiled/service.json` describes it — its organization, phones,
 * schedules and service_at_locations (location, address) nested inside it.
 * Validated against the published schemas (tests/fixtures/hsds-3.0/) in
 * tests/dist/hsds.test.ts. Follows the exports' privacy rules
 * (`exportRecord`): a street only when public, approximate services at their
 * city's centre.
 */
import { v5 as uuidv5 } from 'uuid';
import { en } from '../i18n/en';
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import { COSTS } from '../schemas/vocabularies';
import { SITE } from '../site.config';
import { exportRecord, type ExportRecord } from './exports';
import { pickText } from './localized';

/** An HSDS address; `state_province` and `postal_code` are required by HSDS and unknown here (empty). */
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
  x_translations?: { address_1: Partial<Record<Locale, string>> };
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  latitude: number;
  longitude: number;
  addresses: HsdsAddress[];
  x_approximate: boolean;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: 'voice';
  description?: string;
}

/** Opening hours stay the OpenStreetMap opening_hours text: no weekly rules are derived. */
export interface HsdsSchedule {
  id: string;
  service_id: string;
  description: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
}

/** A service in full, as HSDS 3.0's `service.json`, with this directory's own facts as `x_` fields. */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  email?: string;
  status: 'active' | 'inactive' | 'temporarily closed';
  fees_description?: string;
  eligibility_description?: string;
  alert?: string;
  assured_date: string;
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  service_at_locations: HsdsServiceAtLocation[];
  x_id: string;
  x_verification_status: string;
  x_types: string[];
  x_audiences: string[];
  x_documents: string[];
  x_cost: string;
  x_anonymous?: boolean;
  x_narcology_register: string;
  x_urls: Record<Locale, string>;
  x_translations: { name: Partial<Record<Locale, string>>; description: Partial<Record<Locale, string>> };
}

/** The whole file: one page of the HSDS API's paginated `/services` answer, plus what it is and under which licence. */
export interface HsdsPage {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: HsdsService[];
  x_meta: { specification: string; language: Locale; deviations: string[]; licence: { name: string; url: string } };
}

/** How the HSDS export departs from the specification: UI keys, so the data page explains them in every language. */
export const HSDS_DEVIATIONS = [
  'data.hsds.entry',
  'data.hsds.ids',
  'data.hsds.language',
  'data.hsds.hours',
  'data.hsds.address',
  'data.hsds.approximate',
  'data.hsds.vocabularies',
] as const;

const HSDS_STATUS: Record<string, HsdsService['status']> = {
  active: 'active',
  temporarily_closed: 'temporarily closed',
  closed: 'inactive',
};

/**
 * Every HSDS id is a UUID (version 5) made from the repository's address and
 * the entry's id: the same service keeps the same ids in every build, and
 * another directory's ids never collide with ours.
 */
const NAMESPACE = uuidv5(SITE.repository, uuidv5.URL);

/** The UUID of one record, e.g. `hsdsId('phone', 'minsk-nsp-site', 2)`. */
export function hsdsId(table: string, ...parts: (string | number)[]): string {
  return uuidv5([table, ...parts].join('/'), NAMESPACE);
}

/** The service's one location, with its address when the street is public. */
function hsdsLocation(
  record: ExportRecord,
  service: Service,
  country: Country | undefined,
  language: Locale,
  name: string,
): HsdsLocation | undefined {
  if (!record.location) return undefined;
  const locationId = hsdsId('location', record.id);
  const address: HsdsAddress = {
    id: hsdsId('address', record.id),
    location_id: locationId,
    address_1: record.address ? pickText(record.address, language, service.original_language) : '',
    city: pickText(record.cityName, language, country?.original_language),
    state_province: '',
    postal_code: '',
    country: record.country.toUpperCase(),
    address_type: 'physical',
    ...(record.address ? { x_translations: { address_1: record.address } } : {}),
  };
  return {
    id: locationId,
    location_type: 'physical',
    organization_id: hsdsId('organization', record.id),
    name,
    latitude: record.location.lat,
    longitude: record.location.lon,
    addresses: [address],
    x_approximate: record.location.approximate,
  };
}

/** One directory entry as an HSDS service with everything about it nested. */
export function hsdsService(service: Service, country: Country | undefined, language: Locale = 'en'): HsdsService {
  const record = exportRecord(service, country);
  const original = service.original_language;
  const text = (value: Partial<Record<Locale, string>> | undefined) =>
    value ? pickText(value, language, original) || undefined : undefined;
  const serviceId = hsdsId('service', record.id);
  const name = pickText(service.name, language, original);
  const description = pickText(service.description, language, original);
  const location = hsdsLocation(record, service, country, language, name);
  return {
    id: serviceId,
    organization_id: hsdsId('organization', record.id),
    name,
    description,
    url: record.url[language],
    ...(record.email ? { email: record.email } : {}),
    status: HSDS_STATUS[record.status] ?? 'active',
    ...(record.cost !== 'unknown'
      ? { fees_description: COSTS[record.cost as keyof typeof COSTS][language].label }
      : {}),
    ...(service.eligibility ? { eligibility_description: text(service.eligibility) } : {}),
    ...(service.status_notice ? { alert: text(service.status_notice.text) } : {}),
    assured_date: record.verificationDate,
    organization: {
      id: hsdsId('organization', record.id),
      name,
      description,
      ...(record.email ? { email: record.email } : {}),
      ...(record.website ? { website: record.website } : {}),
    },
    phones: service.phones.map((phone, index) => ({
      id: hsdsId('phone', record.id, index + 1),
      service_id: serviceId,
      number: phone.number,
      type: 'voice',
      ...(phone.note ? { description: text(phone.note) } : {}),
    })),
    schedules: record.openingHours
      ? [{ id: hsdsId('schedule', record.id), service_id: serviceId, description: record.openingHours }]
      : [],
    languages: service.languages.map((code) => ({
      id: hsdsId('language', record.id, code),
      service_id: serviceId,
      code,
    })),
    service_at_locations: location
      ? [{ id: hsdsId('service_at_location', record.id), service_id: serviceId, location_id: location.id, location }]
      : [],
    x_id: record.id,
    x_verification_status: record.verificationStatus,
    x_types: record.types,
    x_audiences: record.audiences,
    x_documents: record.documents,
    x_cost: record.cost,
    ...(record.anonymous === undefined ? {} : { x_anonymous: record.anonymous }),
    x_narcology_register: record.narcologyRegister,
    x_urls: record.url,
    x_translations: { name: record.name, description: { ...service.description } },
  };
}

/** Every service as one page of HSDS 3.0 services. */
export function toHsds(
  services: Service[],
  countries: Map<string, Country>,
  licence: { name: string; url: string },
  language: Locale = 'en',
): HsdsPage {
  const contents = services.map((service) => hsdsService(service, countries.get(service.country), language));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
    x_meta: {
      specification: 'Open Referral HSDS 3.0',
      language,
      deviations: HSDS_DEVIATIONS.map((key) => en[key]),
      licence,
    },
  };
}
