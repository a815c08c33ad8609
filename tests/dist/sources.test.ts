/**
 * Sources on the built pages: no page or data file names the seed file a
 * sample was written from, and every service page cites its source as
 * "Title — Author, year", the title marked with the document's language
 * where it is not the page's (and so left alone by the Cyrillic edition).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../src/lib/routes';
import { citationOf } from '../../src/lib/sources';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { validateContent } from '../../src/lib/validation';
import { elementsOf, textOf } from '../support/html';
import { fileOfUrl, listFiles, pageUrl, PROJECT_ROOT, readDist, requireDist, WHOLE_SITE_MS } from '../support/dist';

/** "Seed 001", "seed 004: …" or a seed file's name, "001_60da3bd82f0c05c2.txt". */
const SEED_NAME = /\bSeed \d{3}\b|\b\d{3}_[0-9a-f]{16}\.txt\b/i;
/** Files people or their programs read; Pagefind's index is compressed and made from the pages. */
const TEXT_FILE = /\.(?:html|json|xml|ics|csv|txt|webmanifest|md)$/;

let dist: string;
beforeAll(() => {
  dist = requireDist();
});

describe('seed file names', () => {
  it('the pattern finds both forms (the check itself)', () => {
    expect(SEED_NAME.test('Источник: Seed 001_60da3bd82f0c05c2.txt: UNODC slides')).toBe(true);
    expect(SEED_NAME.test('Seed 004: resolution')).toBe(true);
    expect(SEED_NAME.test('Стратегический план ЕСЛУН 2015–2018 — 350 экземпляров')).toBe(false);
  });

  it('appear in no built page or data file', () => {
    const found = listFiles(dist)
      .filter((file) => TEXT_FILE.test(file) && !file.startsWith('pagefind/'))
      .flatMap((file) => {
        const match = SEED_NAME.exec(readDist(file, dist));
        return match ? [`${file}: ${match[0]}`] : [];
      });
    expect(found).toEqual([]);
  }, WHOLE_SITE_MS);
});

describe('a service page cites its source', () => {
  const services = validateContent({ root: PROJECT_ROOT }).services.map((entry) => entry.data);
  const editions = [
    { locale: 'ru', prefix: 'ru' },
    { locale: 'en', prefix: 'en' },
    { locale: 'sr', prefix: 'sr' },
    { locale: 'sr', prefix: 'sr-cyrl' },
  ] as const;

  it('the sample services include documents in another language, with author and year', () => {
    const sources = services.map((service) => service.verification.source);
    expect(sources.some((source) => source.language === 'ru' && source.author && source.year)).toBe(true);
    expect(sources.some((source) => source.language === 'sr')).toBe(true);
  });

  for (const { locale, prefix } of editions) {
    it(`${prefix}: title — author, year, with the document's language on title and author`, () => {
      const wrong = services.flatMap((service) => {
        const source = service.verification.source;
        const file = fileOfUrl(pageUrl('en', PAGES.service(service.id))).replace(/^en\//, `${prefix}/`);
        const cites = elementsOf(readDist(file, dist)).filter((element) => element.tag === 'cite');
        if (cites.length !== 1) return [`${file}: ${cites.length} <cite> elements`];
        const [cite] = cites;
        const expected = citationOf(source, locale);
        const title =
          prefix === 'sr-cyrl' && !expected.verbatim ? serbianToCyrillic(expected.title) : expected.title;
        const lang = cite!.attrs.lang;
        const line = textOf(cite!.node.parentNode as Parameters<typeof textOf>[0]);
        const problems = [
          textOf(cite!.node) === title ? '' : `title «${textOf(cite!.node)}», expected «${title}»`,
          lang === expected.lang ? '' : `lang ${lang}, expected ${expected.lang}`,
          (cite!.attrs.translate === 'no') === expected.verbatim ? '' : `translate="${cite!.attrs.translate}"`,
          !expected.author || line.includes(` — ${prefix === 'sr-cyrl' && !expected.verbatim ? serbianToCyrillic(expected.author) : expected.author}`)
            ? ''
            : `no author in «${line}»`,
          expected.year === undefined || line.includes(`, ${expected.year}`) ? '' : `no year in «${line}»`,
        ];
        return problems.filter(Boolean).map((problem) => `${file}: ${problem}`);
      });
      expect(wrong).toEqual([]);
    });
  }
});
