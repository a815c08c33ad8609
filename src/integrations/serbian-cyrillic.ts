/**
 * Writes the Serbian Cyrillic edition after the build: every page under
 * dist/sr/ gets a twin under dist/sr-cyrl/ (see src/lib/cyrillic-edition.ts).
 * It runs in astro:build:done. Pagefind does not index these pages: the
 * Cyrillic search page searches the Serbian index (src/scripts/site-search.ts).
 *
 * Only HTML is written. Feeds and JSON under /sr/ (RSS, open data) are left
 * where they are on purpose: Cyrillic pages keep linking to them, and a
 * second copy would only double what phones download. The map's data, whose
 * names and labels the map shows, is the exception: its Cyrillic file is an
 * endpoint of its own (src/pages/sr-cyrl/map/services.json.ts), made from the
 * content, which alone knows which names are Serbian.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CYRILLIC_SEGMENT, toCyrillicPage, type EditionOptions } from '../lib/cyrillic-edition';

/** Below this many pages one thread is quicker than starting workers. */
const PAGES_PER_WORKER = 1000;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Writes the Cyrillic twins of these pages, given by their paths under dist/sr/. */
export function writeCyrillicPages(dist: string, paths: readonly string[], options: EditionOptions): void {
  for (const path of paths) {
    const target = join(dist, CYRILLIC_SEGMENT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toCyrillicPage(readFileSync(join(dist, 'sr', path), 'utf8'), options));
  }
}

/** Runs writeCyrillicPages in a worker thread (TypeScript through tsx, as in the build itself). */
function inWorker(dist: string, paths: readonly string[], options: EditionOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cyrillic-worker.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      workerData: { dist, paths, options },
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Cyrillic edition worker exited with ${code}`)),
    );
  });
}

/**
 * Writes dist/sr-cyrl/ from dist/sr/; returns how many pages. Transliterating
 * ten thousand pages takes seconds of CPU and nothing else runs at this point
 * of the build, so large sites share the pages among one worker per core.
 */
export async function writeCyrillicEdition(dist: string, options: EditionOptions): Promise<number> {
  const latinRoot = join(dist, 'sr');
  const paths = htmlFiles(latinRoot).map((file) => relative(latinRoot, file).split(sep).join('/'));
  const workers = Math.min(availableParallelism(), Math.floor(paths.length / PAGES_PER_WORKER));
  if (workers < 2) {
    writeCyrillicPages(dist, paths, options);
  } else {
    const shares = Array.from({ length: workers }, (_, worker) =>
      paths.filter((_, index) => index % workers === worker),
    );
    await Promise.all(shares.map((share) => inWorker(dist, share, options)));
  }
  return paths.length;
}

/** The integration; register it in astro.config.mjs. */
export function serbianCyrillic(options: EditionOptions): AstroIntegration {
  return {
    name: 'serbian-cyrillic',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeCyrillicEdition(fileURLToPath(dir), options);
        logger.info(
          `${count} pages of the Serbian Cyrillic edition written to ${CYRILLIC_SEGMENT}/ in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
