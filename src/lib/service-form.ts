/**
 * The browser form for adding a service without a GitHub account: checks the
 * essential fields and writes the entry as YAML, on the visitor's device.
 *
 * The content schema cannot come along: bundled for the browser, zod and the
 * opening-hours parser weigh about 220 KB gzipped (zod alone 92 KB), too much
 * for phones on expensive data. So this module re-states the few rules the
 * form needs, using the validator's own messages, and
 * tests/unit/service-form.test.ts checks that it agrees with the schema on a
 * table of inputs and that every entry it writes passes the full validator.
 * Browser-safe: no Node modules, no schema library; the privacy screen
 * (src/schemas/anonymity.ts, regular expressions only) is the validator's own.
 */
import { formatMessage, type MessageTemplate, type MessageValues } from '../i18n/format';
import { PERSONAL_DATA_LABELS, screenFreeText } from '../schemas/anonymity';
import type { Locale } from '../schemas/locales';
import type { MessageKey } from '../schemas/messages';
import { serbianToLatin } from './transliterate';

/** What the form collects, as strings straight from its fields. */
export interface ServiceFormValues {
  /** `<country>/<city>`, from one select grouped by country. */
  place: string;
  name: string;
  description: string;
  types: string[];
  address: string;
  address_visibility: string;
  opening_hours: string;
  phone: string;
  email: string;
  website: string;
  cost: string;
  anonymous: string;
  narcology_register: string;
  status: string;
  date: string;
  by: string;
  source: string;
  id: string;
}

/** A form field name. */
export type FormField = keyof ServiceFormValues;

/** What the checks need to know besides the answers. */
export interface FormContext {
  lang: Locale;
  /** `YYYY-MM-DD`; dates after it are refused. */
  today: string;
  /** Every `<country>/<city>` the directory knows. */
  places: string[];
  /** Allowed values of the choice fields. */
  choices: { types: string[]; cost: string[]; address_visibility: string[]; narcology_register: string[] };
  /** The validator's messages in the page's language, plural forms kept (only FORM_MESSAGE_KEYS are needed). */
  messages: Partial<Record<MessageKey, MessageTemplate>>;
}

/** The validator messages the form uses; the page passes only these to the browser. */
export const FORM_MESSAGE_KEYS = [
  'format.expected_got',
  'format.got_empty_text',
  'format.got_nothing',
  'format.got_text',
  'format.one_of',
  'format.list_at_least',
  'format.hint',
  'expected.slug',
  'expected.text',
  'expected.phone',
  'expected.email',
  'expected.url',
  'expected.date',
  'date.not_real',
  'check.in_future',
  'check.in_future_hint',
  'service.opening_hours_invalid',
  'service.opening_hours_invalid_hint',
  'service.address_not_public',
  'service.address_not_public_hint',
  'text.personal_data',
  'text.personal_data_hint',
] as const satisfies readonly MessageKey[];

/** One answer that needs correcting, or a note that does not block the file. */
export interface FormProblem {
  field: FormField;
  message: string;
  hint?: string;
  /** True for a note ("could not be checked here") that does not stop the file being made. */
  warning?: boolean;
}

/** The schema's patterns, restated (the test keeps them in agreement). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHONE = /^\+[1-9][0-9 ()-]{6,20}$/;
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;


/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whether `value` is a web address the schema accepts (http or https). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const WEEKDAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)';
const DAYS = `${WEEKDAY}(?:-${WEEKDAY})?(?:,${WEEKDAY}(?:-${WEEKDAY})?)*`;
const TIME = '(\\d{2}):(\\d{2})';
const RULE = new RegExp(`^(?:(${DAYS}) )?(?:off|closed|${TIME}-${TIME}(?:,${TIME}-${TIME})*)$`);

/**
 * The opening hours the form can judge without the full parser: the plain
 * "Mo-Fr 09:00-18:00; Sa 10:00-14:00" shape and "24/7". `ok` and `invalid`
 * agree with the parser; anything else is `unknown`, left to the maintainers.
 */
export function judgeOpeningHours(
  value: string,
): { verdict: 'ok' } | { verdict: 'invalid'; part: string } | { verdict: 'unknown' } {
  const text = value.trim();
  if (text === '24/7') return { verdict: 'ok' };
  const rules = text.split(/\s*;\s*/);
  for (const rule of rules) {
    if (!RULE.test(rule)) return { verdict: 'unknown' };
  }
  for (const rule of rules) {
    for (const [, hours, minutes] of rule.matchAll(/(\d{2}):(\d{2})/g)) {
      if (Number(hours) > 24 || Number(minutes) > 59) return { verdict: 'invalid', part: rule };
    }
  }
  return { verdict: 'ok' };
}

/** Checks every answer; returns what needs correcting (and notes), in the page's language. */
export function checkServiceForm(values: ServiceFormValues, context: FormContext): FormProblem[] {
  const { messages } = context;
  const fill = (template: MessageTemplate | undefined, values: MessageValues = {}) => formatMessage(context.lang, template ?? '', values);
  const problems: FormProblem[] = [];
  const expectedGot = (field: FormField, expected: string, got: string, hint?: string) =>
    problems.push({ field, message: fill(messages['format.expected_got'], { expected, got }), hint });
  const got = (value: string) => (value.trim() === '' ? fill(messages['format.got_empty_text']) : fill(messages['format.got_text'], { value: JSON.stringify(value) }));
  const text = (field: FormField) => {
    if (String(values[field]).trim() === '')
      expectedGot(field, fill(messages['expected.text']), fill(messages['format.got_empty_text']));
  };
  const oneOf = (field: FormField, allowed: string[], value: string) => {
    if (!allowed.includes(value))
      expectedGot(field, fill(messages['format.one_of'], { values: allowed.join(', ') }), got(value));
  };

  oneOf('place', context.places, values.place);
  text('name');
  text('description');
  if (values.types.length === 0) expectedGot('types', fill(messages['format.list_at_least'], { count: 1 }), fill(messages['format.got_nothing']));
  else for (const type of values.types) oneOf('types', context.choices.types, type);
  if (values.address.trim()) {
    oneOf('address_visibility', context.choices.address_visibility, values.address_visibility);
    if (values.address_visibility !== 'public') {
      problems.push({
        field: 'address',
        message: fill(messages['service.address_not_public'], { visibility: values.address_visibility }),
        hint: fill(messages['service.address_not_public_hint']),
      });
    }
  }
  // The validator's privacy screen, on the device: no private person's name, number or handle in the prose.
  for (const field of ['name', 'description', 'by', 'source'] as const) {
    for (const finding of screenFreeText(values[field])) {
      problems.push({
        field,
        message: fill(messages['text.personal_data'], {
          kind: PERSONAL_DATA_LABELS[context.lang][finding.kind],
          fragment: finding.masked,
        }),
        hint: fill(messages['text.personal_data_hint']),
      });
    }
  }

  if (values.opening_hours.trim()) {
    const judged = judgeOpeningHours(values.opening_hours);
    if (judged.verdict === 'invalid') {
      problems.push({
        field: 'opening_hours',
        message: fill(messages['service.opening_hours_invalid'], { detail: judged.part }),
        hint: fill(messages['service.opening_hours_invalid_hint']),
      });
    } else if (judged.verdict === 'unknown') {
      problems.push({
        field: 'opening_hours',
        message: fill(messages['service.opening_hours_invalid_hint']),
        warning: true,
      });
    }
  }
  if (values.phone.trim() && !PHONE.test(values.phone.trim()))
    expectedGot('phone', fill(messages['expected.phone']), got(values.phone));
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    expectedGot('email', fill(messages['expected.email']), got(values.email));
  if (values.website.trim() && !isWebUrl(values.website.trim()))
    expectedGot('website', fill(messages['expected.url']), got(values.website));
  oneOf('cost', context.choices.cost, values.cost);
  oneOf('narcology_register', context.choices.narcology_register, values.narcology_register);
  oneOf('anonymous', ['', 'true', 'false'], values.anonymous);
  oneOf('status', ['verified', 'unverified'], values.status);

  if (!DAY.test(values.date)) expectedGot('date', fill(messages['expected.date']), got(values.date));
  else if (!isRealDay(values.date)) problems.push({ field: 'date', message: fill(messages['date.not_real']) });
  else if (values.date > context.today) {
    problems.push({
      field: 'date',
      message: fill(messages['check.in_future'], { date: values.date }),
      hint: fill(messages['check.in_future_hint']),
    });
  }
  text('by');
  text('source');
  if (!SLUG.test(values.id)) expectedGot('id', fill(messages['expected.slug']), got(values.id));
  return problems;
}

/** The repository path the entry belongs at. */
export function entryFile(values: ServiceFormValues): string {
  return `content/services/${values.place}/${values.id}.yaml`;
}

/** The entry as the content schema expects it; empty optional answers are left out. */
export function serviceEntry(values: ServiceFormValues, lang: Locale): Record<string, unknown> {
  const [country, city] = values.place.split('/');
  // Serbian content is kept in Latin script (the Cyrillic edition is made from it), whatever script was typed.
  const inLang = (text: string) => ({ [lang]: lang === 'sr' ? serbianToLatin(text.trim()) : text.trim() });
  const entry: Record<string, unknown> = {
    id: values.id,
    country,
    city,
    name: inLang(values.name),
    description: inLang(values.description),
    types: values.types,
  };
  if (values.address.trim()) {
    entry.address = inLang(values.address);
    entry.address_visibility = values.address_visibility;
  }
  if (values.opening_hours.trim()) entry.opening_hours = values.opening_hours.trim();
  if (values.phone.trim()) entry.phones = [{ number: values.phone.trim() }];
  if (values.email.trim()) entry.email = values.email.trim();
  if (values.website.trim()) entry.website = values.website.trim();
  entry.cost = values.cost;
  if (values.anonymous) entry.anonymous = values.anonymous === 'true';
  entry.narcology_register = values.narcology_register;
  entry.verification = {
    status: values.status,
    date: values.date,
    by: values.by.trim(),
    source: { title: values.source.trim() },
  };
  entry.original_language = lang;
  entry.untranslated = (['ru', 'sr', 'en'] as const).filter((other) => other !== lang);
  return entry;
}
