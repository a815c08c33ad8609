/**
 * The pieces of `npm run new` that are not input and output: the questions
 * in each language, checking one answer against the same schema pieces the
 * validator uses (and saying what is wrong with the validator's own words),
 * reading numbered choices, suggesting an id and writing the YAML.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { findPersonalData, PERSONAL_DATA_LABELS, screenFreeText } from '../schemas/anonymity';
import { formatIssues } from '../schemas/format';
import type { UiKey } from '../i18n';
import type { Locale } from '../schemas/locales';
import { message } from '../schemas/messages';
import { parseOpeningHours } from '../schemas/services';

export { LANGUAGE_NAMES } from './translations';
export { suggestId } from './ids';

/** A question or remark of the scaffolder: a key of the `new.*` section of the dictionaries (src/i18n). */
export type PromptKey = { [Key in UiKey]: Key extends `new.${infer Name}` ? Name : never }[UiKey];

/** A prompt in `lang`, with `{{name}}` placeholders filled. */
export function prompt(lang: Locale, key: PromptKey, params: Record<string, string | number> = {}): string {
  return message(lang, `new.${key}`, params);
}

/** An answer that passed its check, or the reason it did not, in the contributor's language. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Checks one answer against a piece of a content schema (e.g. from
 * `schemaAt(serviceSchema, ['verification', 'date'])`). A failure is explained
 * exactly as `npm run validate` would explain it, hint included. `T` is what
 * the piece produces — text unless said otherwise.
 */
export function checkAnswer<T = string>(schema: z.core.$ZodType, value: unknown, lang: Locale): Checked<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data as T };
  const [problem] = formatIssues('', result.error.issues, value, schema, lang);
  const reason = problem
    ? problem.message + (problem.hint ? ` — ${message(lang, 'format.hint')}: ${problem.hint}` : '')
    : String(result.error);
  return { ok: false, reason };
}

/**
 * Checks opening hours with the same parser as the schema. The value is the
 * parser's canonical spelling ("пн-пт 9-18" → "Mo-Fr 09:00-18:00"), which the
 * contributor should confirm when it differs from what they typed.
 */
export function checkOpeningHours(value: string, country: string, lang: Locale): Checked<string> {
  const parsed = parseOpeningHours(value, country);
  if ('hours' in parsed) return { ok: true, value: parsed.hours.prettifyValue() };
  return {
    ok: false,
    reason: `${message(lang, 'service.opening_hours_invalid', { detail: parsed.error })} — ${message(lang, 'format.hint')}: ${message(lang, 'service.opening_hours_invalid_hint')}`,
  };
}

/** Checks free text of a case for anything that could identify a person. */
export function checkAnonymous(value: string, lang: Locale): Checked<string> {
  const [finding] = findPersonalData(value, { precision: 'month' });
  if (!finding) return { ok: true, value };
  return {
    ok: false,
    reason: `${message(lang, 'case.personal_data', { kind: PERSONAL_DATA_LABELS[lang][finding.kind], fragment: finding.masked })} — ${message(lang, 'format.hint')}: ${message(lang, 'case.personal_data_hint')}`,
  };
}

/** Checks the free text of a service (name, description) with the validator's privacy screen. */
export function checkFreeText(value: string, lang: Locale): Checked<string> {
  const [finding] = screenFreeText(value);
  if (!finding) return { ok: true, value };
  return {
    ok: false,
    reason: `${message(lang, 'text.personal_data', { kind: PERSONAL_DATA_LABELS[lang][finding.kind], fragment: finding.masked })} — ${message(lang, 'format.hint')}: ${message(lang, 'text.personal_data_hint')}`,
  };
}

/** An option of a numbered choice. */
export interface Choice {
  key: string;
  label: string;
}

/**
 * Reads a numbered choice: "2", or "1, 3" when several are allowed; the key
 * itself ("nsp") is accepted too. Returns undefined when the answer names
 * nothing in the list.
 */
export function parseChoice(answer: string, choices: readonly Choice[], multiple: boolean): string[] | undefined {
  const parts = answer
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || (!multiple && parts.length > 1)) return undefined;
  const keys: string[] = [];
  for (const part of parts) {
    const byNumber = /^\d+$/.test(part) ? choices[Number(part) - 1] : undefined;
    const chosen = byNumber ?? choices.find((choice) => choice.key === part.toLowerCase());
    if (!chosen) return undefined;
    keys.push(chosen.key);
  }
  return keys;
}

/** The lines that show a numbered choice. */
export function renderChoices(choices: readonly Choice[]): string {
  return choices.map((choice, index) => `  ${String(index + 1).padStart(2)}) ${choice.label}`).join('\n');
}

/** An entry as YAML, with a first comment line saying how it was made. */
export function entryYaml(data: Record<string, unknown>, comment: string): string {
  return `# ${comment}\n${stringify(data, { lineWidth: 0 })}`;
}
