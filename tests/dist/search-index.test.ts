/**
 * What the search index is built from: one Pagefind language per locale —
 * the Serbian Cyrillic edition searches the Serbian one; every entry page
 * (service, country, statement, case, pathway, event) and nothing else offers its
 * <main> for indexing, with its type and, for services, the country, city
 * and service types as filters. Header, footer and list pages stay out, so
 * results are the entries themselves. The search page lists each filter's
 * values itself, and they must be exactly those the index holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { CYRILLIC_SEGMENT } from '../../src/lib/cyrillic-edition';
import { elementsOf, textOf } from '../support/html';
import { listHtmlFiles, readDist, requireDist } from '../support/dist';

/** Entry sections and the type their pages declare. */
const ENTRY_TYPES: Record<string, string> = {
  services: 'service',
  countries: 'country',
  statements: 'statement',
  cases: 'case',
  pathways: 'pathway',
  events: 'event',
};

/** The folders of the editions: every locale, and the Serbian Cyrillic edition written from /sr/ after the build. */
const EDITIONS: readonly string[] = [...LOCALES, CYRILLIC_SEGMENT];

let dist: string;
let pages: { file: string; edition: string | undefined; section: string | undefined; isEntry: boolean }[];

/** Ids of the entries of a content section: file names, or folder names for statements. */
function contentIds(section: string): Set<string> {
  const folder = join(import.meta.dirname, '..', '..', 'content', section);
  if (!existsSync(folder)) return new Set();
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  if (section === 'statements')
    return new Set(files.filter((file) => file.endsWith('.md')).map((file) => file.split(/[\\/]/)[0]!));
  return new Set(files.filter((file) => file.endsWith('.yaml')).map((file) => basename(file, '.yaml')));
}

beforeAll(() => {
  dist = requireDist();
  const ids = Object.fromEntries(Object.keys(ENTRY_TYPES).map((section) => [section, contentIds(section)]));
  pages = listHtmlFiles(dist).map((file) => {
    const [locale, section, id, rest] = file.split('/');
    const isEntry =
      EDITIONS.includes(locale!) && rest === 'index.html' && Boolean(section && id && ids[section]?.has(id));
    return { file, edition: locale, section, isEntry };
  });
});

describe('search index input', () => {
  it('has one language per locale, holding every entry page of that locale; the Cyrillic edition has none of its own', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const entries = pages.filter((page) => page.isEntry && page.edition === locale).length;
      expect(entry.languages[locale]?.page_count, `pages indexed in ${locale}`).toBe(entries);
    }
  });

  it('marks the <main> of every entry page for indexing, with its type, and no other page', () => {
    const problems: string[] = [];
    for (const { file, section, isEntry } of pages) {
      const elements = elementsOf(readDist(file, dist));
      const bodies = elements.filter(({ attrs }) => 'data-pagefind-body' in attrs);
      if (!isEntry) {
        if (bodies.length) problems.push(`${file}: a list or utility page is indexed`);
        continue;
      }
      if (bodies.length !== 1 || bodies[0]!.tag !== 'main')
        problems.push(`${file}: expected <main data-pagefind-body> once`);
      const type = elements.find(({ attrs }) => attrs['data-pagefind-meta'] === 'type');
      const text = type?.node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (text !== ENTRY_TYPES[section!])
        problems.push(`${file}: type ${text ?? 'missing'}, expected ${ENTRY_TYPES[section!]}`);
    }
    expect(
      pages.some((page) => page.isEntry),
      'entry pages were built',
    ).toBe(true);
    expect(problems).toEqual([]);
  });

  it('gives service pages country, city and service-type filters and a city for results', () => {
    const services = pages.filter((page) => page.isEntry && page.section === 'services');
    expect(services.length).toBeGreaterThan(0);
    for (const { file } of services) {
      const elements = elementsOf(readDist(file, dist));
      const filters = new Set(elements.map(({ attrs }) => attrs['data-pagefind-filter']).filter(Boolean));
      expect([...filters].sort(), file).toEqual(['city', 'country', 'service_type', 'type']);
      expect(
        elements.some(({ attrs }) => attrs['data-pagefind-meta'] === 'city'),
        file,
      ).toBe(true);
    }
  });

  it('lists on each edition’s search page exactly the filter values its index holds', () => {
    /** Filter name → values, with the search page's rule: a filter with one value is not offered. */
    const offered = (found: Map<string, Set<string>>) =>
      Object.fromEntries([...found].filter(([, values]) => values.size > 1).map(([name, values]) => [name, [...values].sort()]));
    for (const edition of EDITIONS) {
      // The Cyrillic edition searches the Serbian index, so its choices must carry the Serbian (Latin) values.
      const indexed = edition === CYRILLIC_SEGMENT ? 'sr' : edition;
      const inIndex = new Map<string, Set<string>>();
      for (const { file } of pages.filter((page) => page.isEntry && page.edition === indexed)) {
        for (const { attrs, node } of elementsOf(readDist(file, dist))) {
          const name = attrs['data-pagefind-filter'];
          if (name) inIndex.set(name, (inIndex.get(name) ?? new Set()).add(textOf(node)));
        }
      }
      const onPage = new Map<string, Set<string>>();
      for (const { tag, attrs, node } of elementsOf(readDist(`${edition}/search/index.html`, dist))) {
        if (tag !== 'select') continue;
        const values = node.childNodes.flatMap((child) =>
          'tagName' in child && child.tagName === 'option' ? [child.attrs.find((attr) => attr.name === 'value')?.value ?? ''] : [],
        );
        onPage.set(attrs.name!, new Set(values.filter(Boolean)));
      }
      expect(inIndex.size, `${edition}: filters in the index`).toBeGreaterThan(0);
      expect(offered(onPage), `${edition}/search/`).toEqual(offered(inIndex));
    }
  });
});
