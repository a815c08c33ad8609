/**
 * What the sitemap lists and how its entries point at each other. Every page
 * exists in every edition — the three locales and the Serbian Cyrillic one
 * written after the build — so a page's alternates are the same path under
 * each edition's prefix.
 *
 * Listed: every HTML page but the ones built not to be found by a search
 * engine, which carry `<meta name="robots" content="noindex">` instead
 * (`UNLISTED_PAGES`: the referral slip, empty without the services chosen in
 * its address, and the printable booklets, copies of directory pages made for
 * paper) and the 404 page. Files (feeds, data, JSON) are not pages.
 */
import { LOCALES } from '../schemas/locales';
import { CYRILLIC_LANG, CYRILLIC_SEGMENT } from './cyrillic-edition';
import { PAGES } from './routes';

/** Pages (and the pages under them) that exist in every edition but are kept out of search engines and the sitemap. */
export const UNLISTED_PAGES: readonly string[] = [PAGES.slip, PAGES.booklet('').replace(/\/$/, '')];

/** Whether the page at this locale-independent path is kept out of search engines. */
export function isUnlisted(path: string): boolean {
  return UNLISTED_PAGES.some((page) => path === page || path.startsWith(`${page}/`));
}

/** Every edition's URL segment with its BCP 47 tag, for hreflang. */
export const EDITION_LANGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(LOCALES.map((locale) => [locale, locale])),
  [CYRILLIC_SEGMENT]: CYRILLIC_LANG,
};

/** The edition and the path inside it of an absolute URL under `root` (the site URL with its base and a trailing slash). */
function editionPath(url: string, root: string): { edition: string; path: string } | undefined {
  if (!url.startsWith(root)) return undefined;
  const [edition = '', ...rest] = url.slice(root.length).split('/');
  return edition in EDITION_LANGS ? { edition, path: rest.join('/') } : undefined;
}

/** Whether the sitemap lists this absolute URL: a page (ending in a slash), not one of the unlisted ones. */
export function isListed(url: string, root: string): boolean {
  if (!url.endsWith('/')) return false;
  const inEdition = editionPath(url, root);
  return !inEdition || !isUnlisted(inEdition.path.replace(/\/$/, ''));
}

/** A sitemap alternate: the same page in another edition. */
export interface Alternate {
  url: string;
  lang: string;
}

/** The page at `url` in every edition (itself included), or none for a page outside the editions (the language chooser). */
export function alternatesOf(url: string, root: string): Alternate[] | undefined {
  const inEdition = editionPath(url, root);
  if (!inEdition) return undefined;
  return Object.entries(EDITION_LANGS).map(([edition, lang]) => ({ url: `${root}${edition}/${inEdition.path}`, lang }));
}
