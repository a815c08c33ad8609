/**
 * The sitemap: @astrojs/sitemap over the pages Astro built plus the Serbian
 * Cyrillic twins that src/integrations/serbian-cyrillic.ts wrote after them
 * (so register this after it), each with its alternates in every edition.
 * What is listed is decided in src/lib/sitemap.ts.
 *
 * The alternates are added here rather than by the integration's own `i18n`
 * option, which compares every URL with every other (at 10,000 services,
 * 45,000 URLs: half a billion comparisons); every page has the same path in
 * every edition, so each URL's alternates are known from the URL itself.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { alternatesOf, isListed } from '../lib/sitemap';
import { CYRILLIC_SEGMENT } from '../lib/cyrillic-edition';

/** Folders under `dir` holding an index.html, as page paths relative to dist/ (`sr-cyrl/services/x/`). */
function pageFolders(dir: string, prefix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return name === 'index.html' ? [prefix] : [];
    return pageFolders(path, `${prefix}${name}/`);
  });
}

/** The sitemap integration; `root` is the site's URL with its base path and a trailing slash. */
export function siteMap(root: string): AstroIntegration {
  const inner = sitemap({
    filter: (url) => isListed(url, root),
    serialize: (item) => ({ ...item, links: alternatesOf(item.url, root) }),
    namespaces: { news: false, image: false, video: false, xhtml: true },
  });
  const buildDone = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        const dist = fileURLToPath(options.dir);
        const cyrillic = pageFolders(join(dist, CYRILLIC_SEGMENT), `${CYRILLIC_SEGMENT}/`).map((pathname) => ({
          pathname,
        }));
        await buildDone?.({ ...options, pages: [...options.pages, ...cyrillic] });
      },
    },
  };
}
