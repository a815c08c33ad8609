/**
 * Every message of the site through i18next: UI strings, validator messages
 * and the scaffolder's questions, one dictionary per locale, flat dotted keys,
 * typed so a missing or misspelt key fails type-checking. A message that
 * shows a count has plural forms (`{ one, few, many, other }`, see
 * `./format.ts`), which i18next chooses with `Intl.PluralRules`. Serbian
 * Cyrillic pages reuse the Serbian dictionary through the transliteration
 * module.
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Locale } from '../schemas/locales';
import { en, type Dictionary, type UiKey } from './en';
import { isPluralForms, withoutDoubledFullStop, type MessageTemplate, type MessageValues } from './format';
import { ru } from './ru';
import { sr } from './sr';
import { memoCache } from '../lib/memo';

/** Every dictionary by locale. */
export const DICTIONARIES: Record<Locale, Dictionary> = { ru, sr, en };

/** A dictionary as i18next reads it: plural forms become `key_one`, `key_few`, … */
function i18nextResources(dictionary: Dictionary): Record<string, string> {
  const resources: Record<string, string> = {};
  for (const [key, template] of Object.entries(dictionary) as [string, MessageTemplate][]) {
    if (isPluralForms(template)) {
      for (const [category, text] of Object.entries(template)) resources[`${key}_${category}`] = text as string;
    } else {
      resources[key] = template;
    }
  }
  return resources;
}

const instances = new Map<Locale, I18n>();

function instanceFor(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: 'en',
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      resources: Object.fromEntries(
        Object.entries(DICTIONARIES).map(([lang, dictionary]) => [lang, { translation: i18nextResources(dictionary) }]),
      ),
    });
    instances.set(locale, instance);
  }
  return instance;
}

/**
 * Throws unless `key` is a message of the dictionaries. Literal keys are
 * checked by the type checker; this catches keys built while rendering
 * (`service.section.${name}`), which i18next would otherwise print as the raw
 * key on the page. Every dictionary has every key (tests/unit/i18n.test.ts),
 * so checking `en` is enough.
 */
export function assertUiKey(key: string): asserts key is UiKey {
  if (!Object.hasOwn(en, key)) {
    throw new Error(
      `Unknown UI string "${key}": it is in no dictionary (src/i18n/en.ts, ru.ts, sr.ts). A misspelt key, or one built from a value the dictionaries do not cover.`,
    );
  }
}

/** A translate function bound to one locale. Pass `count` for a message with plural forms. */
export type Translate = (key: UiKey, values?: MessageValues) => string;

/**
 * Strings without placeholders, per locale, once looked up: a large build
 * calls t() millions of times and i18next's lookup showed up in profiles.
 */
const plainStrings = new Map<Locale, Map<UiKey, string>>();

/**
 * Filled messages, per locale, by key and values: counts, dates and place
 * names repeat across tens of thousands of pages, and i18next's interpolation
 * and plural choice cost ~1 s per 1,000 services. Emptied when it grows past
 * `FILLED_LIMIT`, so values met once (a service's name) cannot pile up.
 */
const filledStrings = new Map<Locale, (id: string, fill: () => string) => string>();
const FILLED_LIMIT = 50_000;

/** The translate function for `locale`. Astro escapes the result when rendering. */
export function useTranslations(locale: Locale): Translate {
  const instance = instanceFor(locale);
  let plain = plainStrings.get(locale);
  if (!plain) {
    plain = new Map();
    plainStrings.set(locale, plain);
  }
  const known = plain;
  let filled = filledStrings.get(locale);
  if (!filled) {
    filled = memoCache<string>(FILLED_LIMIT);
    filledStrings.set(locale, filled);
  }
  const fillOnce = filled;
  return (key, values) => {
    if (values) {
      return fillOnce(`${key}\u0000${JSON.stringify(values)}`, () => {
        assertUiKey(key);
        return withoutDoubledFullStop(instance.t(key, values) as string, values);
      });
    }
    let text = known.get(key);
    if (text === undefined) {
      assertUiKey(key);
      text = instance.t(key, {}) as string;
      known.set(key, text);
    }
    return text;
  };
}

/**
 * The entry for `key` as it stands in the dictionary (plural forms kept), for
 * browser scripts that fill in a count themselves with `formatMessage`.
 */
export function messageTemplate(locale: Locale, key: UiKey): MessageTemplate {
  assertUiKey(key);
  return DICTIONARIES[locale][key];
}

/** `scriptMessages` answers, by locale and keys. */
const scriptMessageJson = memoCache<string>();

/**
 * The `data-messages` attribute value for a browser script: its names and the
 * dictionary entries they stand for, plural forms kept (`ScriptMessages`).
 */
export function scriptMessages(locale: Locale, keys: Record<string, UiKey>): string {
  // The same few components ask for the same messages on every page: each answer is made once.
  return scriptMessageJson(`${locale}\u0000${JSON.stringify(keys)}`, () =>
    JSON.stringify(Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, messageTemplate(locale, key)]))),
  );
}

export type { UiKey, Dictionary };
export type { MessageTemplate, PluralForms, ScriptMessages } from './format';
