/**
 * What the service worker keeps for offline use, decided from the list of
 * built files. Three layers, because a directory of 10,000 services in three
 * languages is far too much to download for everyone:
 *
 * - the **shell** (precached by Workbox for everyone): the language chooser,
 *   each language's home, search and privacy pages, scripts, icons and
 *   Pagefind's loader. Small and the same for all.
 * - a language's **core pack**: its service list (with its country and city
 *   pages), its events list and its whole search index,
 *   result fragments included (search cannot show a result without its
 *   fragment), so list and search work offline. The Serbian Cyrillic
 *   edition has no index of its own; its core pack holds the Serbian one.
 * - a language's **full pack**: every other page of that language (service,
 *   country, statement, case, pathway pages).
 *
 * Each pack is saved on the first visit to the language only while
 * everything saved so far stays under AUTO_SAVE_BYTES; beyond that the person
 * is asked, with the size, because mobile data is expensive. (At 10,000
 * services a core pack is about 18 MB and a full pack about 80 MB.)
 */
import { LOCALES } from '../schemas/locales';

/** A built file: path relative to dist/ with forward slashes, and what it costs to download. */
export interface BuiltFile {
  path: string;
  /** Bytes over the network (gzip size for text, file size for binary). */
  transferBytes: number;
  /** Short content hash. */
  revision: string;
}

/** A cached URL and the revision of its content (empty when the URL itself is content-hashed). */
export type PackEntry = [url: string, revision: string];

/** One language edition's core and full packs. */
export interface LanguagePack {
  /** The edition's folder: a locale, or a derived edition such as `sr-cyrl`. */
  locale: string;
  /** Changes whenever any file of the pack changes. */
  version: string;
  core: PackEntry[];
  full: PackEntry[];
  coreBytes: number;
  fullBytes: number;
  /** Whether the core pack is small enough to save without asking. */
  autoCore: boolean;
  /** Whether core and full packs together are small enough to save without asking. */
  autoFull: boolean;
}

/** The whole plan: precached shell paths and a pack per language. */
export interface OfflinePlan {
  shell: string[];
  packs: LanguagePack[];
}

/** Pages that need the network anyway (map tiles), so are never saved ahead. */
const ONLINE_ONLY_SECTIONS = ['map'];
/** Per-language pages small enough and needed often enough to be in everyone's shell. */
const SHELL_PAGES = ['', 'search', 'privacy'];
/** Language-independent files of the shell, as path patterns relative to dist/. */
const SHELL_FILES = [
  /^index\.html$/,
  /^favicon\.svg$/,
  /^manifest\.webmanifest$/,
  /^icons\/[^/]+\.png$/,
  /^quick-exit\.js$/,
  /^offline\.js$/,
  /^pagefind\/pagefind\.js$/,
  /^pagefind\/pagefind-worker\.js$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^offline\/[a-z]{2}\.json$/,
];

/** Default size up to which a language's packs are saved without asking: about one heavy web page. */
export const AUTO_SAVE_BYTES = 2_000_000;

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
 * and the events list, whose cards carry every event's dates (the event pages go in the full pack).
 */
function isDirectoryPage(page: string): boolean {
  return page === 'services' || page.startsWith('services/in/') || page === 'events';
}

function isSearchFile(path: string, language: string): boolean {
  return (
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
    .filter((edition): edition is string => edition !== undefined && searchLanguageOf(edition, languages) !== undefined);
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

/** Splits the built files into the shell and each language's packs. `base` is the site's path prefix ('' at a root domain). */
export function planOffline(
  files: BuiltFile[],
  options: {
    base?: string;
    autoSaveBytes?: number;
    /** Edition folders to pack. */
    locales?: readonly string[];
    /** Languages of the search index (pagefind-entry.json); by default the editions' own. */
    searchLanguages?: readonly string[];
  } = {},
): OfflinePlan {
  const { base = '', autoSaveBytes = AUTO_SAVE_BYTES, locales = LOCALES, searchLanguages = locales } = options;
  const url = (path: string) => `${base}/${pagePath(path)}`;
  const entry = (file: BuiltFile): PackEntry => [
    url(file.path),
    file.path.startsWith('pagefind/') ? '' : file.revision,
  ];
  const shell = files.filter((file) => SHELL_FILES.some((pattern) => pattern.test(file.path))).map((file) => file.path);
  const packs = locales.map((locale): LanguagePack => {
    const searchLanguage = searchLanguageOf(locale, searchLanguages) ?? locale;
    const core: BuiltFile[] = [];
    const full: BuiltFile[] = [];
    for (const file of files) {
      const page = pageOf(file.path, locale);
      if (page !== undefined) {
        if (SHELL_PAGES.includes(page)) shell.push(file.path);
        else if (isDirectoryPage(page)) core.push(file);
        else if (!ONLINE_ONLY_SECTIONS.includes(page.split('/')[0] ?? '')) full.push(file);
      } else if (isSearchFile(file.path, searchLanguage)) core.push(file);
    }
    const sum = (list: BuiltFile[]) => list.reduce((total, file) => total + file.transferBytes, 0);
    const coreBytes = sum(core);
    const fullBytes = sum(full);
    const coreEntries = core.map(entry);
    const fullEntries = full.map(entry);
    return {
      locale,
      version: fingerprint([...coreEntries, ...fullEntries].map((item) => item.join(' ')).join('\n')),
      core: coreEntries,
      full: fullEntries,
      coreBytes,
      fullBytes,
      autoCore: coreBytes <= autoSaveBytes,
      autoFull: coreBytes + fullBytes <= autoSaveBytes,
    };
  });
  return { shell: [...new Set(shell)].sort(), packs };
}

/**
 * Paths of the hashed script and style files (`_astro/…`) that `html` loads,
 * directly or through imports between them; `readAsset` returns an asset's text.
 */
export function referencedAssets(html: string[], readAsset: (path: string) => string | undefined): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    if (!found.has(path)) {
      found.add(path);
      queue.push(path);
    }
  };
  for (const page of html)
    for (const match of page.matchAll(/(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)"/g)) add(match[1]!);
  while (queue.length) {
    const path = queue.pop()!;
    const text = path.endsWith('.js') ? readAsset(path) : undefined;
    if (!text) continue;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g)) add(folder + match[1]);
  }
  return [...found].sort();
}
