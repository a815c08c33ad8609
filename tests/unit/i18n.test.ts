import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n';
import { isPluralForms, type MessageTemplate } from '../../src/i18n/format';
import { LOCALES } from '../../src/schemas/locales';
import { VOCABULARIES } from '../../src/schemas/vocabularies';

/** Every text of an entry: the string, or each plural form. */
const textsOf = (template: MessageTemplate): string[] =>
  (isPluralForms(template) ? Object.values(template) : [template]) as string[];
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]))].sort();

describe('dictionaries (UI, validator, scaffolder)', () => {
  const english = DICTIONARIES.en;
  for (const locale of LOCALES) {
    it(`${locale} has every key, non-empty, with the same placeholders as English`, () => {
      const dictionary = DICTIONARIES[locale];
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(english).sort());
      for (const [key, template] of Object.entries(dictionary) as [keyof typeof english, MessageTemplate][]) {
        const expected = placeholders(textsOf(english[key]).join(' '));
        for (const text of textsOf(template)) {
          expect(text.trim(), `${locale}:${key}`).not.toBe('');
          // Plural forms may leave {{count}} out ("one service"), nothing else.
          const found = placeholders(text);
          expect(
            found.filter((name) => name !== 'count'),
            `${locale}:${key}`,
          ).toEqual(expected.filter((name) => name !== 'count'));
        }
        if (isPluralForms(template))
          expect(placeholders(Object.values(template).join(' ')), `${locale}:${key}`).toEqual(expected);
      }
    });

    it(`${locale} uses only {{name}} placeholders (the old {name} syntax is not filled)`, () => {
      for (const [key, template] of Object.entries(DICTIONARIES[locale]) as [string, MessageTemplate][]) {
        for (const text of textsOf(template))
          expect(text.replace(/\{\{\w+\}\}/g, ''), `${locale}:${key}`).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it('translates through i18next with interpolation', () => {
    expect(useTranslations('sr')('nav.services')).toBe(DICTIONARIES.sr['nav.services']);
    expect(useTranslations('en')('lang.switch_to', { language: 'Srpski' })).toBe('Read this page in Srpski');
  });
});

describe('vocabularies', () => {
  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    it(`${name} has a label and an explanation in every language`, () => {
      for (const [key, terms] of Object.entries(vocabulary)) {
        for (const locale of LOCALES) {
          const term = (terms as Record<string, { label: string; explain: string }>)[locale];
          expect(term?.label.trim(), `${name}.${key}.${locale}`).toBeTruthy();
          expect(term?.explain.trim(), `${name}.${key}.${locale}`).toBeTruthy();
        }
      }
    });
  }
});

describe('a value that ends a sentence with its own full stop', () => {
  it('is not followed by a second one («2017 г.», not «2017 г..»)', async () => {
    const { formatDate } = await import('../../src/lib/dates');
    const { formatMessage } = await import('../../src/i18n/format');
    const date = formatDate('2017-10-09', 'ru');
    expect(date).toBe('9 октября 2017 г.');
    expect(useTranslations('ru')('events.first_held', { date })).toBe('Впервые прошло 9 октября 2017 г.');
    expect(formatMessage('ru', DICTIONARIES.ru['events.first_held'], { date })).toBe(
      'Впервые прошло 9 октября 2017 г.',
    );
    expect(useTranslations('en')('events.first_held', { date: formatDate('2017-10-09', 'en') })).toBe(
      'First held on 9 October 2017.',
    );
  });
});

/**
 * Each language's own quotation marks: Russian «…» (with „…“ inside them), Serbian „…”, English “…”.
 * The pattern finds a mark of another language in a text.
 */
const QUOTES_OF_ANOTHER_LANGUAGE: Record<string, { foreign: RegExp; allowed?: RegExp }> = {
  ru: { foreign: /[„“”]/, allowed: /„[^„“”«»]*“/g },
  sr: { foreign: /[«»“]/ },
  en: { foreign: /[«»„]/ },
};

describe('quotation marks', () => {
  for (const [locale, { foreign, allowed }] of Object.entries(QUOTES_OF_ANOTHER_LANGUAGE)) {
    it(`${locale} texts use the language's own quotation marks`, () => {
      for (const [key, template] of Object.entries(DICTIONARIES[locale as keyof typeof DICTIONARIES]) as [
        string,
        MessageTemplate,
      ][]) {
        for (const text of textsOf(template))
          expect(allowed ? text.replace(allowed, '') : text, `${locale}:${key}`).not.toMatch(foreign);
      }
    });
  }
});
