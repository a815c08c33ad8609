/**
 * schema.org JSON-LD for a service page, so search engines can show its
 * name, phone and hours. It follows the same privacy rule as the page: no
 * street address and no coordinates unless the address is public.
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import { pickText } from './localized';
import { showsAddress } from './services';
import { summarize } from './summary';

/** Service types that make a provider a medical clinic rather than just an organisation. */
const MEDICAL_TYPES: readonly string[] = [
  'ost',
  'hiv_testing',
  'hiv_treatment',
  'hepatitis',
  'tb',
  'sti',
  'drug_treatment',
];

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAYS = `${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*`;
const TIME = '(?:[01]\\d|2[0-4]):[0-5]\\d-(?:[01]\\d|2[0-4]):[0-5]\\d';
const SIMPLE_RULE = new RegExp(`^(${DAYS}) (${TIME}(?:,${TIME})*)$`);

/**
 * An OpenStreetMap `opening_hours` value as schema.org `openingHours`
 * strings, when it uses only the syntax both share (days and times, or
 * 24/7). Anything richer — holidays, comments, "off" — gives undefined: the
 * page's own table is right, and a wrong machine-readable copy would not be.
 */
export function schemaOrgHours(value: string): string[] | undefined {
  const trimmed = value.trim();
  if (trimmed === '24/7') return ['Mo-Su'];
  const result: string[] = [];
  for (const rule of trimmed
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = SIMPLE_RULE.exec(rule);
    if (!match) return undefined;
    for (const time of match[2]!.split(',')) result.push(`${match[1]} ${time}`);
  }
  return result.length ? result : undefined;
}

/** The JSON-LD object describing a service on its page at `pageUrl`. */
export function serviceJsonLd(
  service: Service,
  country: Country,
  locale: Locale,
  pageUrl: string,
): Record<string, unknown> {
  const original = service.original_language;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': service.types.some((type) => MEDICAL_TYPES.includes(type)) ? 'MedicalClinic' : 'Organization',
    name: pickText(service.name, locale, original),
    description: summarize(pickText(service.description, locale, original)),
    url: pageUrl,
  };
  if (service.website) data.sameAs = [service.website];
  if (service.phones[0]) data.telephone = service.phones[0].number;
  if (service.email) data.email = service.email;
  if (showsAddress(service)) {
    const street = pickText(service.address, locale, original);
    data.address = {
      '@type': 'PostalAddress',
      ...(street ? { streetAddress: street } : {}),
      addressLocality: pickText(country.cities[service.city]?.name, locale, country.original_language),
      addressCountry: service.country.toUpperCase(),
    };
    if (service.coordinates) {
      data.geo = { '@type': 'GeoCoordinates', latitude: service.coordinates.lat, longitude: service.coordinates.lon };
    }
  }
  const hours =
    service.status === 'active' && service.opening_hours ? schemaOrgHours(service.opening_hours) : undefined;
  if (hours) data.openingHours = hours;
  if (service.cost === 'free') data.isAccessibleForFree = true;
  return data;
}

/** JSON for inside a <script> element: `<` is escaped, so text in the data can never close the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
