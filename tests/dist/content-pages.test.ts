/**
 * Every published entry in content/ has its page in every locale, and that
 * page carries the entry's text in its HTML — readable with JavaScript off.
 * Drafts and unpublished cases have no page at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent, type ValidationResult } from '../../src/lib/validation';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import { documentText } from '../support/html';
import { PROJECT_ROOT, readDist, requireDist, WHOLE_SITE_MS } from '../support/dist';

type Texts = Partial<Record<Locale, string>>;

let dist: string;
let content: ValidationResult;

beforeAll(() => {
  dist = requireDist();
  content = validateContent({ root: PROJECT_ROOT });
}, WHOLE_SITE_MS);

/** Whitespace-free text, so markup boundaries and line wrapping do not matter. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The text a page in `locale` must show: its own translation, else the original. */
const expected = (texts: Texts | undefined, locale: Locale, original: Locale) => texts?.[locale] ?? texts?.[original];

/** Problems with the page of one entry in one locale. */
function checkPage(file: string, required: (string | undefined)[]): string[] {
  if (!existsSync(join(dist, file))) return [`${file}: missing`];
  const text = squash(documentText(readDist(file, dist)));
  return required
    .filter((value): value is string => Boolean(value))
    .map((value) => squash(value.split(/\n\s*\n/)[0] ?? value))
    .filter((value) => !text.includes(value))
    .map((value) => `${file}: does not contain "${value.slice(0, 60)}…"`);
}

describe('entry pages', () => {
  it('every published service has a page in every locale with its name and description', () => {
    const services = content.services.filter(({ data }) => !data.draft);
    console.log(`content: ${services.length} published services`);
    const problems = services.flatMap(({ data }) =>
      LOCALES.flatMap((locale) =>
        checkPage(`${locale}/services/${data.id}/index.html`, [
          expected(data.name, locale, data.original_language),
          expected(data.description, locale, data.original_language),
        ]),
      ),
    );
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('drafts and unpublished cases have no page', () => {
    const hidden = [
      ...content.services.filter(({ data }) => data.draft).map(({ data }) => `services/${data.id}`),
      ...content.statements.filter(({ data }) => data.draft && data.lang === data.original_language).map(({ data }) => `statements/${data.id}`),
      ...content.cases.filter(({ data }) => !data.published).map(({ data }) => `cases/${data.id}`),
    ];
    const leaked = hidden.flatMap((path) => LOCALES.map((locale) => `${locale}/${path}/index.html`)).filter((file) => existsSync(join(dist, file)));
    expect(leaked).toEqual([]);
  }, WHOLE_SITE_MS);

  it('every country has a page in every locale with its name and summary', () => {
    const problems = content.countries.flatMap(({ data }) =>
      LOCALES.flatMap((locale) =>
        checkPage(`${locale}/countries/${data.id}/index.html`, [expected(data.name, locale, data.original_language), expected(data.summary, locale, data.original_language)]),
      ),
    );
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('every published statement has a page in every locale with its title and summary', () => {
    const statements = content.statements.filter(({ data }) => !data.draft);
    const ids = [...new Set(statements.map(({ data }) => data.id))];
    const problems = ids.flatMap((id) => {
      const versions = statements.filter(({ data }) => data.id === id);
      const original = versions.find(({ data }) => data.lang === data.original_language) ?? versions[0];
      return LOCALES.flatMap((locale) => {
        const version = versions.find(({ data }) => data.lang === locale) ?? original;
        return checkPage(`${locale}/statements/${id}/index.html`, [version?.data.title, version?.data.summary]);
      });
    });
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('every published case has a page in every locale with its title and summary', () => {
    const problems = content.cases
      .filter(({ data }) => data.published)
      .flatMap(({ data }) =>
        LOCALES.flatMap((locale) =>
          checkPage(`${locale}/cases/${data.id}/index.html`, [expected(data.title, locale, data.original_language), expected(data.summary, locale, data.original_language)]),
        ),
      );
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
