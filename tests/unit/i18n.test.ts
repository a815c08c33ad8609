import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n';
import { LOCALES } from '../../src/schemas/locales';
import { VOCABULARIES } from '../../src/schemas/vocabularies';
import { MESSAGES } from '../../src/schemas/messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{?(\w+)\}?\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
  const english = DICTIONARIES.en;
  for (const locale of LOCALES) {
    it(`${locale} has every key, non-empty, with the same placeholders as English`, () => {
      const dictionary = DICTIONARIES[locale];
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(dictionary)) {
        expect(value.trim(), `${locale}:${key}`).not.toBe('');
        expect(placeholders(value), `${locale}:${key}`).toEqual(placeholders(english[key as keyof typeof english]));
      }
    });
  }

  it('translates through i18next with interpolation', () => {
    expect(useTranslations('ru')('directory.count', { count: 7 })).toBe(DICTIONARIES.ru['directory.count'].replace('{{count}}', '7'));
    expect(useTranslations('sr')('nav.services')).toBe(DICTIONARIES.sr['nav.services']);
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

describe('validator messages', () => {
  it('exist in every language with the same placeholders', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        expect(placeholders(value), `${locale}:${key}`).toEqual(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]));
      }
    }
  });
});
