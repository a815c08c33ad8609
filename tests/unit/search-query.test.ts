import { describe, expect, it } from 'vitest';
import { inCyrillicEdition, normaliseQuery, serbianToLatin } from '../../src/lib/search-query';

describe('serbianToLatin', () => {
  it('spells every Serbian Cyrillic letter in Latin, digraphs included', () => {
    expect(serbianToLatin('Њего Љубав Џеп ђак ћуфте чачак шабац жена')).toBe(
      'Njego Ljubav Džep đak ćufte čačak šabac žena',
    );
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

describe('the Serbian Cyrillic edition, which searches the Serbian (Latin) index', () => {
  const edition = { from: '/sr/', to: '/sr-cyrl/' };

  it('sends a query in either script in Latin', () => {
    expect(normaliseQuery('тест на ХИВ', 'sr')).toBe('test na HIV');
    expect(normaliseQuery('  besplatni   špricevi ', 'sr')).toBe('besplatni špricevi');
  });

  it('opens the Cyrillic twin of a result and shows its title, type and city in Cyrillic', () => {
    const result = inCyrillicEdition(
      {
        url: '/sr/services/novi-sad-nsp/',
        excerpt: 'x',
        meta: { title: 'Zamena igala u Novom Sadu', type: 'service', type_label: 'Služba', city: 'Novi Sad' },
      },
      edition,
    );
    expect(result).toEqual({
      url: '/sr-cyrl/services/novi-sad-nsp/',
      excerpt: 'x',
      meta: { title: 'Замена игала у Новом Саду', type: 'service', type_label: 'Служба', city: 'Нови Сад' },
    });
  });

  it('keeps the site’s base path and leaves other addresses alone', () => {
    const moved = (url: string) =>
      inCyrillicEdition({ url, meta: {} }, { from: '/directory/sr/', to: '/directory/sr-cyrl/' }).url;
    expect(moved('/directory/sr/cases/a/')).toBe('/directory/sr-cyrl/cases/a/');
    expect(moved('/directory/en/cases/a/')).toBe('/directory/en/cases/a/');
  });
});
