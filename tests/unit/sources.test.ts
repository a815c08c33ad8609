/**
 * A source is cited by title, author, year and language (src/schemas/common.ts):
 * the schema accepts what a document gives and rejects, in plain words in
 * each language, a year or language written wrongly; `citationOf` marks the
 * title with the document's language only where it differs from the page's.
 */
import { describe, expect, it } from 'vitest';
import { source } from '../../src/schemas/common';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';
import { citationOf } from '../../src/lib/sources';
import { copyFixture, edit } from './helpers';

const SERVICE = 'content/services/by/soligorsk/test-dispensary.yaml';
const FIXTURE_SOURCE = 'source: { title: Test fixture }';

function messagesWith(sourceYaml: string, lang: 'en' | 'ru' | 'sr'): string[] {
  const root = copyFixture();
  edit(root, SERVICE, FIXTURE_SOURCE, `source: ${sourceYaml}`);
  return validateContent({ root, today: '2026-11-23', lang }).problems.map((problem) => renderProblem(problem, lang));
}

describe('the source schema', () => {
  it('accepts a title alone, and a full citation', () => {
    expect(source.safeParse({ title: 'Leaflet of the service' }).success).toBe(true);
    const full = {
      title: 'Стратегический план ЕСЛУН 2015–2018',
      author: 'Евразийская сеть людей, употребляющих наркотики (ЕСЛУН)',
      year: 2015,
      language: 'ru',
      url: 'https://example.org/plan.pdf',
    };
    expect(source.parse(full)).toEqual(full);
    expect(source.safeParse({ ...full, language: 'sr-Latn' }).success).toBe(true);
  });

  it('rejects a source without a title, with an unknown field, a year in words or a made-up language', () => {
    expect(source.safeParse({ author: 'UNODC' }).success).toBe(false);
    expect(source.safeParse({ title: 'Slides', publisher: 'UNODC' }).success).toBe(false);
    expect(source.safeParse({ title: 'Slides', year: 'two thousand' }).success).toBe(false);
    expect(source.safeParse({ title: 'Slides', year: 18 }).success).toBe(false);
    expect(source.safeParse({ title: 'Slides', language: 'Russian' }).success).toBe(false);
    expect(source.safeParse({ title: 'Slides', language: 'ru-' }).success).toBe(false);
  });

  it('says what is wrong in each language, with the field', () => {
    const year = '{ title: Slides, year: "2018" }';
    expect(messagesWith(year, 'en')).toContainEqual(
      expect.stringContaining('verification.source.year: expected a year written with four digits, without quotes'),
    );
    expect(messagesWith(year, 'ru')).toContainEqual(
      expect.stringContaining('verification.source.year: нужен год из четырёх цифр, без кавычек'),
    );
    expect(messagesWith(year, 'sr')).toContainEqual(
      expect.stringContaining('verification.source.year: potrebna je godina sa četiri cifre, bez navodnika'),
    );
    const language = '{ title: Slides, language: Russian }';
    expect(messagesWith(language, 'en').join('\n')).toMatch(
      /verification\.source\.language: expected a language code such as ru, sr, sr-Latn, be or en \(BCP 47\), got "Russian"/,
    );
    expect(messagesWith(language, 'ru').join('\n')).toContain('verification.source.language: нужен код языка');
    expect(messagesWith('{ title: Slides, author: UNODC, year: 2018, language: ru }', 'en')).toEqual([]);
  });
});

describe('citationOf', () => {
  const russian = { title: 'Опыт Солигорского…', author: 'UNODC', year: 2018, language: 'ru' };

  it('marks a title in another language with that language and keeps it as written', () => {
    expect(citationOf(russian, 'en')).toMatchObject({ lang: 'ru', verbatim: true, author: 'UNODC', year: 2018 });
    expect(citationOf(russian, 'sr')).toMatchObject({ lang: 'ru', verbatim: true });
  });

  it('leaves a title in the page language unmarked, so Serbian Latin becomes Cyrillic with the page', () => {
    expect(citationOf(russian, 'ru')).toMatchObject({ lang: undefined, verbatim: false });
    const serbian = { title: 'Dobre politike za dobro društvo', language: 'sr' };
    expect(citationOf(serbian, 'sr')).toMatchObject({ lang: undefined, verbatim: false });
    expect(citationOf({ ...serbian, language: 'sr-Latn' }, 'sr')).toMatchObject({ lang: undefined, verbatim: false });
    expect(citationOf(serbian, 'ru')).toMatchObject({ lang: 'sr', verbatim: true });
  });

  it('keeps a title of unstated language as written, without guessing a lang', () => {
    expect(citationOf({ title: 'Leaflet, 2025' }, 'sr')).toMatchObject({ lang: undefined, verbatim: true });
  });
});
