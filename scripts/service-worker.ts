/**
 * tsx scripts/service-worker.ts [--dist DIR]
 *
 * Runs after `astro build` and Pagefind. Writes each language's offline pack
 * lists to dist/offline/ and generates dist/sw.js with Workbox: the shell is
 * precached, pages and the search index are cached at runtime (see
 * src/lib/offline-packs.ts for what goes where and why).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { builtEditions, planOffline, referencedAssets, type BuiltFile, type LanguagePack } from '../src/lib/offline-packs';
import { SITE } from '../src/site.config';
import { offlineMessages, type OfflineMessages } from '../src/i18n/offline';

const HELP = `Usage: tsx scripts/service-worker.ts [--dist DIR]

Writes dist/offline/<lang>.json (pack summaries), dist/offline/<lang>.<version>.json
(pack file lists) and dist/sw.js. Run after astro build and pagefind.

Options:
  --dist DIR   the built site (default: dist)
  -h, --help   show this help`;

/** Runtime cache names; public/offline.js writes the packs into the same caches. */
const CACHES = { pages: 'pages', search: 'search-index', assets: 'assets' } as const;

const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|xml|csv|txt)$/;

const gzipAsync = promisify(gzip);

async function describe(dist: string, path: string): Promise<BuiltFile> {
  const bytes = await readFile(join(dist, path));
  return {
    path,
    transferBytes: COMPRESSIBLE.test(path) ? (await gzipAsync(bytes)).length : bytes.length,
    revision: createHash('sha256').update(bytes).digest('hex').slice(0, 10),
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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

  const paths = listFiles(dist);
  const files = await describeAll(dist, paths);
  // Every edition with pages and a search index: the locales, and derived ones such as sr-cyrl, which searches sr's.
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const languages = Object.keys(entry.languages);
  const plan = planOffline(files, { base: SITE.base, locales: builtEditions(paths, languages), searchLanguages: languages });

  mkdirSync(offlineDir, { recursive: true });
  for (const pack of plan.packs) {
    const list = `${pack.locale}.${pack.version}.json`;
    writeFileSync(join(offlineDir, list), JSON.stringify({ version: pack.version, core: pack.core, full: pack.full }));
    const summary: Omit<LanguagePack, 'core' | 'full'> & { list: string; messages: OfflineMessages } = {
      locale: pack.locale,
      version: pack.version,
      list: `${SITE.base}/offline/${list}`,
      coreBytes: pack.coreBytes,
      fullBytes: pack.fullBytes,
      autoCore: pack.autoCore,
      autoFull: pack.autoFull,
      messages: offlineMessages(pack.locale),
    };
    writeFileSync(join(offlineDir, `${pack.locale}.json`), JSON.stringify(summary));
  }

  const shell = [...plan.shell, ...plan.packs.map((pack) => `offline/${pack.locale}.json`)];
  const offlinePages = [
    ...shell,
    ...plan.packs.flatMap((pack) => [...pack.core, ...pack.full].map(([url]) => url.slice(SITE.base.length + 1))),
  ]
    .map((url) => (url === '' || url.endsWith('/') ? `${url}index.html` : url))
    .filter((path) => path.endsWith('.html'));
  const read = (path: string) => {
    try {
      return readFileSync(join(dist, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const assets = referencedAssets(
    offlinePages.map((path) => read(path) ?? ''),
    read,
  );

  const base = escapeRegExp(SITE.base);
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: [...shell, ...assets],
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
      {
        // Pages: fresh when online, the saved copy when offline or the network is too slow.
        urlPattern: new RegExp(
          `${base}/(?:${plan.packs.map((pack) => pack.locale).join('|')})/(?:[^?#]*/)?(?:[?#].*)?$`,
        ),
        handler: 'NetworkFirst',
        options: { cacheName: CACHES.pages, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
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
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  // The site's scripts name no other origin (tests/dist/privacy.test.ts); Workbox's runtime
  // warning text links to a URL shortener, which is dropped here. Nothing else changes.
  const worker = join(dist, 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/ Learn more at https:\/\/bit\.ly\/[\w-]+/g, ''));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`service worker: ${count} files precached (${kb(size)} on disk)`);
  for (const pack of plan.packs) {
    console.log(
      `offline pack ${pack.locale}: core ${pack.core.length} files, ${kb(pack.coreBytes)} to download (${pack.autoCore ? 'automatic' : 'on request'}); ` +
        `full ${pack.full.length} files, ${kb(pack.fullBytes)} more (${pack.autoFull ? 'automatic' : 'on request'})`,
    );
  }
  console.log(`dist/sw.js: ${kb(statSync(worker).size)}`);
  return 0;
}

process.exitCode = await main();
