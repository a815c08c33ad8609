/**
 * npm run bench [-- --sizes 1000,10000] [--peer] [--events 1000] [--keep] [--dir .bench]
 *
 * Builds the site from a synthetic content set of each size and reports what
 * it costs: wall time, CPU seconds and peak memory (largest process and whole
 * process tree) of every build step, pages produced, dist/ and Pagefind index
 * size, the largest page, the map page's JavaScript, the bytes a browser
 * fetches for one typical search, what a first visit downloads unasked (the
 * service worker's precache and saved shell), and a service page's weight
 * with everything it loads, per edition. Also renders a few statement share
 * images on their own (milliseconds per image). With --peer, builds the same
 * services as a Starlight site (scripts/bench-peer.ts) after the project's
 * build of each size and prints both with ratios.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { readCommandLine } from './cli';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { writeSyntheticContent, type SyntheticSummary } from './synthetic-content';
import { startServer } from '../tests/support/server';
import { launchBrowser } from '../tests/support/browser';
import { pageScripts } from '../tests/support/dist';
import type { Page } from 'playwright-core';
import { installPeer, PEER_COMMANDS, STARLIGHT_VERSION, writePeerProject } from './bench-peer';
import { renderPng, titleCardSvg } from '../src/lib/og-image';

const HELP = `Usage: npm run bench -- [options]

Generates a synthetic, schema-valid content set (15 countries, N services in
ru/sr/en, statements, cases) in a temporary copy of the project, runs the
project's own build script there and prints what it cost.

Options:
  --sizes LIST   comma-separated service counts (default: 1000)
  --dir DIR      where the temporary projects go (default: .bench)
  --keep         keep the temporary projects after measuring
  --measure-only measure the kept build in DIR/<size> again without rebuilding
  --query A,B    the two queries typed on /ru/search/ (default: налоксон,юрист)
  --concentrate SHARE  put this share (0–1) of the services in one city
                 (Minsk), so its directory pages are split (default: none)
  --events N     also generate N events (recurring, in every country), with
                 their pages and calendar feeds (default: none)
  --peer         also build the same services with Starlight ${STARLIGHT_VERSION} (DIR/peer-<size>,
                 installed from the npm registry) right after each of the
                 project's builds, measure it the same way and print the
                 two side by side with ratios
  -h, --help     show this help

The largest process's peak memory and CPU seconds come from /usr/bin/time -v
(Debian package "time") when present; the whole process tree's peak from
sampling /proc every 250 ms. At 10,000 services without --peer (or when the
peer cannot be installed) the peer's figures quoted in issue 18 are printed
next to the project's, marked as quoted, with the reason.`;

const ROOT = resolve(import.meta.dirname, '..');
/** Not copied into the temporary project: generated, replaced or irrelevant to a build. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.bench', '.git', '.astro', 'tests', 'test-results']);

/** Time and memory of one build step. */
interface StepCost {
  command: string;
  seconds: number;
  /** User + system CPU time: unlike wall time, barely affected by other load on the machine. */
  cpuSeconds?: number;
  /** Largest single process (MB). */
  peakMb: number;
  /** The whole process tree at its largest, sampled (MB). */
  treePeakMb: number;
}

/** Bytes fetched and how many requests. */
interface Fetched {
  kb: number;
  requests: number;
  /** KB (requests) by kind of Pagefind file: runtime, wasm, entry, meta, index, filter, fragment. */
  byKind?: Record<string, Fetched>;
}

/** What a file of Pagefind's output is, from its name. */
function pagefindKind(path: string): string {
  if (/\.pf_fragment$/.test(path)) return 'fragment';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_filter$/.test(path)) return 'filter';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
  if (/pagefind-entry\.json$/.test(path)) return 'entry';
  if (/\.js$/.test(path)) return 'runtime';
  return 'other';
}

/** Everything measured for one size. */
interface Measurement {
  summary: SyntheticSummary;
  steps: StepCost[];
  pages: number;
  distMb: number;
  pagefindMb: number;
  largestPage: { file: string; kb: number; gzipKb: number };
  mapJsGzipKb: number;
  /** The calendar feeds: all events in one locale, the largest country feed, one event's file. */
  feeds: { localeKb: number; localeGzipKb: number; largestCountryKb: number; eventKb: number };
  query: { onOpen: Fetched; first: Fetched; second: Fetched; shown: number };
  /** A first visit to a Russian service page: the page with what it loads, then what comes after unasked. */
  firstVisit: { page: Fetched; unasked: Fetched };
  /** Service pages, gzip KB of HTML + CSS + JS they load, per edition: median and largest. */
  servicePages: Record<string, { median: number; max: number; count: number }>;
  /** The machine's 1-minute load average when the build started and when it ended. */
  load: [number, number];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const mb = (bytes: number) => bytes / 1024 / 1024;

/** A copy of the project with synthetic content, sharing node_modules. */
function prepareProject(dir: string, services: number, concentrate?: number, events?: number): SyntheticSummary {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Pages may import from anywhere in the repository (e.g. docs/templates), and
  // collections the generator does not write still need their content: copy it all.
  for (const name of readdirSync(ROOT).filter((entry) => !NOT_COPIED.has(entry))) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return writeSyntheticContent(dir, { services, concentrate, events });
}

/** The shell commands `npm run build` runs, in order, including pre/post scripts. */
function buildCommands(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  return ['prebuild', 'build', 'postbuild']
    .map((name) => scripts[name])
    .filter((script): script is string => Boolean(script))
    .flatMap((script) => script.split('&&').map((part) => part.trim()));
}

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // Ended.
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/** PATH for build steps and the peer's install: the project's own Node (node@22) and tools first. */
function stepPath(): string {
  return [join(ROOT, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(delimiter);
}

/** Runs one shell command in `cwd`, measuring wall time and peak memory. */
function runStep(command: string, cwd: string): Promise<StepCost> {
  const useTime = existsSync('/usr/bin/time');
  const env = {
    ...process.env,
    PATH: stepPath(),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: join(cwd, '.astro-cache'),
  };
  const argv = useTime ? ['/usr/bin/time', '-v', 'sh', '-c', command] : ['sh', '-c', command];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(argv[0] as string, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let sampledPeak = 0;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRss(child.pid ?? 0))), 250);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        fail(new Error(`"${command}" failed with exit code ${code}:\n${output.slice(-4000)}`));
        return;
      }
      const maxKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      const cpu = (label: string) =>
        Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN);
      const cpuSeconds = useTime ? cpu('User') + cpu('System') : undefined;
      done({
        command,
        seconds,
        cpuSeconds,
        peakMb: useTime ? maxKb / 1024 : mb(sampledPeak),
        treePeakMb: mb(sampledPeak),
      });
    });
  });
}

/** Gzip size of every script a page runs, in bytes. */
function scriptBytes(dist: string, html: string): number {
  const { inline, files } = pageScripts(html, dist);
  return [...inline.map((code) => Buffer.from(code)), ...files.map((file) => readFileSync(join(dist, file)))].reduce(
    (sum, code) => sum + gzipSync(code).length,
    0,
  );
}

/**
 * Bytes as GitHub Pages sends them: text formats gzip-compressed (a page's
 * address ends in `/`), Pagefind's own files as they are (already compressed).
 */
function transferSize(path: string, body: Buffer): number {
  return /(\.(js|mjs|json|css|html|svg|webmanifest)|\/)$/.test(path) ? gzipSync(body).length : body.length;
}

/** What the file behind a path of the built site would cost to send (0 if there is none). */
async function builtFileSize(dist: string, path: string): Promise<number> {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return readFile(file).then(
    (body) => transferSize(path, body),
    () => 0,
  );
}

/**
 * Records the /pagefind/ files a page fetches. The returned `settle` waits
 * until the network is quiet and reports what was fetched since its last call.
 */
function pagefindRecorder(page: Page): () => Promise<Fetched> {
  let fetched: Promise<{ kind: string; size: number }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const kind = pagefindKind(path);
    fetched.push(
      response.body().then(
        (body) => ({ kind, size: transferSize(path, body) }),
        () => ({ kind, size: 0 }),
      ),
    );
  });
  return async () => {
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(fetched);
    fetched = [];
    const byKind: Record<string, Fetched> = {};
    for (const { kind, size } of files) {
      const entry = (byKind[kind] ??= { kb: 0, requests: 0 });
      entry.kb += size / 1024;
      entry.requests += 1;
    }
    return { kb: files.reduce((sum, file) => sum + file.size, 0) / 1024, requests: files.length, byKind };
  };
}

/** Where a site's search is typed: the project's search page, or Starlight's search dialog (Pagefind's own UI). */
const SEARCH = {
  project: {
    page: '/ru/search/',
    async run(page: Page, text: string): Promise<number> {
      const box = page.locator('site-search input[name="q"]');
      await box.fill(text);
      await box.press('Enter');
      await page.waitForFunction(() =>
        ['results', 'empty', 'unavailable'].includes(
          document.querySelector('site-search')?.getAttribute('data-state') ?? '',
        ),
      );
      return page.locator('site-search [data-search-results] > li').count();
    },
  },
  starlight: {
    page: '/ru/',
    async run(page: Page, text: string): Promise<number> {
      const box = page.locator('.pagefind-ui__search-input');
      if (!(await box.isVisible())) await page.locator('button[data-open-modal]:not([disabled])').click();
      await box.fill(text);
      // Pagefind's UI names the query in its message while searching ("…") and again once the results are in.
      await page.waitForFunction(
        (query) => {
          const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
          return message.includes(query) && !/(\.\.\.|…)$/.test(message);
        },
        text,
        { timeout: 120_000 },
      );
      return page.locator('.pagefind-ui__result').count();
    },
  },
};

/**
 * What the search costs a person, in /pagefind/ bytes: opening the page, a
 * first query (typed into the site's own search box, as a person would),
 * then a second query with the runtime already loaded.
 */
async function measureQuery(
  dist: string,
  queries: [string, string],
  search: keyof typeof SEARCH = 'project',
): Promise<Measurement['query']> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const settle = pagefindRecorder(page);
    await page.goto(`${server.url}${SEARCH[search].page}`);
    const onOpen = await settle();
    const shown = await SEARCH[search].run(page, queries[0]);
    const first = await settle();
    await SEARCH[search].run(page, queries[1]);
    const second = await settle();
    return { onOpen, first, second, shown };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Sizes of the calendar feeds in one locale (zero without events). */
function feedSizes(dist: string): Measurement['feeds'] {
  const folder = join(dist, 'en', 'events');
  const all = join(folder, 'calendar.ics');
  const countries = walk(join(folder, 'in')).map((file) => statSync(file).size);
  const single = walk(folder).find(
    (file) => dirname(file) === folder && file.endsWith('.ics') && !file.endsWith('calendar.ics'),
  );
  return {
    localeKb: existsSync(all) ? statSync(all).size / 1024 : 0,
    localeGzipKb: existsSync(all) ? gzipSync(readFileSync(all)).length / 1024 : 0,
    largestCountryKb: Math.max(0, ...countries) / 1024,
    eventKb: single ? statSync(single).size / 1024 : 0,
  };
}

/**
 * A first visit to one Russian service page in a fresh browser profile with
 * service workers on: what the page and everything it loads cost (until
 * `load`), and what is downloaded after it without anyone asking (the
 * worker, its precache, the saved shell), until the offline status settles.
 */
async function measureFirstVisit(dist: string, servicePath: string): Promise<Measurement['firstVisit']> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    let loaded = false;
    const sizes: { page: Promise<number>[]; unasked: Promise<number>[] } = { page: [], unasked: [] };
    // Context-level events include the service worker's own requests.
    context.on('response', (response) => {
      if (response.fromServiceWorker()) return; // answered from its cache, not the network
      const path = new URL(response.url()).pathname;
      // Playwright reads the body of a service worker's own fetch as empty: count the built file then.
      const size = response.body().then(
        (body) => (body.length ? transferSize(path, body) : builtFileSize(dist, path)),
        () => builtFileSize(dist, path),
      );
      (loaded ? sizes.unasked : sizes.page).push(size);
    });
    await page.goto(`${server.url}/${servicePath}`, { waitUntil: 'load' });
    loaded = true;
    await page
      .waitForFunction(() => Boolean(document.querySelector('[data-offline]')?.getAttribute('data-state')), undefined, {
        timeout: 60_000,
      })
      .catch(() => console.error('[bench] the offline status never settled'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const total = async (list: Promise<number>[]) => {
      const all = await Promise.all(list);
      return { kb: all.reduce((sum, size) => sum + size, 0) / 1024, requests: all.length };
    };
    const result = { page: await total(sizes.page), unasked: await total(sizes.unasked) };
    await context.close();
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Gzip KB of every service page with the stylesheets and scripts it loads, per edition (each file compressed once). */
function measureServicePages(dist: string, htmlFiles: string[]): Measurement['servicePages'] {
  const assetCache = new Map<string, number>();
  const assetBytes = (file: string) => {
    if (!assetCache.has(file)) assetCache.set(file, gzipSync(readFileSync(join(dist, file))).length);
    return assetCache.get(file) as number;
  };
  const byEdition: Record<string, number[]> = {};
  for (const file of htmlFiles) {
    const match = /^([^/]+)\/services\/(?!in\/)[^/]+\/index\.html$/.exec(relative(dist, file).split('\\').join('/'));
    if (!match) continue;
    const html = readFileSync(file, 'utf8');
    const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map(
      (found) => found[1] as string,
    );
    const { inline, files } = pageScripts(html, dist);
    const bytes =
      gzipSync(html).length +
      inline.reduce((sum, code) => sum + gzipSync(code).length, 0) +
      [...styles, ...files]
        .filter((asset) => existsSync(join(dist, asset)))
        .reduce((sum, asset) => sum + assetBytes(asset), 0);
    (byEdition[match[1] as string] ??= []).push(bytes / 1024);
  }
  return Object.fromEntries(
    Object.entries(byEdition).map(([edition, sizes]) => {
      const sorted = sizes.sort((a, b) => a - b);
      return [
        edition,
        { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0, count: sorted.length },
      ];
    }),
  );
}

/** A build of one size: each step's cost and the machine's load when it started and ended. */
interface Build {
  steps: StepCost[];
  load: [number, number];
}

/** Runs the build's commands one after another in `dir`, logging each. */
async function runSteps(label: string, commands: string[], dir: string): Promise<Build> {
  const steps: StepCost[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  for (const command of commands) {
    console.error(`[bench] ${label}: ${command}`);
    const step = await runStep(command, dir);
    console.error(
      `[bench] ${label}: ${command} took ${step.seconds.toFixed(1)} s (${step.cpuSeconds?.toFixed(1) ?? '?'} CPU s), peak ${step.peakMb.toFixed(0)} MB (tree ${step.treePeakMb.toFixed(0)} MB), load ${loadavg()[0]?.toFixed(1)}`,
    );
    steps.push(step);
  }
  return { steps, load: [loadAtStart, loadavg()[0] ?? 0] };
}

/** Every file of a built site, its HTML pages, and the sizes of the whole and of the Pagefind index. */
function distSizes(dist: string): {
  files: string[];
  htmlFiles: string[];
  pages: number;
  distMb: number;
  pagefindMb: number;
} {
  const files = walk(dist);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  return {
    files,
    htmlFiles,
    pages: htmlFiles.length,
    distMb: mb(sizeOf(files)),
    pagefindMb: mb(sizeOf(walk(join(dist, 'pagefind')))),
  };
}

/** The largest HTML page of a site, with its gzip size. */
function largestPage(dist: string, htmlFiles: string[]): Measurement['largestPage'] {
  let largest = { file: '', bytes: 0 };
  for (const file of htmlFiles) {
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { file, bytes };
  }
  return {
    file: relative(dist, largest.file),
    kb: largest.bytes / 1024,
    gzipKb: largest.file ? gzipSync(readFileSync(largest.file)).length / 1024 : 0,
  };
}

/** Everything the bench measures on the project's built site in `dir`. */
async function measureProject(
  dir: string,
  summary: SyntheticSummary,
  build: Build,
  queries: [string, string],
): Promise<Measurement> {
  const dist = join(dir, 'dist');
  const { htmlFiles, pages, distMb, pagefindMb } = distSizes(dist);
  const mapHtml = join(dist, 'en', 'map', 'index.html');
  const servicePage =
    htmlFiles
      .map((file) => relative(dist, file))
      .find((file) => /^ru\/services\/(?!in\/)[^/]+\/index\.html$/.test(file)) ?? 'ru/index.html';
  console.error(`[bench] ${summary.services}: measuring service pages, a first visit and a search query`);
  const servicePages = measureServicePages(dist, htmlFiles);
  const firstVisit = await measureFirstVisit(dist, servicePage.replace(/index\.html$/, ''));
  return {
    summary,
    ...build,
    pages,
    distMb,
    pagefindMb,
    largestPage: largestPage(dist, htmlFiles),
    mapJsGzipKb: existsSync(mapHtml) ? scriptBytes(dist, readFileSync(mapHtml, 'utf8')) / 1024 : 0,
    feeds: feedSizes(dist),
    query: await measureQuery(dist, queries),
    firstVisit,
    servicePages,
  };
}

/** Generates the content of one size and builds the project there (or, with --measure-only, finds the kept build). */
async function buildProject(dir: string, services: number, options: BenchOptions): Promise<[SyntheticSummary, Build]> {
  if (options.measureOnly) {
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`--measure-only: nothing built in ${dir}; run once with --keep first`);
    const summary = { countries: 0, cities: 0, services, statements: 0, cases: 0, events: options.events ?? 0 };
    return [summary, { steps: [], load: [loadavg()[0] ?? 0, loadavg()[0] ?? 0] }];
  }
  console.error(`\n[bench] ${services} services: generating content in ${relative(ROOT, dir)}`);
  const summary = prepareProject(dir, services, options.concentrate, options.events);
  return [summary, await runSteps(String(services), buildCommands(), dir)];
}

/** The figures compared with the peer: the whole build and what a search costs. */
interface Comparable {
  /** The column's title. */
  title: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakMb: number;
  treePeakMb: number;
  pages: number;
  distBytes: number;
  pagefindMb: number;
  onOpen?: Fetched;
  first?: Fetched;
  second?: Fetched;
  load?: [number, number];
}

/** A build's comparable figures, from its steps, its dist/ and its search queries. */
function comparable(
  title: string,
  build: Build,
  sizes: { pages: number; distMb: number; pagefindMb: number },
  query?: Measurement['query'],
): Comparable {
  return {
    title,
    wallSeconds: total(build.steps, (step) => step.seconds),
    cpuSeconds: total(build.steps, (step) => step.cpuSeconds ?? NaN),
    peakMb: Math.max(0, ...build.steps.map((step) => step.peakMb)),
    treePeakMb: Math.max(0, ...build.steps.map((step) => step.treePeakMb)),
    pages: sizes.pages,
    distBytes: sizes.distMb * 1024 * 1024,
    pagefindMb: sizes.pagefindMb,
    onOpen: query?.onOpen,
    first: query?.first,
    second: query?.second,
    load: build.load,
  };
}

/**
 * The same 10,000 synthetic services built with Starlight 0.42 on Astro 7.3.5
 * (three locales, Pagefind built in), as issue 18 quotes them: shown when the
 * bench does not build the peer itself (no --peer, or it could not be installed).
 */
function quotedPeer(reason: string): Comparable {
  return {
    title: `Starlight 0.42 at 10000 (issue 18, quoted: ${reason})`,
    wallSeconds: 250.1,
    cpuSeconds: 179.6,
    peakMb: 2164,
    treePeakMb: 2220,
    pages: 30004,
    distBytes: 613.5e6,
    pagefindMb: 17.3,
    first: { kb: 156.8, requests: 11 },
  };
}

/** Builds the peer of one size next to the project's (`.bench/peer-<N>/`), or says why it cannot. */
async function buildPeer(
  dir: string,
  projectDir: string,
  services: number,
  options: BenchOptions,
): Promise<Build | string> {
  if (options.measureOnly) {
    if (!existsSync(join(dir, 'dist'))) return `nothing built in ${relative(ROOT, dir)}`;
    return { steps: [], load: [loadavg()[0] ?? 0, loadavg()[0] ?? 0] };
  }
  const astroVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  mkdirSync(dir, { recursive: true });
  const written = writePeerProject(dir, join(projectDir, 'content'), astroVersion);
  console.error(`[bench] peer ${services}: ${written} services as Starlight ${STARLIGHT_VERSION} pages; npm install`);
  const failed = installPeer(dir, astroVersion, stepPath());
  if (failed) return `the peer could not be installed: ${failed}`;
  return runSteps(`peer ${services}`, PEER_COMMANDS, dir);
}

/** The peer's comparable figures: built and measured in this run, or quoted from the issue at 10,000. */
async function measurePeer(
  dir: string,
  services: number,
  built: Build | string | undefined,
  queries: [string, string],
): Promise<Comparable | undefined> {
  if (built === undefined || typeof built === 'string') {
    if (services !== 10000) return undefined;
    return quotedPeer(built ?? '--peer not given');
  }
  const dist = join(dir, 'dist');
  console.error(`[bench] peer ${services}: measuring a search query in Starlight's search`);
  const title = `Starlight ${STARLIGHT_VERSION} at ${services} (this run)`;
  return comparable(title, built, distSizes(dist), await measureQuery(dist, queries, 'starlight'));
}

/** `runtime 25.1 (2), wasm 58.0 (1), …`: a query's bytes by kind of Pagefind file, largest first. */
const byKind = (fetched: Fetched) =>
  Object.entries(fetched.byKind ?? {})
    .sort(([, a], [, b]) => b.kb - a.kb)
    .map(([kind, { kb, requests }]) => `${kind} ${kb.toFixed(1)} (${requests})`)
    .join(', ');

const total = (steps: StepCost[], pick: (step: StepCost) => number) => steps.reduce((sum, step) => sum + pick(step), 0);
const fetchedText = (fetched: Fetched | undefined) => (fetched ? `${fetched.kb.toFixed(1)} (${fetched.requests})` : '');

/** A row of the project's table: its label and how to show one size's figure. */
type Row = [string, (result: Measurement) => string];

/** What each build step cost, the load, and the build's totals. */
function buildRows(steps: StepCost[]): Row[] {
  const stepName = (step: StepCost) => step.command.split(' ').slice(0, 2).join(' ');
  return [
    ['services × locales', (r) => `${r.summary.services} × 3`],
    ['statements / cases / events', (r) => `${r.summary.statements} / ${r.summary.cases} / ${r.summary.events}`],
    ['load average at build start / end (2 CPUs)', (r) => `${r.load[0].toFixed(1)} / ${r.load[1].toFixed(1)}`],
    ...steps.map((step, index): Row => [
      `${stepName(step)}: wall s (CPU s)`,
      (r) => `${r.steps[index]?.seconds.toFixed(1) ?? ''} (${r.steps[index]?.cpuSeconds?.toFixed(1) ?? '?'})`,
    ]),
    [
      'build total: wall s (CPU s)',
      (r) =>
        `${total(r.steps, (step) => step.seconds).toFixed(1)} (${total(r.steps, (step) => step.cpuSeconds ?? NaN).toFixed(1)})`,
    ],
    ...steps.map((step, index): Row => [
      `${stepName(step)}: largest process / tree (MB)`,
      (r) => `${r.steps[index]?.peakMb.toFixed(0) ?? ''} / ${r.steps[index]?.treePeakMb.toFixed(0) ?? ''}`,
    ]),
    ['largest process (MB)', (r) => (r.steps.length ? Math.max(...r.steps.map((step) => step.peakMb)).toFixed(0) : '')],
    [
      'whole process tree, peak (MB)',
      (r) => (r.steps.length ? Math.max(...r.steps.map((step) => step.treePeakMb)).toFixed(0) : ''),
    ],
  ];
}

/** What the built site holds: pages, sizes, the largest page, the map's script, the calendar feeds. */
const SITE_ROWS: Row[] = [
  ['HTML pages', (r) => String(r.pages)],
  ['dist/ (MB, 10^6 bytes)', (r) => ((r.distMb * 1024 * 1024) / 1e6).toFixed(1)],
  ['dist/ fits a 1 GB host', (r) => (r.distMb * 1024 * 1024 <= 1e9 ? 'yes' : 'no')],
  ['Pagefind index (MB)', (r) => r.pagefindMb.toFixed(1)],
  ['largest page (KB, gzip KB)', (r) => `${r.largestPage.kb.toFixed(1)}, ${r.largestPage.gzipKb.toFixed(1)}`],
  ['largest page file', (r) => r.largestPage.file],
  ['map page JS (gzip KB)', (r) => r.mapJsGzipKb.toFixed(1)],
  [
    'events feed, one locale (KB, gzip KB)',
    (r) => `${r.feeds.localeKb.toFixed(1)}, ${r.feeds.localeGzipKb.toFixed(1)}`,
  ],
  [
    'largest country feed / one event (KB)',
    (r) => `${r.feeds.largestCountryKb.toFixed(1)} / ${r.feeds.eventKb.toFixed(1)}`,
  ],
];

/** What a person's browser fetches: a search, a first visit, a service page with what it loads. */
function browserRows(editions: string[]): Row[] {
  return [
    ['search page opened: /pagefind/ KB (requests)', (r) => fetchedText(r.query.onOpen)],
    ['first query: KB (requests)', (r) => fetchedText(r.query.first)],
    ['first query by file: KB (requests)', (r) => byKind(r.query.first)],
    ['second query: KB (requests)', (r) => fetchedText(r.query.second)],
    ['second query by file: KB (requests)', (r) => byKind(r.query.second)],
    ['first visit to a ru service page, with what it loads: KB (requests)', (r) => fetchedText(r.firstVisit.page)],
    ['then downloaded unasked (worker, precache, shell): KB (requests)', (r) => fetchedText(r.firstVisit.unasked)],
    ...editions.map((edition): Row => [
      `service pages ${edition}, gzip all-in KB: median / max`,
      (r) => {
        const pages = r.servicePages[edition];
        return pages ? `${pages.median.toFixed(1)} / ${pages.max.toFixed(1)}` : '';
      },
    ]),
  ];
}

/** A Markdown table: a header row, then one row per line. */
function markdownTable(columns: string[], lines: string[][]): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(columns), row(columns.map((_, index) => (index ? '---:' : '---'))), ...lines.map(row)].join('\n');
}

/** The project's figures, one column per size. */
function table(results: Measurement[]): string {
  const editions = [...new Set(results.flatMap((result) => Object.keys(result.servicePages)))].sort();
  const rows = [...buildRows(results[0]?.steps ?? []), ...SITE_ROWS, ...browserRows(editions)];
  return markdownTable(
    ['measure', ...results.map((result) => String(result.summary.services))],
    rows.map(([label, value]) => [label, ...results.map(value)]),
  );
}

/** Rows of the comparison with the peer: label, figure, and the number the ratio divides. */
const PEER_ROWS: [string, (figures: Comparable) => string, (figures: Comparable) => number | undefined][] = [
  [
    'load average at build start / end',
    (f) => (f.load ? `${f.load[0].toFixed(1)} / ${f.load[1].toFixed(1)}` : ''),
    () => undefined,
  ],
  ['build + index: wall s', (f) => f.wallSeconds.toFixed(1), (f) => f.wallSeconds],
  ['build + index: CPU s', (f) => f.cpuSeconds.toFixed(1), (f) => f.cpuSeconds],
  ['largest process (MB)', (f) => f.peakMb.toFixed(0), (f) => f.peakMb],
  ['whole process tree, peak (MB)', (f) => f.treePeakMb.toFixed(0), (f) => f.treePeakMb],
  ['HTML pages', (f) => String(f.pages), (f) => f.pages],
  ['dist/ (MB, 10^6 bytes)', (f) => (f.distBytes / 1e6).toFixed(1), (f) => f.distBytes],
  ['Pagefind index (MB)', (f) => f.pagefindMb.toFixed(1), (f) => f.pagefindMb],
  ['search opened: /pagefind/ KB (requests)', (f) => fetchedText(f.onOpen), (f) => f.onOpen?.kb],
  ['first query (ru): KB (requests)', (f) => fetchedText(f.first), (f) => f.first?.kb],
  ['second query (ru): KB (requests)', (f) => fetchedText(f.second), (f) => f.second?.kb],
];

/** The project beside its peer for each size compared, with the ratio project ÷ peer. */
function peerTable(pairs: { project: Comparable; peer: Comparable }[]): string {
  const ratio = (project: number | undefined, peer: number | undefined) =>
    project !== undefined && peer !== undefined && peer > 0 && Number.isFinite(project / peer)
      ? (project / peer).toFixed(2)
      : '';
  return markdownTable(
    ['measure', ...pairs.flatMap(({ project, peer }) => [project.title, peer.title, 'ratio'])],
    PEER_ROWS.map(([label, show, value]) => [
      label,
      ...pairs.flatMap(({ project, peer }) => [show(project), show(peer), ratio(value(project), value(peer))]),
    ]),
  );
}

/** Median milliseconds to render one share image with a long Cyrillic title (the build makes one per statement and language). */
function shareImageMs(images = 10): number {
  const title =
    'Профилактика без стигмы: ответ на резолюцию конференции о здоровье, реабилитации и участии сообщества в решениях, которые касаются их жизни';
  const times: number[] = [];
  for (let index = 0; index < images; index += 1) {
    const started = performance.now();
    renderPng(
      titleCardSvg({
        label: 'ENPUD · Заявление',
        title: `${title} ${index}`,
        date: '20 ноября 2026 г.',
        publisher: 'ENPUD',
      }),
    );
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** The bench's options, checked. */
interface BenchOptions {
  sizes: number[];
  dir: string;
  keep: boolean;
  measureOnly: boolean;
  peer: boolean;
  queries: [string, string];
  concentrate?: number;
  events?: number;
}

/** Reads and checks the command line; a number is the exit code (help shown, or a usage mistake). */
function readOptions(): BenchOptions | number {
  const commandLine = readCommandLine(
    {
      sizes: { type: 'string', default: '1000' },
      dir: { type: 'string', default: join(ROOT, '.bench') },
      keep: { type: 'boolean', default: false },
      'measure-only': { type: 'boolean', default: false },
      peer: { type: 'boolean', default: false },
      query: { type: 'string', default: 'налоксон,юрист' },
      concentrate: { type: 'string' },
      events: { type: 'string' },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const concentrate = values.concentrate === undefined ? undefined : Number(values.concentrate);
  const events = values.events === undefined ? undefined : Number(values.events);
  const mistake = sizes.some((size) => !Number.isInteger(size) || size < 1)
    ? `--sizes must be positive whole numbers, got "${values.sizes}"`
    : concentrate !== undefined && !(concentrate >= 0 && concentrate <= 1)
      ? `--concentrate must be a share between 0 and 1, got "${values.concentrate}"`
      : events !== undefined && !(Number.isInteger(events) && events >= 0)
        ? `--events must be a whole number, got "${values.events}"`
        : undefined;
  if (mistake) {
    console.error(mistake);
    return 2;
  }
  const [first = 'налоксон', second = first] = values.query.split(',').map((query) => query.trim());
  return {
    sizes,
    dir: resolve(values.dir),
    keep: values.keep,
    measureOnly: values['measure-only'],
    peer: values.peer,
    queries: [first, second],
    concentrate,
    events,
  };
}

/** Builds and measures one size (and its peer, right after the project's build, when asked). */
async function benchSize(size: number, options: BenchOptions): Promise<[Measurement, Comparable | undefined]> {
  const dir = join(options.dir, String(size));
  const peerDir = join(options.dir, `peer-${size}`);
  const [summary, build] = await buildProject(dir, size, options);
  const peerBuild = options.peer ? await buildPeer(peerDir, dir, size, options) : undefined;
  if (typeof peerBuild === 'string') console.error(`[bench] peer ${size}: ${peerBuild}; quoting the issue's figures`);
  const result = await measureProject(dir, summary, build, options.queries);
  const peer = await measurePeer(peerDir, size, peerBuild, options.queries);
  if (!options.keep && !options.measureOnly) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(peerDir, { recursive: true, force: true });
  }
  return [result, peer];
}

/** The project's table, then the comparison with the peer where there is one. */
function report(results: Measurement[], peers: (Comparable | undefined)[]): string {
  const pairs = results.flatMap((result, index) => {
    const peer = peers[index];
    if (!peer) return [];
    const title = `this project at ${result.summary.services}`;
    return [{ project: comparable(title, result, result, result.query), peer }];
  });
  return pairs.length ? `${table(results)}\n\n${peerTable(pairs)}` : table(results);
}

async function main(): Promise<number> {
  const options = readOptions();
  if (typeof options === 'number') return options;
  const results: Measurement[] = [];
  const peers: (Comparable | undefined)[] = [];
  for (const size of options.sizes) {
    const [result, peer] = await benchSize(size, options);
    results.push(result);
    peers.push(peer);
    // After each size, so a long run that is stopped still leaves the figures of the sizes done.
    if (results.length < options.sizes.length) console.error(`\n${report(results, peers)}\n`);
  }
  console.log(
    `\nMachine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(report(results, peers));
  console.log(`\nShare image (statement title card, PNG): ${shareImageMs().toFixed(0)} ms median of 10`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
