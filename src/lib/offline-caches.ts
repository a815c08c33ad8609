/**
 * Names shared by the service worker (scripts/service-worker.ts, which builds
 * dist/sw.js) and the page script that fills the same caches
 * (src/scripts/offline-status.ts): one source, so the two cannot drift apart.
 * No imports, so the page script bundles nothing else with it.
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

/** The cache a saved URL belongs in: the one the worker's runtime routes read it from. */
export function cacheFor(pathname: string): string {
  if (pathname.includes('/pagefind/')) return CACHES.search;
  if (pathname.includes('/_astro/')) return CACHES.assets;
  return CACHES.pages;
}
