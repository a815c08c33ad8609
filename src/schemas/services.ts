/**
 * The service schema: one YAML file per provider under content/services/<country>/<city>/.
 * Shared facts are written once; human text is given per language.
 */
import { z } from 'astro/zod';
import OpeningHours from 'opening_hours';
import {
  ALWAYS,
  checkTranslations,
  coordinates,
  countryCode,
  isoDay,
  localizedText,
  slug,
  text,
  translationFields,
  verificationSchema,
  vocabulary,
  vocabularyList,
  webUrl,
} from './common';
import {
  ADDRESS_VISIBILITIES,
  AUDIENCES,
  AVAILABILITY,
  COMMODITIES,
  COSTS,
  DOCUMENTS,
  MESSENGERS,
  MONITORED_SERVICES,
  REGISTER_RISKS,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  THRESHOLDS,
} from './vocabularies';

/**
 * A parsed value, with the parser's warnings: it reads loose values such as
 * "9 to 5" (as 09:00-05:00, overnight) and only warns about the guess.
 */
type ParsedHours = { hours: OpeningHours; warnings: string[] } | { error: string };

/**
 * Parsed values by country and text. A build parses each service's hours
 * several times (validator, schema, the hours table and the "open now" window
 * in every language), and many services share the same hours; the parsed
 * object is only queried afterwards, never changed, so one parse is enough.
 */
const parsedHours = new Map<string, ParsedHours>();

/**
 * Parses an OpenStreetMap `opening_hours` value, or returns the parser's
 * explanation of why it cannot. Public holidays are resolved for `country`.
 */
export function parseOpeningHours(value: string, country: string): ParsedHours {
  const key = `${country}\n${value}`;
  let parsed = parsedHours.get(key);
  if (!parsed) {
    try {
      const hours = new OpeningHours(
        value,
        { lat: 0, lon: 0, address: { country_code: country, state: '' } },
        { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' },
      );
      const warnings = hours.getWarnings().map((warning) => warning.replace(/^.*<--- \(/, '').replace(/\)$/, ''));
      parsed = { hours, warnings };
    } catch (error) {
      parsed = { error: String(error).replace(/\s+/g, ' ').trim() };
    }
    parsedHours.set(key, parsed);
  }
  return parsed;
}

/** A phone number in international format, with an optional note. */
export const phone = z.strictObject({
  number: z
    .string()
    .regex(/^\+[1-9][0-9 ()-]{6,20}$/)
    .meta({ expected: 'phone' }),
  note: localizedText.optional(),
});

const messenger = z.strictObject({
  app: z.enum(MESSENGERS),
  /** A username such as @name, or a phone number in international format. */
  contact: text,
});

const availabilityMap = <K extends Record<string, unknown>>(keys: K) =>
  z.partialRecord(z.enum(Object.keys(keys) as [string, ...string[]]), vocabulary(AVAILABILITY));

/** One round of community-led monitoring of a service by peers (seed 003). */
export const monitoringRecordSchema = z.strictObject({
  date: isoDay,
  respondents: z.int().min(1).meta({ expected: 'positive_int' }),
  commodities: availabilityMap(COMMODITIES).default({}),
  services: availabilityMap(MONITORED_SERVICES).default({}),
  note: localizedText.optional(),
});

/** Fields that locate a service: written only when its address is public. */
export const HIDDEN_PLACE_FIELDS = ['address', 'coordinates', 'directions'] as const;

/** A service provider. */
export const serviceSchema = z
  .strictObject({
    id: slug,
    draft: z.boolean().default(false),
    country: countryCode,
    /** Key of a city in the country's file. */
    city: slug,
    name: localizedText,
    description: localizedText,
    address: localizedText.optional(),
    directions: localizedText.optional(),
    address_visibility: vocabulary(ADDRESS_VISIBILITIES).default('public'),
    /** Omit when unknown: the service is then shown at its city's centre. */
    coordinates: coordinates.optional(),
    types: vocabularyList(SERVICE_TYPES, 1),
    opening_hours: z.string().trim().min(1).meta({ expected: 'opening_hours' }).optional(),
    hours_note: localizedText.optional(),
    phones: z.array(phone).default([]),
    email: z.email().meta({ expected: 'email' }).optional(),
    website: webUrl.optional(),
    messengers: z.array(messenger).default([]),
    languages: z
      .array(
        z
          .string()
          .regex(/^[a-z]{2,3}$/)
          .meta({ expected: 'language_code' }),
      )
      .default([]),
    cost: vocabulary(COSTS).default('unknown'),
    anonymous: z.boolean().optional(),
    narcology_register: vocabulary(REGISTER_RISKS).default('unknown'),
    documents: vocabularyList(DOCUMENTS).default([]),
    threshold: vocabulary(THRESHOLDS).optional(),
    eligibility: localizedText.optional(),
    audiences: vocabularyList(AUDIENCES).default([]),
    accessibility: z
      .strictObject({
        wheelchair: z.enum(['yes', 'limited', 'no', 'unknown']).default('unknown'),
        note: localizedText.optional(),
      })
      .optional(),
    status: vocabulary(SERVICE_STATUSES).default('active'),
    status_notice: z.strictObject({ date: isoDay, until: isoDay.optional(), text: localizedText }).optional(),
    verification: verificationSchema,
    monitoring: z.array(monitoringRecordSchema).default([]),
    ...translationFields,
  })
  .superRefine((service, ctx) => {
    checkTranslations(service, ctx, {
      required: ['name', 'description'],
      optional: [
        'address',
        'directions',
        'hours_note',
        'eligibility',
        'accessibility.note',
        'status_notice.text',
        'phones[].note',
        'monitoring[].note',
      ],
    });
    // The file is public, whatever the pages show: a hidden place's location must not be in it at all.
    const visibility = service.address_visibility ?? 'public';
    if (visibility !== 'public') {
      for (const field of HIDDEN_PLACE_FIELDS) {
        if (service[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'service.address_not_public',
            params: { visibility },
          });
        }
      }
    }
    if (service.status === 'temporarily_closed' && !service.status_notice) {
      ctx.addIssue({ code: 'custom', path: ['status_notice'], message: 'service.notice_required' });
    }
    if (Array.isArray(service.documents) && service.documents.includes('none') && service.documents.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['documents'], message: 'service.documents_none_alone' });
    }
    if (typeof service.opening_hours === 'string' && service.opening_hours.trim()) {
      const parsed = parseOpeningHours(
        service.opening_hours,
        typeof service.country === 'string' ? service.country : 'by',
      );
      // A directory must not guess when a service is open: what the parser had to guess is refused too.
      const problem = 'error' in parsed ? parsed.error : parsed.warnings.join(' ');
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['opening_hours'],
          message: 'service.opening_hours_invalid',
          params: { detail: problem },
        });
      }
    }
  }, ALWAYS);

/** A service entry as written in its file, after defaults are applied. */
export type Service = z.infer<typeof serviceSchema>;
/** One monitoring record of a service. */
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;
