/**
 * Finding things in the built site: the dist/ folder, its HTML files, and a
 * sample page of each type per locale, discovered from what was built rather
 * than hard-coded ids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PAGES } from '../../src/lib/routes';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';

/** The built site; DIST_DIR points the checks at another build (e.g. a benchmark's). */
export const DIST = process.env.DIST_DIR
  ? resolve(process.env.DIST_DIR)
  : join(import.meta.dirname, '..', '..', 'dist');

/** The project the site was built from: its content/ is what the pages must show. */
export const PROJECT_ROOT = dirname(DIST);

/** Time allowed for a check that reads every page: minutes for a 10,000-service build (DIST_DIR=.bench/10000/dist). */
export const WHOLE_SITE_MS = 600_000;

/** Throws a clear message when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'en', 'index.html'))) {
    throw new Error(
      `No built site at ${DIST}. Run \`npm run build\` before \`npm run test:dist\` or \`npm run test:browser\`.`,
    );
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

/** A page type and where it was found in one locale. */
export interface SamplePage {
  /** Page type: its name in PAGES (src/lib/routes.ts), e.g. `service`; `servicesIn:2` for the two-id form. */
  type: string;
  locale: Locale;
  /** Locale-independent path, e.g. `services/some-id`. */
  path: string;
  /** Site-relative URL, e.g. `/en/services/some-id/`. */
  url: string;
}

/** Stands for an entry id in a route pattern. */
const ANY = '*';

/**
 * Every page type of the site's route table (PAGES in src/lib/routes.ts) as a
 * path pattern: fixed pages as they are, pages per entry with `*` for each id
 * (`services/*`; `services/in/*` and `services/in/*\/*` for the two forms of
 * `servicesIn`). Derived, so a page added to the table is visited by every
 * test that samples the site.
 */
export const PAGE_PATTERNS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PAGES).flatMap(([type, page]) => {
    if (typeof page === 'string') return [[type, page]];
    const route = page as (...ids: string[]) => string;
    return Array.from({ length: route.length }, (_, index) => [
      index === 0 ? type : `${type}:${index + 1}`,
      route(...Array<string>(index + 1).fill(ANY)),
    ]);
  }),
);

/** Folder names a `*` must not take: the fixed names beside it (`cases/statistics` is no case, `services/in` no service). */
const RESERVED = new Map<string, Set<string>>();
for (const pattern of Object.values(PAGE_PATTERNS)) {
  const segments = pattern.split('/');
  segments.forEach((segment, index) => {
    if (segment === ANY || (index === 0 && segment === '')) return;
    const parent = segments.slice(0, index).join('/');
    RESERVED.set(parent, (RESERVED.get(parent) ?? new Set()).add(segment));
  });
}

/** The first built page (in name order) that matches `segments`, as a locale-independent path. */
function firstMatch(
  folder: string,
  segments: string[],
  pattern: string[] = [],
  path: string[] = [],
): string | undefined {
  if (!segments.length) return existsSync(join(folder, 'index.html')) ? path.join('/') : undefined;
  const [head = '', ...rest] = segments;
  if (head !== ANY) return firstMatch(join(folder, head), rest, [...pattern, head], [...path, head]);
  if (!existsSync(folder)) return undefined;
  const reserved = RESERVED.get(pattern.join('/'));
  for (const name of readdirSync(folder).sort()) {
    if (reserved?.has(name) || !statSync(join(folder, name)).isDirectory()) continue;
    const found = firstMatch(join(folder, name), rest, [...pattern, ANY], [...path, name]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * One page of every type in `locale`, found in the built site. `missing`
 * names the entry types with nothing built (content with no such entry yet,
 * the directory's country and city pages below DIRECTORY_PAGE_LIMIT); fixed
 * pages are always listed.
 */
export function samplePages(locale: Locale, dir: string = DIST): { pages: SamplePage[]; missing: string[] } {
  const pages: SamplePage[] = [];
  const missing: string[] = [];
  for (const [type, pattern] of Object.entries(PAGE_PATTERNS)) {
    // A fixed page is listed even when it was not built, so the tests visiting it fail rather than skip it.
    const path = pattern.includes(ANY) ? firstMatch(join(dir, locale), pattern.split('/')) : pattern;
    if (path === undefined) missing.push(type);
    else pages.push({ type, locale, path, url: pageUrl(locale, path) });
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
export function pageScripts(
  html: string,
  dir: string = DIST,
): { inline: string[]; files: string[]; external: string[] } {
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/type="application\/(ld\+)?json"/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')
    .filter((code) => code.trim());
  const referenced = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...inline.flatMap((code) =>
      [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((match) => match[1] ?? ''),
    ),
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
    // Static and dynamic imports between bundled chunks are fetched too (the minifier writes `import(\`./x.js\`)`).
    for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+\.m?js)["'`]/g)) {
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
    for (const match of readFileSync(home, 'utf8').matchAll(
      /<link[^>]+hreflang="(?!x-default)[^"]+"[^>]*href="([^"]+)"/g,
    )) {
      const segment = new URL(match[1] ?? '', SITE.url).pathname.slice(SITE.base.length).split('/')[1];
      if (segment) prefixes.add(segment);
    }
  }
  return [...prefixes];
}
