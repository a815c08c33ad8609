/**
 * What is kept for offline use, decided from the list of built files, per
 * language edition (ru, sr, sr-cyrl, en). Three layers, because mobile data
 * is expensive and a directory of 10,000 services is far too much to
 * download for anyone who did not ask:
 *
 * - the edition's **shell**, saved on the first visit without asking: its
 *   home and privacy pages with the stylesheets and scripts they load, and
 *   the quick-exit script and icon (about 15 KB). Nothing of other editions.
 *   Not the search page: without the index it cannot search, so it comes
 *   with the index.
 * - its **core pack**, only when asked: its service list (with its country
 *   and city pages), its events list, its search page, Pagefind's runtime and
 *   its whole search index, result
 *   fragments included (search cannot show a result without its fragment),
 *   so list and search work offline. The Serbian Cyrillic edition has no
 *   index of its own; its core pack holds the Serbian one.
 * - its **full pack**, only when asked: every other page of that edition
 *   (service, country, statement, case, pathway pages).
 *
 * The offer says each pack's size (at 10,000 services a core pack is about
 * 18 MB and a full pack about 80 MB). Pages a person opens are kept anyway.
 */
import type { OfflineMessages } from '../i18n/offline';
import { LOCALES } from '../schemas/locales';

/** A built file: path relative to dist/ with forward slashes, and what it costs to download. */
export interface BuiltFile {
  path: string;
  /** Bytes over the network (gzip size for text, file size for binary). */
  transferBytes: number;
  /** Short content hash. */
  revision: string;
  /** For a page: the hashed assets it links to (see assetLinks). */
  links?: string[];
}

/** A cached URL and the revision of its content (empty when the URL itself is content-hashed). */
export type PackEntry = [url: string, revision: string];

/** One language edition's shell, core and full packs. */
export interface LanguagePack {
  /** The edition's folder: a locale, or a derived edition such as `sr-cyrl`. */
  locale: string;
  /** Changes whenever any file of the edition's packs changes. */
  version: string;
  /** Saved on the first visit. */
  shell: PackEntry[];
  core: PackEntry[];
  full: PackEntry[];
  shellBytes: number;
  coreBytes: number;
  fullBytes: number;
}

/**
 * An edition's pack summary, `dist/offline/<edition>.json`: what the page
 * script reads first. The file lists themselves (`list`) are fetched only
 * when a pack is saved.
 */
export interface PackSummary extends Omit<LanguagePack, 'core' | 'full'> {
  /** Address of `{ version, core, full }`, the entries of the packs saved on request. */
  list: string;
  /** The page script's status messages in the edition's language and script. */
  messages: OfflineMessages;
}

/** The whole plan: a pack per edition. */
export interface OfflinePlan {
  packs: LanguagePack[];
}

/** Pages that need the network anyway (map tiles), so are never saved ahead. */
const ONLINE_ONLY_SECTIONS = ['map'];
/** An edition's pages small enough and needed often enough to be in its shell. */
const SHELL_PAGES = ['', 'privacy'];
/** Files every edition's shell holds besides its pages and their assets, relative to dist/ (not hashed: kept fresh by the worker). */
const SHELL_FILES = ['quick-exit.js', 'favicon.svg'];
/**
 * Pagefind's runtime, the same for every language: saved with the core pack,
 * since search needs an index anyway. Not its web worker, which the search
 * page does not use (see src/scripts/site-search.ts).
 */
const SEARCH_RUNTIME = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];

/** `ru/services/x/index.html` → `ru/services/x/`; other files unchanged. */
export function pagePath(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1');
}

function pageOf(path: string, locale: string): string | undefined {
  if (!path.startsWith(`${locale}/`) || !path.endsWith('index.html')) return undefined;
  return pagePath(path.slice(locale.length + 1)).replace(/\/$/, '');
}

/**
 * The service list and its pages per country and city (`services/in/<country>/<city>`),
 * the events list, whose cards carry every event's dates (the event pages go in the full pack),
 * and the search page, which needs the index saved with them.
 */
function isDirectoryPage(page: string): boolean {
  return page === 'services' || page.startsWith('services/in/') || page === 'events' || page === 'search';
}

function isSearchFile(path: string, language: string): boolean {
  return (
    SEARCH_RUNTIME.includes(path) ||
    path === `pagefind/wasm.${language}.pagefind` ||
    new RegExp(`^pagefind/pagefind\\.${language}_[^/]+\\.pf_meta$`).test(path) ||
    new RegExp(`^pagefind/(index|filter|fragment)/${language}_[^/]+$`).test(path)
  );
}

/**
 * The Pagefind language whose index an edition searches: its own, or else
 * its base language's (`sr-cyrl` → `sr`), as Pagefind itself chooses in the
 * browser from `<html lang>`; undefined when there is neither.
 */
export function searchLanguageOf(edition: string, languages: readonly string[]): string | undefined {
  const base = edition.split('-')[0]!;
  return [edition, base].find((language) => languages.includes(language));
}

/** The language editions among the built files: top-level folders with a home page and a search index to use. */
export function builtEditions(paths: readonly string[], languages: readonly string[]): string[] {
  return paths
    .map((path) => /^([^/]+)\/index\.html$/.exec(path)?.[1])
    .filter(
      (edition): edition is string => edition !== undefined && searchLanguageOf(edition, languages) !== undefined,
    );
}

/** A short, stable fingerprint of `text` (FNV-1a, 32 bits, hex). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What `planOffline` needs to know besides the files. */
export interface PlanOptions {
  /** The site's path prefix ('' at a root domain). */
  base?: string;
  /** Edition folders to pack. */
  locales?: readonly string[];
  /** Languages of the search index (pagefind-entry.json); by default the editions' own. */
  searchLanguages?: readonly string[];
  /** The hashed assets (`_astro/…`) that these pages load, directly or through imports (see withImports). */
  assetsOf?: (pages: string[]) => string[];
}

/** One edition's files by layer, before their scripts and styles are added: shell pages, the directory and search index, the rest. */
function sortIntoLayers(files: BuiltFile[], locale: string, searchLanguage: string) {
  const shellPages: string[] = [];
  const core: BuiltFile[] = [];
  const full: BuiltFile[] = [];
  for (const file of files) {
    const page = pageOf(file.path, locale);
    if (page !== undefined) {
      if (SHELL_PAGES.includes(page)) shellPages.push(file.path);
      else if (isDirectoryPage(page)) core.push(file);
      else if (!ONLINE_ONLY_SECTIONS.includes(page.split('/')[0] ?? '')) full.push(file);
    } else if (isSearchFile(file.path, searchLanguage)) core.push(file);
  }
  return { shellPages, core, full };
}

/**
 * The shell (its pages, the shell files and the assets they load), and each later
 * layer completed with the scripts and styles its pages load that no earlier layer holds.
 */
function withAssets(
  { shellPages, core, full }: ReturnType<typeof sortIntoLayers>,
  byPath: Map<string, BuiltFile>,
  assetsOf: (pages: string[]) => string[],
): [shell: BuiltFile[], core: BuiltFile[], full: BuiltFile[]] {
  const shell = [...new Set([...shellPages, ...SHELL_FILES, ...assetsOf(shellPages)])]
    .sort()
    .flatMap((path) => byPath.get(path) ?? []);
  const held = new Set(shell.map((file) => file.path));
  const layers = [core, full].map((layer) => [...layer]);
  for (const layer of layers) {
    for (const path of assetsOf(layer.map((file) => file.path).filter((path) => path.endsWith('.html')))) {
      const file = byPath.get(path);
      if (file && !held.has(path)) layer.push(file);
      held.add(path);
    }
  }
  return [shell, layers[0]!, layers[1]!];
}

/** Splits the built files into each edition's shell and packs. */
export function planOffline(files: BuiltFile[], options: PlanOptions = {}): OfflinePlan {
  const { base = '', locales = LOCALES, searchLanguages = locales, assetsOf = () => [] } = options;
  // Pagefind's and Astro's files are named by their content; pages and the rest carry a revision.
  const entry = (file: BuiltFile): PackEntry => [
    `${base}/${pagePath(file.path)}`,
    /^(pagefind|_astro)\//.test(file.path) ? '' : file.revision,
  ];
  const sum = (list: BuiltFile[]) => list.reduce((total, file) => total + file.transferBytes, 0);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const packs = locales.map((locale): LanguagePack => {
    const searchLanguage = searchLanguageOf(locale, searchLanguages) ?? locale;
    const [shell, core, full] = withAssets(sortIntoLayers(files, locale, searchLanguage), byPath, assetsOf);
    const [shellEntries, coreEntries, fullEntries] = [shell.map(entry), core.map(entry), full.map(entry)];
    return {
      locale,
      version: fingerprint([...shellEntries, ...coreEntries, ...fullEntries].map((item) => item.join(' ')).join('\n')),
      shell: shellEntries,
      core: coreEntries,
      full: fullEntries,
      shellBytes: sum(shell),
      coreBytes: sum(core),
      fullBytes: sum(full),
    };
  });
  return { packs };
}

/** Paths of the hashed script and style files (`_astro/…`) that a page links to directly. */
export function assetLinks(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)"/g)].map((match) => match[1]!))];
}

/** `assets` and every script they import, directly or not; `readAsset` returns an asset's text. */
export function withImports(assets: Iterable<string>, readAsset: (path: string) => string | undefined): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    if (!found.has(path)) {
      found.add(path);
      queue.push(path);
    }
  };
  for (const path of assets) add(path);
  while (queue.length) {
    const path = queue.pop()!;
    const text = path.endsWith('.js') ? readAsset(path) : undefined;
    if (!text) continue;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    // The minifier quotes a dynamic import with backticks: import(`./x.js`).
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+)["'`]/g)) add(folder + match[1]);
  }
  return [...found].sort();
}
