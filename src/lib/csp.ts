/**
 * The Content-Security-Policy of every page, written by the layout as a
 * <meta> tag. The site has no inline scripts or styles at all — scripts and
 * stylesheets are files on the site's own origin (see astro.config.mjs)
 * — so the policy needs no hashes and stays the same few hundred bytes on
 * every page, instead of listing every hash of the site in tens of thousands
 * of pages. Two pages add what only they need. A meta-tag policy cannot carry
 * frame-ancestors or reporting; everything else a static site can restrict is
 * restricted.
 */
import { SITE } from '../site.config';
import { PAGES } from './routes';

/** Directives of every page. */
const BASE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof BASE_DIRECTIVES;

/**
 * Sources one page adds: only the map page may load images from the tile
 * server, and only the search page may compile Pagefind's WebAssembly on the
 * page itself when its worker cannot start.
 */
function pageSources(path: string): Partial<Record<Directive, string[]>> {
  if (path === PAGES.map && SITE.map.tiles) return { 'img-src': [SITE.map.tilesOrigin] };
  if (path === PAGES.search) return { 'script-src': ["'wasm-unsafe-eval'"] };
  return {};
}

/** The policy of the page at this locale-independent path, as the content of a CSP <meta> tag. */
export function contentSecurityPolicy(path: string): string {
  const extra = pageSources(path);
  return Object.entries(BASE_DIRECTIVES)
    .map(([directive, sources]) => [directive, ...sources, ...(extra[directive as Directive] ?? [])].join(' '))
    .join('; ');
}
