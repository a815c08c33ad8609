/**
 * The validator's words. They live with every other message of the site in
 * the dictionaries `src/i18n/{en,ru,sr}.ts` (section "Validator messages"),
 * in one format: `{{name}}` placeholders, plural forms for counts. Keys are
 * shared with the schemas' `expected` metadata (`expected.<name>`) and their
 * custom issue messages; `<key>_hint`, when it exists, is shown as the hint.
 *
 * To add a message: add the key to en.ts, ru.ts and sr.ts, then use the key
 * as a custom issue's message or call `message(lang, key, params)`.
 */
import { DICTIONARIES, useTranslations, type UiKey } from '../i18n';
import type { Locale } from './locales';

/** A message key. */
export type MessageKey = UiKey;

/** Whether a string is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(DICTIONARIES.en, key);
}

/** The message for `key` in `lang`, with `{{name}}` placeholders filled from `params` (`count` picks the plural form). */
export function message(lang: Locale, key: MessageKey, params: Record<string, unknown> = {}): string {
  return useTranslations(lang)(
    key,
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? value : String(value)]),
    ),
  );
}
