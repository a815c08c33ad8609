/**
 * UI strings through i18next: one dictionary per locale, flat dotted keys,
 * typed so a missing or misspelt key fails type-checking. Serbian Cyrillic
 * pages reuse the Serbian dictionary through the transliteration module.
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Locale } from '../schemas/locales';
import { en, type Dictionary, type UiKey } from './en';
import { ru } from './ru';
import { sr } from './sr';

/** Every UI dictionary by locale. */
export const DICTIONARIES: Record<Locale, Dictionary> = { ru, sr, en };

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
        Object.entries(DICTIONARIES).map(([lang, dictionary]) => [lang, { translation: dictionary }]),
      ),
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** A translate function bound to one locale. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Strings without placeholders, per locale, once looked up: a large build
 * calls t() millions of times and i18next's lookup showed up in profiles.
 */
const plainStrings = new Map<Locale, Map<UiKey, string>>();

/** The translate function for `locale`. Astro escapes the result when rendering. */
export function useTranslations(locale: Locale): Translate {
  const instance = instanceFor(locale);
  let plain = plainStrings.get(locale);
  if (!plain) {
    plain = new Map();
    plainStrings.set(locale, plain);
  }
  const known = plain;
  return (key, values) => {
    if (values) return instance.t(key, values) as string;
    let text = known.get(key);
    if (text === undefined) {
      text = instance.t(key, {}) as string;
      known.set(key, text);
    }
    return text;
  };
}

export type { UiKey, Dictionary };
