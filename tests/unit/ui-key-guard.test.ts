import { describe, expect, it } from 'vitest';
import { assertUiKey, messageTemplate, scriptMessages, useTranslations, type UiKey } from '../../src/i18n';
import { LOCALES } from '../../src/schemas/locales';

/** A key as a template would build it from data at render time: the type checker cannot see it. */
const builtKey = (prefix: string, value: string) => `${prefix}.${value}` as UiKey;

describe('unknown UI keys fail the build instead of rendering the raw key', () => {
  for (const locale of LOCALES) {
    it(`${locale}: t() throws on a misspelt key, with and without values, every time`, () => {
      const t = useTranslations(locale);
      expect(() => t('nav.servcies' as UiKey)).toThrow(/Unknown UI string "nav\.servcies"/);
      expect(() => t('nav.servcies' as UiKey)).toThrow(/Unknown UI string/);
      expect(() => t('lang.switch_too' as UiKey, { language: 'English' })).toThrow(
        /Unknown UI string "lang\.switch_too"/,
      );
      expect(t('nav.services')).not.toBe('nav.services');
    });
  }

  it('throws on a key built from a value the dictionaries do not cover', () => {
    const t = useTranslations('ru');
    expect(t(builtKey('country.answer', 'yes'))).not.toContain('country.answer');
    expect(() => t(builtKey('country.answer', 'maybe'))).toThrow(/country\.answer\.maybe/);
  });

  it('guards the templates handed to browser scripts too', () => {
    expect(() => messageTemplate('sr', 'search.no_such_key' as UiKey)).toThrow(/search\.no_such_key/);
    expect(() => scriptMessages('en', { title: 'site.titel' as UiKey })).toThrow(/site\.titel/);
  });

  it('assertUiKey accepts every real key and only those', () => {
    expect(() => assertUiKey('site.title')).not.toThrow();
    expect(() => assertUiKey('toString')).toThrow();
    expect(() => assertUiKey('')).toThrow();
  });
});
