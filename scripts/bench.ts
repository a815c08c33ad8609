/**
 * npm run bench [-- --sizes 1000,10000] [--events 1000] [--keep] [--dir .bench]
 *
 * Builds the site from a synthetic content set of each size and reports what
 * it costs: wall time, CPU seconds and peak memory (largest process and whole
 * process tree) of every build step, pages produced, dist/ and Pagefind index
 * size, the largest page, the map page's JavaScript, the bytes a browser
 * fetches for one typical search, what a first visit downloads unasked (the
 * service worker's precache and saved shell), and a service page's weight
 * with everything it loads, per edition. Also renders a few statement share
 * images on their own (milliseconds per image).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { readCommandLine } from './cli';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent, type SyntheticSummary } from './synthetic-content';
import { startServer } from '../tests/support/server';
import { launchBrowser } from '../tests/support/browser';
import { pageScripts } from '../tests/support/dist';
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
  -h, --help     show this help

The largest process's peak memory and CPU seconds come from /usr/bin/time -v
(Debian package "time") when present; the whole process tree's peak from
sampling /proc every 250 ms. At 10,000 services the figures of the same
services built with Starlight 0.42 (issue 18, not run by this script) are
printed next to the project's.`;

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

/** Runs one shell command in `cwd`, measuring wall time and peak memory. */
function runStep(command: string, cwd: string): Promise<StepCost> {
  const useTime = existsSync('/usr/bin/time');
  const env = {
    ...process.env,
    PATH: [join(ROOT, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(delimiter),
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

/**
 * What the search page costs a person, in /pagefind/ bytes: opening the page,
 * a first query (typed into the page's own search box, as a person would),
 * then a second query with the runtime already loaded.
 */
async function measureQuery(dist: string, queries: [string, string]): Promise<Measurement['query']> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let fetched: Promise<{ kind: string; size: number }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/pagefind/'))
        fetched.push(
          response.body().then(
            (body) => ({ kind: pagefindKind(path), size: transferSize(path, body) }),
            () => ({ kind: pagefindKind(path), size: 0 }),
          ),
        );
    });
    const settle = async (): Promise<Fetched> => {
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
    await page.goto(`${server.url}/ru/search/`);
    const onOpen = await settle();
    const box = page.locator('site-search input[name="q"]');
    const hasUi = (await box.count()) > 0;
    const run = async (text: string) => {
      if (hasUi) {
        await box.fill(text);
        await box.press('Enter');
        await page.waitForFunction(() =>
          ['results', 'empty', 'unavailable'].includes(
            document.querySelector('site-search')?.getAttribute('data-state') ?? '',
          ),
        );
        return Number(
          await page.evaluate(() => document.querySelectorAll('site-search [data-search-results] > li').length),
        );
      }
      // No search UI built: run Pagefind the way a results page would, showing the first five.
      return page.evaluate(async (query) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(url);
        await pagefind.init();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
        return search.results.length as number;
      }, text);
    };
    const shown = await run(queries[0]);
    const first = await settle();
    await run(queries[1]);
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
      const size = response.body().then(
        (body) => transferSize(path, body),
        () => 0,
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

async function measure(
  dir: string,
  services: number,
  queries: [string, string],
  build: boolean,
  concentrate?: number,
  events?: number,
): Promise<Measurement> {
  const steps: StepCost[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  let summary: SyntheticSummary;
  if (build) {
    console.error(`\n[bench] ${services} services: generating content in ${relative(ROOT, dir)}`);
    summary = prepareProject(dir, services, concentrate, events);
  } else {
    if (!existsSync(join(dir, 'dist')))
      throw new Error(`--measure-only: nothing built in ${dir}; run once with --keep first`);
    summary = { countries: 0, cities: 0, services, statements: 0, cases: 0, events: events ?? 0 };
  }
  for (const command of build ? buildCommands() : []) {
    console.error(`[bench] ${services}: ${command}`);
    const step = await runStep(command, dir);
    console.error(
      `[bench] ${services}: ${command} took ${step.seconds.toFixed(1)} s (${step.cpuSeconds?.toFixed(1) ?? '?'} CPU s), peak ${step.peakMb.toFixed(0)} MB (tree ${step.treePeakMb.toFixed(0)} MB)`,
    );
    steps.push(step);
  }
  const loadAtEnd = loadavg()[0] ?? 0;
  const dist = join(dir, 'dist');
  const files = walk(dist);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  let largest = { file: '', bytes: 0 };
  for (const file of htmlFiles) {
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { file, bytes };
  }
  const mapHtml = join(dist, 'en', 'map', 'index.html');
  const servicePage =
    htmlFiles
      .map((file) => relative(dist, file))
      .find((file) => /^ru\/services\/(?!in\/)[^/]+\/index\.html$/.test(file)) ?? 'ru/index.html';
  console.error(`[bench] ${services}: measuring service pages, a first visit and a search query`);
  const servicePages = measureServicePages(dist, htmlFiles);
  const firstVisit = await measureFirstVisit(dist, servicePage.replace(/index\.html$/, ''));
  return {
    summary,
    steps,
    pages: htmlFiles.length,
    distMb: mb(sizeOf(files)),
    pagefindMb: mb(sizeOf(walk(join(dist, 'pagefind')))),
    largestPage: {
      file: relative(dist, largest.file),
      kb: largest.bytes / 1024,
      gzipKb: largest.file ? gzipSync(readFileSync(largest.file)).length / 1024 : 0,
    },
    mapJsGzipKb: existsSync(mapHtml) ? scriptBytes(dist, readFileSync(mapHtml, 'utf8')) / 1024 : 0,
    feeds: feedSizes(dist),
    query: await measureQuery(dist, queries),
    firstVisit,
    servicePages,
    load: [loadAtStart, loadAtEnd],
  };
}

/**
 * The same 10,000 synthetic services built with Starlight 0.42 on Astro 7.3.5
 * (three locales, Pagefind built in), from issue 18: the peer cannot be built
 * here (no network to install it), so its figures are quoted, not measured.
 */
const PEER_AT_10000: Record<string, string> = {
  'build total: wall s (CPU s)': '250.1 (179.6)',
  'largest process (MB)': '2164',
  'whole process tree, peak (MB)': '2220 (quiet pair)',
  'HTML pages': '30004',
  'dist/ (MB, 10^6 bytes)': '613.5',
  'Pagefind index (MB)': '17.3',
  'first query: KB (requests)': '156.8 (11)',
};

/** `runtime 25.1 (2), wasm 58.0 (1), …`: a query's bytes by kind of Pagefind file, largest first. */
const byKind = (fetched: Fetched) =>
  Object.entries(fetched.byKind ?? {})
    .sort(([, a], [, b]) => b.kb - a.kb)
    .map(([kind, { kb, requests }]) => `${kind} ${kb.toFixed(1)} (${requests})`)
    .join(', ');

const total = (steps: StepCost[], pick: (step: StepCost) => number) => steps.reduce((sum, step) => sum + pick(step), 0);

function table(results: Measurement[]): string {
  const withPeer = results.some((result) => result.summary.services === 10000);
  const columns = [
    ...results.map((result) => String(result.summary.services)),
    ...(withPeer ? ['Starlight at 10000 (issue 18, quoted)'] : []),
  ];
  const editions = [...new Set(results.flatMap((result) => Object.keys(result.servicePages)))].sort();
  const rows: [string, (result: Measurement) => string][] = [
    ['services × locales', (r) => `${r.summary.services} × 3`],
    ['statements / cases / events', (r) => `${r.summary.statements} / ${r.summary.cases} / ${r.summary.events}`],
    ['load average at build start / end (2 CPUs)', (r) => `${r.load[0].toFixed(1)} / ${r.load[1].toFixed(1)}`],
    ...(results[0]?.steps ?? []).map((step, index): [string, (result: Measurement) => string] => [
      `${step.command.split(' ').slice(0, 2).join(' ')}: wall s (CPU s)`,
      (r) => `${r.steps[index]?.seconds.toFixed(1) ?? ''} (${r.steps[index]?.cpuSeconds?.toFixed(1) ?? '?'})`,
    ]),
    [
      'build total: wall s (CPU s)',
      (r) =>
        `${total(r.steps, (step) => step.seconds).toFixed(1)} (${total(r.steps, (step) => step.cpuSeconds ?? NaN).toFixed(1)})`,
    ],
    ...(results[0]?.steps ?? []).map((step, index): [string, (result: Measurement) => string] => [
      `${step.command.split(' ').slice(0, 2).join(' ')}: largest process / tree (MB)`,
      (r) => `${r.steps[index]?.peakMb.toFixed(0) ?? ''} / ${r.steps[index]?.treePeakMb.toFixed(0) ?? ''}`,
    ]),
    ['largest process (MB)', (r) => (r.steps.length ? Math.max(...r.steps.map((step) => step.peakMb)).toFixed(0) : '')],
    [
      'whole process tree, peak (MB)',
      (r) => (r.steps.length ? Math.max(...r.steps.map((step) => step.treePeakMb)).toFixed(0) : ''),
    ],
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
    [
      'search page opened: /pagefind/ KB (requests)',
      (r) => `${r.query.onOpen.kb.toFixed(1)} (${r.query.onOpen.requests})`,
    ],
    ['first query: KB (requests)', (r) => `${r.query.first.kb.toFixed(1)} (${r.query.first.requests})`],
    ['first query by file: KB (requests)', (r) => byKind(r.query.first)],
    ['second query: KB (requests)', (r) => `${r.query.second.kb.toFixed(1)} (${r.query.second.requests})`],
    ['second query by file: KB (requests)', (r) => byKind(r.query.second)],
    [
      'first visit to a ru service page, with what it loads: KB (requests)',
      (r) => `${r.firstVisit.page.kb.toFixed(1)} (${r.firstVisit.page.requests})`,
    ],
    [
      'then downloaded unasked (worker, precache, shell): KB (requests)',
      (r) => `${r.firstVisit.unasked.kb.toFixed(1)} (${r.firstVisit.unasked.requests})`,
    ],
    ...editions.map((edition): [string, (result: Measurement) => string] => [
      `service pages ${edition}, gzip all-in KB: median / max`,
      (r) =>
        r.servicePages[edition]
          ? `${r.servicePages[edition].median.toFixed(1)} / ${r.servicePages[edition].max.toFixed(1)}`
          : '',
    ]),
  ];
  const header = `| measure | ${columns.join(' | ')} |\n| --- | ${columns.map(() => '---:').join(' | ')} |`;
  const peer = (label: string) => (withPeer ? ` | ${PEER_AT_10000[label] ?? ''}` : '');
  return [
    header,
    ...rows.map(([label, value]) => `| ${label} | ${results.map(value).join(' | ')}${peer(label)} |`),
  ].join('\n');
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

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      sizes: { type: 'string', default: '1000' },
      dir: { type: 'string', default: join(ROOT, '.bench') },
      keep: { type: 'boolean', default: false },
      'measure-only': { type: 'boolean', default: false },
      query: { type: 'string', default: 'налоксон,юрист' },
      concentrate: { type: 'string' },
      events: { type: 'string' },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error(`--sizes must be positive whole numbers, got "${values.sizes}"`);
    return 2;
  }
  const concentrate = values.concentrate === undefined ? undefined : Number(values.concentrate);
  if (concentrate !== undefined && !(concentrate >= 0 && concentrate <= 1)) {
    console.error(`--concentrate must be a share between 0 and 1, got "${values.concentrate}"`);
    return 2;
  }
  const events = values.events === undefined ? undefined : Number(values.events);
  if (events !== undefined && !(Number.isInteger(events) && events >= 0)) {
    console.error(`--events must be a whole number, got "${values.events}"`);
    return 2;
  }
  const results: Measurement[] = [];
  for (const size of sizes) {
    const dir = resolve(values.dir, String(size));
    const [first = 'налоксон', second = first] = values.query.split(',').map((query) => query.trim());
    results.push(await measure(dir, size, [first, second], !values['measure-only'], concentrate, events));
    if (!values.keep && !values['measure-only']) rmSync(dir, { recursive: true, force: true });
    // After each size, so a long run that is stopped still leaves the figures of the sizes done.
    if (results.length < sizes.length) console.error(`\n${table(results)}\n`);
  }
  console.log(
    `\nMachine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(table(results));
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
