/**
 * The service worker's own part, bundled and appended to dist/sw.js (after
 * Workbox's routes) by scripts/service-worker.ts. On a message from
 * <offline-status> (src/scripts/offline-status.ts) it saves the page's
 * edition's shell, and its bigger packs when asked (src/lib/offline-packs.ts),
 * keeps what the page's `data-offline-keep` links need, and answers the page
 * with what works offline and the next pack to offer, with its size.
 *
 * Doing this here rather than in the page takes ~1.5 KB of script (gzip) off
 * every page, and a save goes on when the person moves to another page.
 * Requests made by the worker itself do not pass through its routes, so it
 * caches what it fetches into the caches those routes read (`cacheFor`).
 */
import {
  CACHES,
  cacheFor,
  OFFLINE_LEVELS,
  type OfflineLevel,
  type OfflineSaveReport,
  type OfflineSaveRequest,
} from '../lib/offline-caches';
import type { PackEntry, PackSummary } from '../lib/offline-packs';

/** The little of the service worker's scope this file uses (the DOM library has no worker types). */
interface WorkerMessageEvent {
  data: unknown;
  source: { postMessage(message: OfflineSaveReport): void } | null;
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  navigator: { onLine: boolean };
};

/** What the state cache remembers per edition. */
interface SavedPack {
  version: string;
  level: OfflineLevel;
  /** URL → revision of everything saved. */
  entries: Record<string, string>;
}

const higher = (a: OfflineLevel, b: OfflineLevel): OfflineLevel =>
  OFFLINE_LEVELS.indexOf(a) >= OFFLINE_LEVELS.indexOf(b) ? a : b;

const cacheOf = (url: string) => caches.open(cacheFor(new URL(url, location.href).pathname));

/**
 * Fetches `url`, failing on an error status: afresh, except content-named
 * assets, which the browser's HTTP cache may answer (the page that asked has
 * usually just loaded them).
 */
async function fetchFresh(url: string): Promise<Response> {
  const named = cacheFor(new URL(url, location.href).pathname) === CACHES.assets;
  const response = await fetch(url, { cache: named ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

/** Downloads `urls` into their caches, four at a time. */
async function download(urls: string[]): Promise<void> {
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) await (await cacheOf(url)).put(url, await fetchFresh(url));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** The saved copy of `url`, downloading and saving it first when there is none. */
async function keep(url: string): Promise<Response> {
  const saved = await caches.match(url, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetchFresh(url);
  await (await cacheOf(url)).put(url, response.clone());
  return response;
}

/** The edition's pack summary: fresh (and saved) when online, the saved copy otherwise. */
async function readSummary(url: string): Promise<PackSummary> {
  try {
    const response = await fetchFresh(url);
    await (await cacheOf(url)).put(url, response.clone());
    return (await response.json()) as PackSummary;
  } catch (error) {
    const saved = await caches.match(url, { ignoreSearch: true });
    if (!saved) throw error;
    return (await saved.json()) as PackSummary;
  }
}

function formatSize(bytes: number, lang: string): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: megabytes >= 1 ? 1 : 0 }).format(
    value,
  );
}

/** What works offline at `level`, and the next pack with its size. */
function reportOf(summary: PackSummary, level: OfflineLevel, lang: string): OfflineSaveReport {
  const { messages } = summary;
  const state = ({ none: 'visited', core: 'partial', full: 'ready' } as const)[level];
  const text = { none: messages.visitedOnly, core: messages.partial, full: messages.ready }[level];
  const next = OFFLINE_LEVELS[OFFLINE_LEVELS.indexOf(level) + 1];
  if (!next) return { type: 'offline-status', state, text };
  const [offer, bytes] =
    next === 'core' ? [messages.saveCore, summary.coreBytes] : [messages.saveAll, summary.fullBytes];
  return {
    type: 'offline-status',
    state,
    text,
    offer: { level: next, text: offer.replace('#', formatSize(bytes, lang)) },
  };
}

/**
 * Saves the edition's shell, and its packs up to the higher of what was asked
 * for now and what was saved before. Only files that changed since the last
 * save are downloaded; files no longer in the site are removed. Offline,
 * reports what was saved before (nothing when nothing was).
 */
async function savePack(
  request: OfflineSaveRequest,
  tell: (report: OfflineSaveReport) => void,
): Promise<OfflineSaveReport | undefined> {
  const summary = await readSummary(request.summary);
  const state = await caches.open(CACHES.state);
  const previous = await state.match(request.summary);
  const saved: SavedPack = previous
    ? ((await previous.json()) as SavedPack)
    : { version: '', level: 'none', entries: {} };
  const level = higher(request.level, saved.level);
  if (saved.version === summary.version && saved.level === level) return reportOf(summary, level, request.lang);
  if (!self.navigator.onLine) return saved.version ? reportOf(summary, saved.level, request.lang) : undefined;

  const entries: Record<string, string> = Object.fromEntries(summary.shell);
  if (level !== 'none') {
    tell({ type: 'offline-status', state: 'saving', text: summary.messages.saving });
    const list = (await (await fetchFresh(summary.list)).json()) as { core: PackEntry[]; full: PackEntry[] };
    Object.assign(entries, Object.fromEntries([...list.core, ...(level === 'full' ? list.full : [])]));
  }
  const missing: string[] = [];
  for (const [url, revision] of Object.entries(entries)) {
    const unchanged = saved.entries[url] === revision;
    if (!unchanged || !(await caches.match(url, { ignoreSearch: true }))) missing.push(url);
  }
  await download(missing);
  for (const url of Object.keys(saved.entries)) if (!(url in entries)) await (await cacheOf(url)).delete(url);
  const record: SavedPack = { version: summary.version, level, entries };
  await state.put(request.summary, new Response(JSON.stringify(record)));
  return reportOf(summary, level, request.lang);
}

/**
 * Keeps what a `data-offline-keep` link needs to work offline: the linked page,
 * the scripts and styles it loads with the scripts they import, and the files
 * the link lists (a service page's referral slip and that service's slip data,
 * so the slip opens without a connection for a service whose page was
 * opened). A failure leaves the rest as it is: this is a bonus.
 */
async function keepLinked(links: OfflineSaveRequest['keep']): Promise<void> {
  if (!self.navigator.onLine) return;
  for (const { page, files } of links) {
    try {
      // The listed files are small and change with the content: fetched afresh on every visit.
      await download(files);
      const html = await (await keep(page)).text();
      // The page's hashed scripts and styles, and what those scripts import (read cache-first by the worker).
      const queue = [...html.matchAll(/(?:src|href)="([^"]*\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
      const seen = new Set(queue);
      while (queue.length) {
        const url = queue.pop()!;
        const saved = await keep(url);
        if (!url.endsWith('.js')) continue;
        for (const [, path] of (await saved.text()).matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g)) {
          const next = new URL(`./${path}`, new URL(url, location.href)).pathname;
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    } catch {
      // Offline use of the link is a bonus; the page itself works as it is.
    }
  }
}

const isSaveRequest = (data: unknown): data is OfflineSaveRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'offline-save';

/** Saves run one after another, so two pages asking at once do not download the same files twice. */
let saving: Promise<unknown> = Promise.resolve();

self.addEventListener('message', (event) => {
  const request = event.data;
  if (!isSaveRequest(request)) return;
  const tell = (report: OfflineSaveReport) => event.source?.postMessage(report);
  const run = async () => {
    try {
      const report = await savePack(request, tell);
      if (report) tell(report);
    } catch {
      tell({ type: 'offline-status', state: 'failed' });
    }
    await keepLinked(request.keep);
  };
  saving = saving.then(run, run);
  event.waitUntil(saving);
});
