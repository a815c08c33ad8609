/**
 * The glossary (src/schemas/glossary.ts) is kept: no UI string, vocabulary
 * term or content file uses a word it tells contributors to avoid, except a
 * quotation on its narrow allow-list; and the contributing guide shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { LOCALES } from '../../src/schemas/locales';
import * as vocabularies from '../../src/schemas/vocabularies';
import {
  GLOSSARY,
  GLOSSARY_CITED_TITLES,
  GLOSSARY_QUOTATIONS,
  findAvoidedTerms,
  guideGlossaryHeading,
  type GlossaryQuotation,
} from '../../src/schemas/glossary';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_FOLDERS = ['services', 'countries', 'statements', 'guides', 'cases', 'pathways', 'events', 'rounds'];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(folder, entry.name))
      : /\.(ya?ml|mdx?)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Every string inside a value (vocabulary objects are nested records). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The text of `file` with its allowed quotations blanked out (same length, so line numbers hold). */
function withoutQuotations(file: string, text: string, quotations: readonly GlossaryQuotation[]): string {
  let result = text;
  for (const quotation of quotations.filter((q) => q.file === file)) {
    const [start, end] = quotationSpan(result, quotation);
    result = result.slice(0, start) + result.slice(start, end).replace(/\S/g, ' ') + result.slice(end);
    if (quotation.text) result = result.split(quotation.text).join(quotation.text.replace(/\S/g, ' '));
  }
  return result;
}

/** The YAML lines that cite `title` as a source's title (`title: "…"`, in a list or not). */
function citedTitleLine(title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(\\s*(?:- )?title: )"${escaped}"$`, 'gm');
}

/** The text with every cited title on the allow-list blanked out (same length). */
function withoutCitedTitles(text: string): string {
  return GLOSSARY_CITED_TITLES.reduce(
    (result, { title }) =>
      result.replace(citedTitleLine(title), (line, key: string) => key + line.slice(key.length).replace(/\S/g, ' ')),
    text,
  );
}

/** Where a quotation stands in a text; [-1, -1] if it is missing. */
function quotationSpan(text: string, quotation: GlossaryQuotation): [number, number] {
  if (quotation.text) {
    const start = text.indexOf(quotation.text);
    return start < 0 ? [-1, -1] : [start, start + quotation.text.length];
  }
  const start = text.indexOf(`\n${quotation.section}\n`);
  if (start < 0) return [-1, -1];
  const next = text.indexOf('\n## ', start + 1);
  return [start, next < 0 ? text.length : next];
}

/** "file:line: «match» (avoid: words; glossary entry)" for each finding. */
function report(where: string, text: string): string[] {
  return findAvoidedTerms(text).map((finding) => {
    const line = text.slice(0, finding.index).split('\n').length;
    return `${where}:${line}: «${finding.match}» — avoid ${finding.words} (glossary: ${finding.entry}, ${finding.lang})`;
  });
}

describe('glossary', () => {
  it('finds avoided words in every inflection and leaves the preferred words alone', () => {
    const matches = (text: string) => findAvoidedTerms(text).map((finding) => finding.match);
    expect(matches('группы для зависимых и созависимых')).toEqual(['зависимых', 'созависимых']);
    expect(matches('помощь наркоманам и наркоманкам')).toEqual(['наркоманам', 'наркоманкам']);
    expect(matches('Registar zavisnika; zavisnici; narkomanima')).toEqual([
      'Registar zavisnika',
      'zavisnici',
      'narkomanima',
    ]);
    expect(matches('Addicts and a junkie; clean needles')).toEqual(['Addicts', 'junkie', 'clean needles']);
    expect(matches('чистые иглы; Punkt programa zamene igala')).toEqual(['чистые иглы', 'Punkt programa']);
    expect(matches('punkt za zamenu igala')).toEqual([]);
    for (const entry of GLOSSARY) {
      for (const lang of LOCALES) expect(matches(entry.terms[lang].prefer), `${entry.id} ${lang}`).toEqual([]);
    }
    expect(matches('зависимость от наркотиков, nezavisni, zavisnost, независимый, addiction')).toEqual([]);
  });

  it('every entry has a preferred word, words to avoid and a reason in each language', () => {
    for (const entry of GLOSSARY) {
      for (const lang of LOCALES) {
        const term = entry.terms[lang];
        expect(term.prefer.trim(), `${entry.id} ${lang}`).not.toBe('');
        expect(term.why.trim(), `${entry.id} ${lang}`).not.toBe('');
        expect(term.avoid.length, `${entry.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('no UI string uses an avoided word', () => {
    const found = LOCALES.flatMap((lang) =>
      Object.entries(DICTIONARIES[lang]).flatMap(([key, value]) =>
        strings(value).flatMap((text) => report(`src/i18n/${lang}.ts ${key}`, text)),
      ),
    );
    expect(found).toEqual([]);
  });

  it('no vocabulary term uses an avoided word', () => {
    const found = Object.entries(vocabularies).flatMap(([name, value]) =>
      strings(value).flatMap((text) => report(`src/schemas/vocabularies.ts ${name}`, text)),
    );
    expect(found).toEqual([]);
  });

  it('no content file uses an avoided word outside an allowed quotation', () => {
    const found = CONTENT_FOLDERS.flatMap((folder) =>
      files(join(ROOT, 'content', folder)).flatMap((path) => {
        const file = relative(ROOT, path);
        const text = withoutCitedTitles(readFileSync(path, 'utf8'));
        return report(file, withoutQuotations(file, text, GLOSSARY_QUOTATIONS));
      }),
    );
    expect(found).toEqual([]);
  });

  it('every allowed quotation still stands where the allow-list says', () => {
    const missing = GLOSSARY_QUOTATIONS.filter(
      (quotation) => quotationSpan(readFileSync(join(ROOT, quotation.file), 'utf8'), quotation)[0] < 0,
    ).map((quotation) => `${quotation.file}: ${quotation.text ?? quotation.section}`);
    expect(missing).toEqual([]);
  });

  it('allows a cited title only as a source title, and every one on the allow-list is still cited', () => {
    const all = CONTENT_FOLDERS.flatMap((folder) => files(join(ROOT, 'content', folder)))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    for (const { title } of GLOSSARY_CITED_TITLES) {
      expect(all.match(citedTitleLine(title)), title).not.toBeNull();
      expect(findAvoidedTerms(withoutCitedTitles(`  - title: "${title}"`)), title).toEqual([]);
      expect(findAvoidedTerms(withoutCitedTitles(`summary: "${title}"`)), title).not.toEqual([]);
    }
  });

  for (const lang of LOCALES) {
    it(`${lang}: the contributing guide shows every preferred and avoided word`, () => {
      const guide = readFileSync(join(ROOT, 'content', 'guides', 'contributing', `${lang}.md`), 'utf8');
      const [start, end] = quotationSpan(guide, { file: '', section: guideGlossaryHeading(lang), reason: '' });
      expect(start, `${guideGlossaryHeading(lang)} is missing`).toBeGreaterThanOrEqual(0);
      const section = guide.slice(start, end);
      for (const entry of GLOSSARY) {
        const term = entry.terms[lang];
        expect(section).toContain(term.prefer);
        for (const avoided of term.avoid) expect(section).toContain(avoided.words);
      }
    });
  }
});
