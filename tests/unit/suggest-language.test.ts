import { describe, expect, it } from 'vitest';
import { suggestedLanguage } from '../../src/lib/suggest-language';

const OFFERED = ['ru', 'sr', 'sr-Cyrl', 'en'];

describe('the language a multilingual page suggests first', () => {
  it('is the edition the missing address was in', () => {
    expect(suggestedLanguage('/ru/services/gone/', '', ['en-GB'], OFFERED)).toBe('ru');
    expect(suggestedLanguage('/sr-cyrl/usluge/', '', ['en'], OFFERED)).toBe('sr-Cyrl');
  });

  it('reads the address after the base path', () => {
    expect(suggestedLanguage('/directory/sr/x/', '/directory', [], OFFERED)).toBe('sr');
    expect(suggestedLanguage('/directory/', '/directory', ['ru'], OFFERED)).toBe('ru');
  });

  it('otherwise is the first browser language offered, with its script when it names one', () => {
    expect(suggestedLanguage('/', '', ['de-DE', 'ru-RU', 'en'], OFFERED)).toBe('ru');
    expect(suggestedLanguage('/', '', ['sr-Cyrl-RS'], OFFERED)).toBe('sr-Cyrl');
    expect(suggestedLanguage('/', '', ['sr-RS'], OFFERED)).toBe('sr');
    expect(suggestedLanguage('/nothing/', '', ['SR-LATN'], OFFERED)).toBe('sr');
  });

  it('is none when nothing matches', () => {
    expect(suggestedLanguage('/data/x.csv', '', ['de', 'fr'], OFFERED)).toBeUndefined();
  });
});
