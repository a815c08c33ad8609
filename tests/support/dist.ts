/**
 * Finding things in the built site: the dist/ folder, its HTML files, and a
 * sample page of each type per locale, discovered from what was built rather
 * than hard-coded ids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';

/** The built site; DIST_DIR points the checks at another build (e.g. a benchmark's). */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');

/** The project the site was built from: its content/ is what the pages must show. */
export const PROJECT_ROOT = dirname(DIST);

/** Time allowed for a check that reads every page: minutes for a 10,000-service build (DIST_DIR=.bench/10000/dist). */
export const WHOLE_SITE_MS = 600_000;

/** Throws a clear message when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'en', 'index.html'))) {
    throw new Error(`No built site at ${DIST}. Run \`npm run build\` before \`npm run test:dist\` or \`npm run test:browser\`.`);
  }
  return DIST;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string = DIST): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every built HTML file, relative to dist/. */
export function listHtmlFiles(dir: string = DIST): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The HTML of a built file (relative to dist/). */
export function readDist(file: string, dir: string = DIST): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** The site-relative URL of a built HTML file: `en/services/x/index.html` → `/en/services/x/`. */
export function urlOfFile(file: string): string {
  return `${SITE.base}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The first sub-folder of `dist/<locale>/<section>/` that has a page, if any. */
function firstEntry(locale: Locale, section: string, dir: string): string | undefined {
  const folder = join(dir, locale, section);
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder)
    .sort()
    // cases/statistics and cases/guide are pages of their own, not entries.
    .find((name) => existsSync(join(folder, name, 'index.html')) && !Object.values(FIXED_PAGES).includes(`${section}/${name}`));
}

/** A page type and where it was found in one locale. */
export interface SamplePage {
  /** Page type, e.g. `service`. */
  type: string;
  locale: Locale;
  /** Locale-independent path, e.g. `services/some-id`. */
  path: string;
  /** Site-relative URL, e.g. `/en/services/some-id/`. */
  url: string;
}

/** Page types that exist once per locale at a fixed path. */
export const FIXED_PAGES: Record<string, string> = {
  home: '',
  services: 'services',
  map: 'map',
  statements: 'statements',
  cases: 'cases',
  search: 'search',
  contribute: 'contribute',
  privacy: 'privacy',
  press: 'press',
  caseStatistics: 'cases/statistics',
  caseGuide: 'cases/guide',
  monitoring: 'monitoring',
  tallyForm: 'contribute/tally',
};

/** Page types with one page per entry, sampled by their first built entry. */
export const ENTRY_SECTIONS: Record<string, string> = {
  service: 'services',
  country: 'countries',
  statement: 'statements',
  case: 'cases',
  monitoringRound: 'monitoring',
};

/**
 * One page of every type in `locale`. Fixed pages are always listed (they must
 * exist); entry pages are listed when at least one entry was built, and
 * `missing` names the entry types with nothing to sample.
 */
export function samplePages(locale: Locale, dir: string = DIST): { pages: SamplePage[]; missing: string[] } {
  const pages: SamplePage[] = Object.entries(FIXED_PAGES).map(([type, path]) => ({ type, locale, path, url: pageUrl(locale, path) }));
  const missing: string[] = [];
  for (const [type, section] of Object.entries(ENTRY_SECTIONS)) {
    const id = firstEntry(locale, section, dir);
    if (!id) {
      missing.push(type);
      continue;
    }
    const path = `${section}/${id}`;
    pages.push({ type, locale, path, url: pageUrl(locale, path) });
  }
  return { pages, missing };
}

/** Site-relative URL of a locale-independent path. */
export function pageUrl(locale: Locale, path: string): string {
  return `${SITE.base}/${locale}/${path ? `${path}/` : ''}`;
}

/** The dist/ file of a site-relative URL. */
export function fileOfUrl(url: string): string {
  const base: string = SITE.base;
  const withoutBase = base && url.startsWith(base) ? url.slice(base.length) : url;
  const clean = withoutBase.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

export { LOCALES };

/** Every script a page runs: inline code and the local files it loads, following imports between chunks. */
export function pageScripts(html: string, dir: string = DIST): { inline: string[]; files: string[]; external: string[] } {
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/type="application\/(ld\+)?json"/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')
    .filter((code) => code.trim());
  const referenced = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...inline.flatMap((code) => [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((match) => match[1] ?? '')),
  ];
  const files = new Set<string>();
  const external: string[] = [];
  const queue = referenced.map((url) => ({ url, from: '/' }));
  while (queue.length) {
    const { url, from } = queue.pop() as { url: string; from: string };
    if (/^(https?:)?\/\//.test(url)) {
      external.push(url);
      continue;
    }
    const path = new URL(url, `http://site${from}`).pathname;
    const file = fileOfUrl(path);
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static and dynamic imports between bundled chunks are fetched too.
    for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{0,2}\/[^"']+\.m?js)["']/g)) {
      queue.push({ url: match[1] ?? '', from: path });
    }
  }
  return { inline, files: [...files], external };
}

/**
 * Top-level folders holding a language edition: the content locales plus any
 * derived edition the pages announce with hreflang (e.g. Serbian Cyrillic).
 */
export function editionPrefixes(dir: string = DIST): string[] {
  const prefixes = new Set<string>(LOCALES);
  const home = join(dir, 'en', 'index.html');
  if (existsSync(home)) {
    for (const match of readFileSync(home, 'utf8').matchAll(/<link[^>]+hreflang="(?!x-default)[^"]+"[^>]*href="([^"]+)"/g)) {
      const segment = new URL(match[1] ?? '', SITE.url).pathname.slice(SITE.base.length).split('/')[1];
      if (segment) prefixes.add(segment);
    }
  }
  return [...prefixes];
}
