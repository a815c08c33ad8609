/**
 * The Content-Security-Policy, written once for astro.config.mjs (which adds
 * hashes of every inline script and style Astro emits) and per page for the
 * two pages that need more. A meta-tag policy cannot carry frame-ancestors
 * or reporting; everything else a static site can restrict is restricted.
 */
import { SITE } from '../site.config';
import { PAGES } from './routes';

/** Directives of every page, besides script-src and style-src. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** Script sources of every page besides Astro's hashes: the site's own external files (quick exit, offline). */
export const CSP_SCRIPT_RESOURCES = ["'self'"] as const;

/**
 * Directives one page adds: only the map page may load images from the tile
 * server; every other page keeps `img-src 'self' data:`.
 */
export function pageDirectives(path: string): string[] {
  return path === PAGES.map && SITE.map.tiles ? [`img-src ${SITE.map.tilesOrigin}`] : [];
}

/**
 * Script sources one page adds: the search page runs Pagefind's WebAssembly
 * on the page itself when its worker cannot start.
 */
export function pageScriptResources(path: string): string[] {
  return path === PAGES.search ? ["'wasm-unsafe-eval'"] : [];
}
