/**
 * The one message format of the site, shared by i18next at build time and by
 * the browser scripts (which do not carry i18next): `{{name}}` placeholders,
 * and messages that show a count written as plural forms keyed by the CLDR
 * categories `Intl.PluralRules` returns — en: one/other; ru: one/few/many/other;
 * sr: one/few/other. Browser-safe: no imports beyond the shared Intl cache.
 */
import { pluralRules } from '../lib/intl';

/** The plural forms of one message, by plural category; `other` is always there. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A dictionary entry: plain text, or plural forms for a message that shows `{{count}}`. */
export type MessageTemplate = string | PluralForms;

/** Values for placeholders; `count` also chooses the plural form. */
export type MessageValues = Record<string, string | number>;

/** Whether an entry has plural forms. */
export function isPluralForms(template: MessageTemplate): template is PluralForms {
  return typeof template === 'object' && template !== null && typeof template.other === 'string';
}

/** The text of `template` for `values.count` in `locale` (a BCP 47 tag such as `ru` or `sr-Cyrl`). */
export function pluralText(locale: string, template: MessageTemplate, count: number): string {
  if (!isPluralForms(template)) return template;
  return template[pluralRules(locale).select(count)] ?? template.other;
}

/**
 * `text` without the full stop doubled where a value that ends in one (a
 * Russian date, «9 октября 2017 г.») closes a sentence of the template
 * («Впервые прошло {{date}}.»): one full stop ends both.
 */
export function withoutDoubledFullStop(text: string, values: MessageValues): string {
  let out = text;
  for (const value of Object.values(values)) {
    if (typeof value === 'string' && value.endsWith('.')) out = out.replaceAll(`${value}.`, value);
  }
  return out;
}

/** Fills `{{name}}` placeholders; a placeholder without a value is left as it is. */
export function fillPlaceholders(text: string, values: MessageValues = {}): string {
  const filled = text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
  return withoutDoubledFullStop(filled, values);
}

/**
 * A message in `locale`: the plural form for `values.count` (when the entry
 * has plural forms), with its placeholders filled. Gives what i18next gives
 * for the same entry (tests/unit/plurals.test.ts).
 */
export function formatMessage(locale: string, template: MessageTemplate, values: MessageValues = {}): string {
  return fillPlaceholders(pluralText(locale, template, Number(values.count)), values);
}

/**
 * Messages a component hands to its browser script, by name, as JSON in the
 * element's `data-messages` attribute. Only human text goes there: the Serbian
 * Cyrillic edition transliterates every string in it (src/lib/cyrillic-edition.ts).
 */
export type ScriptMessages = Record<string, MessageTemplate>;

/** The `data-messages` of an element (see `ScriptMessages`). */
export function readScriptMessages(element: HTMLElement): ScriptMessages {
  return JSON.parse(element.dataset.messages ?? '{}') as ScriptMessages;
}
