import { describe, expect, it } from 'vitest';
import { normaliseQuery, serbianToLatin } from '../../src/lib/search-query';

describe('serbianToLatin', () => {
  it('spells every Serbian Cyrillic letter in Latin, digraphs included', () => {
    expect(serbianToLatin('Њего Љубав Џеп ђак ћуфте чачак шабац жена')).toBe('Njego Ljubav Džep đak ćufte čačak šabac žena');
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(serbianToLatin('Savetovalište 24/7, HIV-test')).toBe('Savetovalište 24/7, HIV-test');
  });
});

describe('normaliseQuery', () => {
  it('turns Serbian Cyrillic into Latin on Serbian pages', () => {
    expect(normaliseQuery('  бесплатни   шприцеви ', 'sr')).toBe('besplatni špricevi');
  });

  it('keeps Cyrillic on Russian pages and reads ё as е', () => {
    expect(normaliseQuery('Приём ЁЛКА', 'ru')).toBe('Прием ЕЛКА');
  });

  it('does not transliterate on English pages', () => {
    expect(normaliseQuery('шприц', 'en')).toBe('шприц');
  });
});

describe('normaliseQuery on the Serbian Cyrillic edition', () => {
  it('turns a query in either script into Cyrillic, the script of that edition’s index', () => {
    expect(normaliseQuery('  besplatni   špricevi ', 'sr', 'Cyrl')).toBe('бесплатни шприцеви');
    expect(normaliseQuery('тест на HIV', 'sr', 'Cyrl')).toBe('тест на ХИВ');
  });
});
