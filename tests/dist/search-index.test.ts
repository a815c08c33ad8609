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
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { SERVICE_TYPES } from '../../src/schemas/vocabularies';
import { CYRILLIC_SEGMENT } from '../../src/lib/cyrillic-edition';
import { pickText } from '../../src/lib/localized';
import { validateContent } from '../../src/lib/validation';
import { useTranslations } from '../../src/i18n';
import { elementsOf, textOf } from '../support/html';
import { listHtmlFiles, PROJECT_ROOT, readDist, requireDist, WHOLE_SITE_MS } from '../support/dist';

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

  it('keeps only the runtime the search page loads: no ready-made interfaces, highlighter or web worker', () => {
    const runtime = readdirSync(join(dist, 'pagefind')).filter((name) => name.endsWith('.js'));
    expect(runtime).toEqual(['pagefind.js']);
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

/** The text Pagefind indexed for each page, by URL: its result fragments, gzip with a `pagefind_dcd` signature before the JSON. */
function indexedText(): Map<string, string> {
  const folder = join(dist, 'pagefind', 'fragment');
  return new Map(
    readdirSync(folder).map((file) => {
      const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as {
        url: string;
        content: string;
      };
      return [fragment.url, fragment.content];
    }),
  );
}

describe('what a service page gives the index', () => {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('holds the name, types, city, description and who it is for, not hours, contacts or repeated labels', () => {
    const content = validateContent({ root: PROJECT_ROOT });
    const indexed = indexedText();
    const problems: string[] = [];
    const services = content.services.map(({ data }) => data).filter((service) => !service.draft);
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      for (const service of services) {
        const url = `/${locale}/services/${service.id}/`;
        const text = indexed.get(url);
        if (text === undefined) {
          problems.push(`${url}: not in the index`);
          continue;
        }
        const country = content.countries.find(({ data }) => data.id === service.country)?.data;
        const own = (value: Parameters<typeof pickText>[0]) => squash(pickText(value, locale, service.original_language));
        const wanted = [
          own(service.name),
          ...service.types.map((type) => SERVICE_TYPES[type][locale].label),
          squash(pickText(country?.cities[service.city]?.name, locale, country?.original_language)),
          own(service.description).slice(0, 80),
          own(service.eligibility).slice(0, 80),
        ];
        const unwanted = [
          t('service.hours'),
          t('service.contact'),
          t('service.eligibility'),
          t('service.verified'),
          ...service.types.map((type) => SERVICE_TYPES[type][locale].explain),
          ...service.phones.map((phone) => phone.number),
          own(service.hours_note),
        ];
        for (const value of wanted.filter(Boolean))
          if (!squash(text).includes(value)) problems.push(`${url}: "${value.slice(0, 50)}" is not indexed`);
        // A label may also be a word of the service's own text ("Kontakt" in a description).
        const ownText = [service.name, service.description, service.eligibility].map((value) => own(value)).join(' ');
        for (const value of unwanted.filter((value) => value && !ownText.includes(squash(value))))
          if (squash(text).includes(squash(value))) problems.push(`${url}: "${value.slice(0, 50)}" is indexed`);
      }
    }
    expect(services.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, WHOLE_SITE_MS);
});

