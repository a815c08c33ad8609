/**
 * tsx scripts/service-worker.ts [--dist DIR]
 *
 * Runs after `astro build` and Pagefind. Writes each language's offline pack
 * lists to dist/offline/ and generates dist/sw.js: Workbox's routes (nothing
 * precached; pages and the search index are cached at runtime), followed by
 * the worker's own part that saves an edition's packs when a page asks
 * (src/scripts/offline-worker.ts, bundled here with esbuild). See
 * src/lib/offline-packs.ts for what goes where and why.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { build } from 'esbuild';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { CACHES } from '../src/lib/offline-caches';
import {
  assetLinks,
  builtEditions,
  planOffline,
  withImports,
  type BuiltFile,
  type OfflinePlan,
  type PackSummary,
} from '../src/lib/offline-packs';
import { SITE } from '../src/site.config';
import { offlineMessages } from '../src/i18n/offline';

const HELP = `Usage: tsx scripts/service-worker.ts [--dist DIR]

Writes dist/offline/<lang>.json (pack summaries), dist/offline/<lang>.<version>.json
(pack file lists) and dist/sw.js. Run after astro build and pagefind.

Options:
  --dist DIR   the built site (default: dist)
  -h, --help   show this help`;

const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|xml|csv|txt)$/;

const gzipAsync = promisify(gzip);

/** One copy of each asset link, whatever page it was found in (see `ownCopy`). */
const linkCopies = new Map<string, string>();

/**
 * The link as a string of its own. A match taken from a page's text is a
 * slice that keeps the whole page alive in V8, so holding every page's links
 * held every page: at 10,000 services 1.2 GB of this step's 1.6 GB.
 */
function ownCopy(link: string): string {
  let copy = linkCopies.get(link);
  if (copy === undefined) {
    copy = Buffer.from(link, 'utf8').toString('utf8');
    linkCopies.set(copy, copy);
  }
  return copy;
}

/** Size, revision and (for a page) asset links of one file; nothing of its content is kept. */
async function describe(dist: string, path: string): Promise<BuiltFile> {
  const bytes = await readFile(join(dist, path));
  return {
    path,
    transferBytes: COMPRESSIBLE.test(path) ? (await gzipAsync(bytes)).length : bytes.length,
    revision: createHash('sha256').update(bytes).digest('hex').slice(0, 10),
    ...(path.endsWith('.html') ? { links: assetLinks(bytes.toString('utf8')).map(ownCopy) } : {}),
  };
}

/**
 * Describes every file, many at a time: compressing tens of thousands of
 * pages one by one was most of this script's time, and zlib's asynchronous
 * calls run on libuv's thread pool, so they use every core.
 */
async function describeAll(dist: string, paths: string[]): Promise<BuiltFile[]> {
  const files: BuiltFile[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) files[index] = await describe(dist, paths[index]!);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return files;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Whether a file can be in an edition's packs: its pages, Pagefind's files,
 * Astro's assets and the few root files of the shell. Open data, share images
 * and slip data are never saved ahead, so they are not read at all (at 10,000
 * services they are about a third of the files).
 */
function mayBePacked(path: string, editions: readonly string[]): boolean {
  const [top = '', ...rest] = path.split('/');
  if (rest.length === 0) return true;
  return top === 'pagefind' || top === '_astro' || (editions.includes(top) && path.endsWith('.html'));
}

/**
 * The worker's own part (src/scripts/offline-worker.ts) as one minified
 * script, appended to Workbox's sw.js rather than loaded with importScripts:
 * one file fewer to fetch, and a change to it changes sw.js, which is what
 * makes browsers install the new worker.
 */
async function savingPart(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'scripts', 'offline-worker.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return outputFiles[0]!.text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The files packs may hold, described, with the site's editions and search languages. */
async function describeSite(dist: string): Promise<{ files: BuiltFile[]; editions: string[]; languages: string[] }> {
  const paths = listFiles(dist);
  // Every edition with pages and a search index: the locales, and derived ones such as sr-cyrl, which searches sr's.
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const languages = Object.keys(entry.languages);
  const editions = builtEditions(paths, languages);
  const files = await describeAll(
    dist,
    paths.filter((path) => mayBePacked(path, editions)),
  );
  return { files, editions, languages };
}

/** The offline plan of the site: each page with the assets it links and the scripts those import. */
function planFor(dist: string, { files, editions, languages }: Awaited<ReturnType<typeof describeSite>>): OfflinePlan {
  const links = new Map(files.map((file) => [file.path, file.links ?? []]));
  const read = (path: string) => {
    try {
      return readFileSync(join(dist, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const imports = new Map<string, string[]>();
  const assetsOf = (pages: string[]) => {
    const direct = new Set(pages.flatMap((page) => links.get(page) ?? []));
    const key = [...direct].sort().join(' ');
    if (!imports.has(key)) imports.set(key, withImports(direct, read));
    return imports.get(key)!;
  };
  return planOffline(files, { base: SITE.base, locales: editions, searchLanguages: languages, assetsOf });
}

/** Writes each edition's pack lists and its summary (with the offline element's messages) under `offlineDir`. */
function writePacks(offlineDir: string, plan: OfflinePlan): void {
  mkdirSync(offlineDir, { recursive: true });
  for (const pack of plan.packs) {
    const list = `${pack.locale}.${pack.version}.json`;
    writeFileSync(join(offlineDir, list), JSON.stringify({ version: pack.version, core: pack.core, full: pack.full }));
    const summary: PackSummary = {
      locale: pack.locale,
      version: pack.version,
      shell: pack.shell,
      list: `${SITE.base}/offline/${list}`,
      shellBytes: pack.shellBytes,
      coreBytes: pack.coreBytes,
      fullBytes: pack.fullBytes,
      messages: offlineMessages(pack.locale),
    };
    writeFileSync(join(offlineDir, `${pack.locale}.json`), JSON.stringify(summary));
  }
}

/** How the worker caches pages, the shell's root files, pack summaries and slip data. */
function pageCaching(base: string, locales: string[]): RuntimeCaching[] {
  return [
    {
      // Pages: fresh when online, the saved copy when offline or the network is too slow.
      urlPattern: new RegExp(`${base}/(?:${locales.join('|')})/(?:[^?#]*/)?(?:[?#].*)?$`),
      handler: 'NetworkFirst',
      options: {
        cacheName: CACHES.pages,
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
        // A page is saved under its address without the query: a slip's choice (`?s=…`) or a
        // filter lives only in the address and the history, never in the device's caches.
        plugins: [
          {
            cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
              const url = new URL(request.url);
              url.search = '';
              return url.href;
            },
          },
        ],
      },
    },
    {
      // The shell's unhashed root files (quick exit, icon) and the editions' pack summaries.
      urlPattern: new RegExp(`^https?://[^/]+${base}/(?:[^/?#]+\\.(?:js|svg)|offline/[a-z-]+\\.json)(?:\\?.*)?$`),
      handler: 'NetworkFirst',
      options: { cacheName: CACHES.pages, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
    },
    {
      // A service's slip data, kept when its page was opened (<offline-status>), so its slip works offline.
      // Read only: opening a slip online saves nothing, so which services were chosen is not kept.
      urlPattern: new RegExp(`^https?://[^/]+${base}/slip-data/[^/?#]+\\.json(?:\\?.*)?$`),
      handler: 'NetworkFirst',
      options: {
        cacheName: CACHES.pages,
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreSearch: true },
        plugins: [{ cacheWillUpdate: async () => null }],
      },
    },
  ];
}

/** How the worker caches Pagefind's files and Astro's hashed assets. */
function searchAndAssetCaching(base: string): RuntimeCaching[] {
  return [
    {
      // Pagefind's runtime and entry file keep their names across builds: fresh when online.
      urlPattern: new RegExp(`${base}/pagefind/[^/?#]+\\.(?:js|json)(?:\\?.*)?$`),
      handler: 'NetworkFirst',
      options: { cacheName: CACHES.search, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
    },
    {
      // Pagefind's index files are named by their content, so a saved copy is never out of date.
      urlPattern: new RegExp(`${base}/pagefind/.+\\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)(?:\\?.*)?$`),
      handler: 'CacheFirst',
      options: { cacheName: CACHES.search, matchOptions: { ignoreSearch: true } },
    },
    {
      urlPattern: new RegExp(`${base}/_astro/`),
      handler: 'CacheFirst',
      options: { cacheName: CACHES.assets },
    },
  ];
}

/** Generates dist/sw.js: Workbox's routes, then the worker's saving part; returns what Workbox precached. */
async function generateWorker(dist: string, plan: OfflinePlan): Promise<{ count: number; size: number }> {
  const base = escapeRegExp(SITE.base);
  const { count, size, warnings } = await generateSW({
    // Nothing is precached for everyone: each edition's page script saves that edition's shell
    // (see src/lib/offline-packs.ts), so a first visit downloads nothing of other editions.
    globDirectory: dist,
    globPatterns: [],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // The update prompt asks before a new version takes over an open page.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Every page is static: `?q=` on the search page must still find the saved page.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      ...pageCaching(
        base,
        plan.packs.map((pack) => pack.locale),
      ),
      ...searchAndAssetCaching(base),
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  // The site's scripts name no other origin (tests/dist/privacy.test.ts); Workbox's runtime
  // warning text links to a URL shortener, which is dropped here. Nothing else changes.
  const worker = join(dist, 'sw.js');
  const routes = readFileSync(worker, 'utf8').replace(/ Learn more at https:\/\/bit\.ly\/[\w-]+/g, '');
  writeFileSync(worker, `${routes}\n${await savingPart()}`);
  return { count, size };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dist = values.dist!;
  const offlineDir = join(dist, 'offline');
  rmSync(offlineDir, { recursive: true, force: true });
  rmSync(join(dist, 'sw.js'), { force: true });

  const plan = planFor(dist, await describeSite(dist));
  writePacks(offlineDir, plan);
  const { count, size } = await generateWorker(dist, plan);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`service worker: ${count} files precached (${kb(size)} on disk)`);
  for (const pack of plan.packs) {
    console.log(
      `offline ${pack.locale}: shell ${pack.shell.length} files, ${kb(pack.shellBytes)} on the first visit; ` +
        `core ${pack.core.length} files, ${kb(pack.coreBytes)} and full ${pack.full.length} files, ${kb(pack.fullBytes)} on request`,
    );
  }
  console.log(`dist/sw.js: ${kb(statSync(join(dist, 'sw.js')).size)}`);
  return 0;
}

process.exitCode = await main();
