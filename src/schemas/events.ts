/**
 * The event schema: one YAML file per event under content/events/<country>/<id>.yaml —
 * a service fair, outreach day, testing day, training or meeting, held once,
 * on listed days, or repeatedly by an RFC 5545 recurrence rule (e.g. the
 * Soligorsk fair on the second Monday of every month, seed 001). Times are
 * wall-clock times in the country's time zone. Service ids are checked
 * against content/services by the validator (src/lib/event-validation.ts),
 * because a schema sees one file at a time.
 */
import { z } from 'astro/zod';
import { RRuleTemporal } from 'rrule-temporal';
import {
  ALWAYS,
  checkTranslations,
  countryCode,
  distinctList,
  isoDay,
  localizedText,
  slug,
  source,
  translationFields,
  verificationSchema,
  vocabulary,
  vocabularyList,
  webUrl,
} from './common';
import { phone } from './services';
import { ADDRESS_VISIBILITIES, AUDIENCES, COSTS, EVENT_KINDS, EVENT_STATUSES } from './vocabularies';

/** `10:00-13:00`: start and end on the same day, 24-hour clock. */
const TIME_RANGE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

/** Minutes since midnight of a time range's start and end, or undefined for anything else. */
export function parseTimeRange(value: string): { from: number; to: number } | undefined {
  const match = TIME_RANGE.exec(value);
  if (!match) return undefined;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  return { from: h1 * 60 + m1, to: h2 * 60 + m2 };
}

/**
 * The recurrence rule as RFC 5545 wants it, without the "RRULE:" a
 * contributor may have copied from a calendar program.
 */
export function ruleText(repeat: string): string {
  return repeat
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/**
 * Why a recurrence rule cannot be used, in the library's words, or undefined
 * when it can. The rule is read by the same library that expands it, in its
 * strict RFC 5545 mode; a start date and end are given by their own fields.
 */
export function recurrenceProblem(repeat: string, start = '2026-01-05'): string | undefined {
  const rule = ruleText(repeat);
  try {
    const parsed = new RRuleTemporal({
      rruleString: `DTSTART;VALUE=DATE:${start.replaceAll('-', '')}\nRRULE:${rule}`,
      strict: true,
    });
    parsed.all((_, index) => index < 1);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** When an event happens: its first day, how it repeats, and the days it does not. */
export const eventScheduleSchema = z.strictObject({
  /** The first (or only) day. */
  start: isoDay,
  /** Wall-clock time, e.g. `10:00-13:00`; left out when the time of day is not known. */
  time: z.string().trim().regex(TIME_RANGE).meta({ expected: 'time_range' }).optional(),
  /** An RFC 5545 recurrence rule, e.g. `FREQ=MONTHLY;BYDAY=2MO` (second Monday of every month). */
  repeat: z.string().trim().min(1).meta({ expected: 'rrule' }).optional(),
  /** The last day a repeating event may take place. */
  until: isoDay.optional(),
  /** Further days, for an event held on listed dates rather than by a rule. */
  dates: distinctList(isoDay).default([]),
  /** Single days on which it does not take place, with a note why. */
  cancelled: z.array(z.strictObject({ date: isoDay, note: localizedText.optional() })).default([]),
});

/** An event. */
export const eventSchema = z
  .strictObject({
    id: slug,
    draft: z.boolean().default(false),
    /** Sample events written from a seed document say so on the page. */
    example: z.boolean().default(false),
    kind: vocabulary(EVENT_KINDS),
    title: localizedText,
    description: localizedText,
    country: countryCode,
    /** Key of a city in the country's file. */
    city: slug,
    /** Where in the city; shown only when `address_visibility` is public. */
    place: localizedText.optional(),
    address_visibility: vocabulary(ADDRESS_VISIBILITIES).default('public'),
    /** Who runs it: organisations, never a private person. */
    organiser: localizedText.optional(),
    /** The directory's own entry for the event, when it has one: its page and pathway steps then show the next date. */
    service: slug.optional(),
    /** Ids of directory services present at the event. */
    services: distinctList(slug).default([]),
    audiences: vocabularyList(AUDIENCES).default([]),
    cost: vocabulary(COSTS).default('unknown'),
    registration: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    phones: z.array(phone).default([]),
    email: z.email().meta({ expected: 'email' }).optional(),
    website: webUrl.optional(),
    schedule: eventScheduleSchema,
    status: vocabulary(EVENT_STATUSES).default('scheduled'),
    status_notice: z.strictObject({ date: isoDay, text: localizedText }).optional(),
    sources: z.array(source).min(1),
    verification: verificationSchema,
    ...translationFields,
  })
  .superRefine((event, ctx) => {
    checkTranslations(event, ctx, {
      required: ['title', 'description'],
      optional: ['place', 'organiser', 'status_notice.text', 'phones[].note', 'schedule.cancelled[].note'],
    });
    if (event.status === 'cancelled' && !event.status_notice) {
      ctx.addIssue({ code: 'custom', path: ['status_notice'], message: 'event.notice_required' });
    }
    // Runs even on data that failed other checks: read it defensively.
    const schedule = (event.schedule ?? {}) as Partial<z.infer<typeof eventScheduleSchema>>;
    const range = typeof schedule.time === 'string' ? parseTimeRange(schedule.time) : undefined;
    if (range && range.to <= range.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', 'time'],
        message: 'event.time_order',
        params: { time: schedule.time },
      });
    }
    const start = typeof schedule.start === 'string' ? schedule.start : undefined;
    if (start && typeof schedule.until === 'string' && schedule.until < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', 'until'],
        message: 'event.until_before_start',
        params: { until: schedule.until, start },
      });
    }
    if (typeof schedule.repeat === 'string' && /(^|;)(DTSTART|UNTIL)=|[\n\r]/i.test(schedule.repeat)) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'repeat'], message: 'event.repeat_dates_inside' });
    } else if (typeof schedule.repeat === 'string' && schedule.repeat.trim()) {
      const problem = recurrenceProblem(schedule.repeat, start);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', 'repeat'],
          message: 'event.repeat_invalid',
          params: { detail: problem },
        });
    }
  }, ALWAYS);

/** An event entry as written in its file, after defaults are applied. */
export type EventEntry = z.infer<typeof eventSchema>;
/** When an event happens. */
export type EventSchedule = z.infer<typeof eventScheduleSchema>;
