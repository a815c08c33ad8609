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

/** The small vocabulary every check speaks: filled messages, added to one list. */
function problemWriter(values: ServiceFormValues, context: FormContext, problems: FormProblem[]) {
  const { messages } = context;
  // Only the keys the page sends to the browser: a check that used another would show an empty message.
  const fill = (key: (typeof FORM_MESSAGE_KEYS)[number], params: MessageValues = {}) =>
    formatMessage(context.lang, messages[key] ?? '', params);
  const expectedGot = (field: FormField, expected: string, got: string, hint?: string) =>
    problems.push({ field, message: fill('format.expected_got', { expected, got }), hint });
  const got = (value: string) =>
    value.trim() === '' ? fill('format.got_empty_text') : fill('format.got_text', { value: JSON.stringify(value) });
  return {
    fill,
    add: (problem: FormProblem) => problems.push(problem),
    expectedGot,
    got,
    text(field: FormField) {
      if (String(values[field]).trim() === '') expectedGot(field, fill('expected.text'), fill('format.got_empty_text'));
    },
    oneOf(field: FormField, allowed: string[], value: string) {
      if (!allowed.includes(value))
        expectedGot(field, fill('format.one_of', { values: allowed.join(', ') }), got(value));
    },
  };
}

type ProblemWriter = ReturnType<typeof problemWriter>;

/** Place, texts, types and whether the address may be shown. */
function checkWhatAndWhere(values: ServiceFormValues, context: FormContext, check: ProblemWriter): void {
  check.oneOf('place', context.places, values.place);
  check.text('name');
  check.text('description');
  if (values.types.length === 0)
    check.expectedGot('types', check.fill('format.list_at_least', { count: 1 }), check.fill('format.got_nothing'));
  else for (const type of values.types) check.oneOf('types', context.choices.types, type);
  if (!values.address.trim()) return;
  check.oneOf('address_visibility', context.choices.address_visibility, values.address_visibility);
  if (values.address_visibility !== 'public') {
    check.add({
      field: 'address',
      message: check.fill('service.address_not_public', { visibility: values.address_visibility }),
      hint: check.fill('service.address_not_public_hint'),
    });
  }
}

/** The validator's privacy screen, on the device: no private person's name, number or handle in the prose. */
function checkPrivacy(values: ServiceFormValues, context: FormContext, check: ProblemWriter): void {
  for (const field of ['name', 'description', 'by', 'source'] as const) {
    for (const finding of screenFreeText(values[field])) {
      check.add({
        field,
        message: check.fill('text.personal_data', {
          kind: PERSONAL_DATA_LABELS[context.lang][finding.kind],
          fragment: finding.masked,
        }),
        hint: check.fill('text.personal_data_hint'),
      });
    }
  }
}

/** Opening hours and the ways to get in touch. */
function checkHoursAndContacts(values: ServiceFormValues, check: ProblemWriter): void {
  const judged = values.opening_hours.trim() ? judgeOpeningHours(values.opening_hours) : { verdict: 'ok' as const };
  if (judged.verdict === 'invalid') {
    check.add({
      field: 'opening_hours',
      message: check.fill('service.opening_hours_invalid', { detail: judged.part }),
      hint: check.fill('service.opening_hours_invalid_hint'),
    });
  } else if (judged.verdict === 'unknown') {
    check.add({ field: 'opening_hours', message: check.fill('service.opening_hours_invalid_hint'), warning: true });
  }
  if (values.phone.trim() && !PHONE.test(values.phone.trim()))
    check.expectedGot('phone', check.fill('expected.phone'), check.got(values.phone));
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    check.expectedGot('email', check.fill('expected.email'), check.got(values.email));
  if (values.website.trim() && !isWebUrl(values.website.trim()))
    check.expectedGot('website', check.fill('expected.url'), check.got(values.website));
}

/** Who checked the entry and when: a real day, not in the future. */
function checkVerification(values: ServiceFormValues, context: FormContext, check: ProblemWriter): void {
  check.oneOf('status', ['verified', 'unverified'], values.status);
  if (!DAY.test(values.date)) check.expectedGot('date', check.fill('expected.date'), check.got(values.date));
  else if (!isRealDay(values.date)) check.add({ field: 'date', message: check.fill('date.not_real') });
  else if (values.date > context.today) {
    check.add({
      field: 'date',
      message: check.fill('check.in_future', { date: values.date }),
      hint: check.fill('check.in_future_hint'),
    });
  }
  check.text('by');
  check.text('source');
}

/** Checks every answer; returns what needs correcting (and notes), in the page's language. */
export function checkServiceForm(values: ServiceFormValues, context: FormContext): FormProblem[] {
  const problems: FormProblem[] = [];
  const check = problemWriter(values, context, problems);
  checkWhatAndWhere(values, context, check);
  checkPrivacy(values, context, check);
  checkHoursAndContacts(values, check);
  check.oneOf('cost', context.choices.cost, values.cost);
  check.oneOf('narcology_register', context.choices.narcology_register, values.narcology_register);
  check.oneOf('anonymous', ['', 'true', 'false'], values.anonymous);
  checkVerification(values, context, check);
  if (!SLUG.test(values.id)) check.expectedGot('id', check.fill('expected.slug'), check.got(values.id));
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
