/**
 * Names shared by the service worker (scripts/service-worker.ts, which builds
 * dist/sw.js), its part that saves packs (src/scripts/offline-worker.ts) and
 * the page script that asks it to (src/scripts/offline-status.ts), with the
 * messages the page and the worker exchange: one source, so they cannot drift
 * apart. No imports, so the page script bundles nothing else with it.
 */

/** Cache Storage names. */
export const CACHES = {
  /** HTML pages: those opened (network-first) and those of saved packs. */
  pages: 'pages',
  /** Pagefind's index files, named by their content. */
  search: 'search-index',
  /** Hashed scripts and styles under `_astro/`. */
  assets: 'assets',
  /** What each edition's pack saved, and at which version (one entry per pack summary URL). */
  state: 'offline-packs',
} as const;

/** localStorage key set when someone removed everything and switched saving off on the privacy page. */
export const SAVING_DISABLED_KEY = 'offline-saving-disabled';

/** Whether saving was switched off on this device (false where storage is blocked: nothing was stored). */
export function savingDisabled(): boolean {
  try {
    return localStorage.getItem(SAVING_DISABLED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The cache a saved URL belongs in: the one the worker's runtime routes read it from. */
export function cacheFor(pathname: string): string {
  if (pathname.includes('/pagefind/')) return CACHES.search;
  if (pathname.includes('/_astro/')) return CACHES.assets;
  return CACHES.pages;
}

/** How much of an edition is saved: its shell only, plus the core pack, or everything. */
export const OFFLINE_LEVELS = ['none', 'core', 'full'] as const;
export type OfflineLevel = (typeof OFFLINE_LEVELS)[number];

/**
 * What a page asks the service worker (src/scripts/offline-worker.ts) to save:
 * its edition's packs up to `level`, and for each `data-offline-keep` link
 * the linked page (address without query) and the files it lists.
 */
export interface OfflineSaveRequest {
  type: 'offline-save';
  /** The edition's pack summary, `…/offline/<edition>.json`. */
  summary: string;
  level: OfflineLevel;
  /** The page's language, for sizes such as "1.2 MB". */
  lang: string;
  keep: { page: string; files: string[] }[];
}

/** What the worker answers the page that asked: the state to show, its text, and the next pack to offer. */
export interface OfflineSaveReport {
  type: 'offline-status';
  state: 'saving' | 'visited' | 'partial' | 'ready' | 'failed';
  /** Absent when the worker could not say (the page then uses its own message for the state). */
  text?: string;
  offer?: { level: OfflineLevel; text: string };
}
