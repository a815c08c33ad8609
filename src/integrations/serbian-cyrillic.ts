/**
 * Writes the Serbian Cyrillic edition after the build: every page under
 * dist/sr/ gets a twin under dist/sr-cyrl/ (see src/lib/cyrillic-edition.ts).
 * It runs in astro:build:done. Pagefind does not index these pages: the
 * Cyrillic search page searches the Serbian index (src/scripts/site-search.ts).
 *
 * Only HTML is written. Feeds and JSON under /sr/ (RSS, map data) are left
 * where they are on purpose: Cyrillic pages keep linking to them, and a
 * second copy would only double what phones download.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CYRILLIC_SEGMENT, toCyrillicPage, type EditionOptions } from '../lib/cyrillic-edition';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Writes dist/sr-cyrl/ from dist/sr/; returns how many pages. */
export function writeCyrillicEdition(dist: string, options: EditionOptions): number {
  const latinRoot = join(dist, 'sr');
  const files = htmlFiles(latinRoot);
  for (const file of files) {
    const path = relative(latinRoot, file).split(sep).join('/');
    const folder = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path;
    const latinUrl = `${options.base}/sr/${folder}`;
    const target = join(dist, CYRILLIC_SEGMENT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toCyrillicPage(readFileSync(file, 'utf8'), latinUrl, options));
  }
  return files.length;
}

/** The integration; register it in astro.config.mjs. */
export function serbianCyrillic(options: EditionOptions): AstroIntegration {
  return {
    name: 'serbian-cyrillic',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const count = writeCyrillicEdition(fileURLToPath(dir), options);
        logger.info(`${count} pages of the Serbian Cyrillic edition written to ${CYRILLIC_SEGMENT}/ in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
