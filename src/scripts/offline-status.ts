/**
 * <offline-status>: registers the service worker (dist/sw.js, built by
 * scripts/service-worker.ts), saves the current edition's shell into the
 * caches the worker reads, and its bigger packs only when asked, says whether the edition works offline, and offers
 * an update when a newer version of the site is waiting. Configured by its
 * data-* attributes; its messages are in its and the settings' `data-messages`
 * and come with the pack summary (`PackSummary`), and the privacy page's [data-offline-settings] can remove
 * everything and switch saving off. See src/lib/offline-packs.ts for the packs.
 */
import { readScriptMessages } from '../i18n/format';
import { CACHES, cacheFor, SAVING_DISABLED_KEY } from '../lib/offline-caches';
import type { PackEntry, PackSummary } from '../lib/offline-packs';

const LEVELS = ['none', 'core', 'full'] as const;
type Level = (typeof LEVELS)[number];

/** What the state cache remembers per edition. */
interface SavedPack {
  version: string;
  level: Level;
  /** URL → revision of everything saved. */
  entries: Record<string, string>;
}

const higher = (a: Level, b: Level): Level => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b);

function savingDisabled(): boolean {
  try {
    return localStorage.getItem(SAVING_DISABLED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Downloads `urls` into their caches, four at a time. */
async function download(urls: string[]): Promise<void> {
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      await (await caches.open(cacheFor(new URL(url, location.href).pathname))).put(url, response);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** The saved copy of `url`, downloading and saving it first when there is none. */
async function keep(url: string): Promise<Response> {
  const saved = await caches.match(url, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  await (await caches.open(cacheFor(new URL(url, location.href).pathname))).put(url, response.clone());
  return response;
}

/** Removes the worker and everything it saved, and remembers not to save again. */
async function removeEverything(): Promise<void> {
  try {
    localStorage.setItem(SAVING_DISABLED_KEY, '1');
  } catch {
    // Storage may be blocked; removal still happens.
  }
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}

class OfflineStatus extends HTMLElement {
  /** Message name → text: those in the page first, then the summary's. */
  private strings: Record<string, string> = {};
  private pageLang = document.documentElement.lang || 'en';

  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    const settings = document.querySelector<HTMLElement>('[data-offline-settings]');
    // Plain sentences without counts, so each is a string.
    for (const element of [this, settings])
      if (element) Object.assign(this.strings, readScriptMessages(element) as Record<string, string>);
    if (settings) this.setUpSettings(settings);
    if (savingDisabled()) return;
    this.saveButton.addEventListener('click', () =>
      this.save((this.saveButton.dataset.level as Level | undefined) ?? 'none'),
    );
    addEventListener('online', () => this.showConnection());
    addEventListener('offline', () => this.showConnection());
    this.showConnection();
    navigator.serviceWorker
      .register(this.dataset.sw ?? '', { scope: this.dataset.scope })
      .then((registration) => {
        this.watchUpdates(registration);
        return navigator.serviceWorker.ready;
      })
      .then(() => this.save('none'))
      .then(() => this.keepLinked())
      .catch(() => {
        // No worker (e.g. the dev server): the site simply works online only.
      });
  }

  private get saveButton(): HTMLButtonElement {
    return this.querySelector('[data-offline-save]') as HTMLButtonElement;
  }

  /** One pack summary per edition, named like its folder: ru, sr, sr-cyrl, en. */
  private get summaryUrl(): string {
    return `${this.dataset.packs ?? ''}${this.pageLang.toLowerCase()}.json`;
  }

  private show(state: string, text: string | undefined): void {
    this.hidden = false;
    this.dataset.state = state;
    const message = this.querySelector('[data-offline-message]');
    if (message) message.textContent = text ?? '';
  }

  private size(bytes: number): string {
    const megabytes = bytes / 1_000_000;
    const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
    return new Intl.NumberFormat(this.pageLang, {
      style: 'unit',
      unit,
      maximumFractionDigits: megabytes >= 1 ? 1 : 0,
    }).format(value);
  }

  private save(requested: Level): Promise<void> {
    return this.savePack(requested).catch(() => {
      this.saveButton.hidden = true;
      this.show('failed', this.strings.failed);
    });
  }

  /**
   * Saves this edition's shell, and its packs up to the higher of what was
   * asked for now (`requested`) and what was saved before. Only files that
   * changed since the last save are downloaded; files no longer in the site
   * are removed. Then says what works offline and offers the next pack, with
   * its size.
   */
  private async savePack(requested: Level): Promise<void> {
    const summary = (await (await fetch(this.summaryUrl)).json()) as PackSummary;
    Object.assign(this.strings, summary.messages);
    const state = await caches.open(CACHES.state);
    const previous = await state.match(this.summaryUrl);
    const saved = previous
      ? ((await previous.json()) as SavedPack)
      : { version: '', level: 'none' as Level, entries: {} };
    const level = higher(requested, saved.level);
    if (saved.version === summary.version && saved.level === level) return this.report(summary, level);
    if (!navigator.onLine) return saved.version ? this.report(summary, saved.level) : undefined;

    const entries: Record<string, string> = Object.fromEntries(summary.shell);
    if (level !== 'none') {
      this.show('saving', this.strings.saving);
      const list = (await (await fetch(summary.list)).json()) as { core: PackEntry[]; full: PackEntry[] };
      Object.assign(entries, Object.fromEntries([...list.core, ...(level === 'full' ? list.full : [])]));
    }
    const missing: string[] = [];
    for (const [url, revision] of Object.entries(entries)) {
      const unchanged = saved.entries[url] === revision;
      if (!unchanged || !(await caches.match(url, { ignoreSearch: true }))) missing.push(url);
    }
    await download(missing);
    for (const url of Object.keys(saved.entries)) {
      if (!(url in entries)) await (await caches.open(cacheFor(new URL(url, location.href).pathname))).delete(url);
    }
    const record: SavedPack = { version: summary.version, level, entries };
    await state.put(this.summaryUrl, new Response(JSON.stringify(record)));
    this.report(summary, level);
  }

  /**
   * Keeps what links marked `data-offline-keep` need to work offline with
   * this page: the linked page (without its query), the scripts and styles it
   * loads with the scripts they import, and the files the attribute lists — a
   * service page's referral slip and that service's slip data, so the slip
   * opens without a connection for a service whose page was opened. Only what
   * is not saved yet is downloaded; a failure leaves the page as it is.
   */
  private async keepLinked(): Promise<void> {
    if (!navigator.onLine) return;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-offline-keep]')) {
      const page = new URL(link.href);
      page.search = '';
      page.hash = '';
      try {
        // The listed files are small and change with the content: fetched afresh on every visit.
        await download((link.dataset.offlineKeep ?? '').split(' ').filter((url) => url));
        const html = await (await keep(page.pathname)).text();
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

  /** Says what works offline and offers the next pack with its size. */
  private report(summary: PackSummary, level: Level): void {
    const next = LEVELS[LEVELS.indexOf(level) + 1];
    this.saveButton.hidden = !next;
    if (next) {
      this.saveButton.dataset.level = next;
      const [text, bytes] =
        next === 'core'
          ? [summary.messages.saveCore, summary.coreBytes]
          : [summary.messages.saveAll, summary.fullBytes];
      this.saveButton.textContent = text.replace('#', this.size(bytes));
    }
    const [name, text] = (
      { none: ['visited', 'visitedOnly'], core: ['partial', 'partial'], full: ['ready', 'ready'] } as const
    )[level];
    this.show(name, this.strings[text]);
  }

  private showConnection(): void {
    const offlineNow = this.querySelector<HTMLElement>('[data-offline-now]');
    if (offlineNow) offlineNow.hidden = navigator.onLine;
    if (!navigator.onLine) this.hidden = false;
  }

  /** Offers a waiting new version; the page reloads once it has taken over. */
  private watchUpdates(registration: ServiceWorkerRegistration): void {
    const prompt = document.querySelector<HTMLElement>('[data-offline-update]');
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) location.reload();
    });
    const offer = (worker: ServiceWorker) => {
      if (!prompt || !navigator.serviceWorker.controller) return;
      prompt.hidden = false;
      prompt.querySelector('button')?.addEventListener('click', () => {
        reloading = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      });
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
  }

  /** The privacy page's buttons: remove everything and stop saving, or switch saving back on. */
  private setUpSettings(settings: HTMLElement): void {
    const clear = settings.querySelector<HTMLElement>('[data-offline-clear]');
    const enable = settings.querySelector<HTMLElement>('[data-offline-enable]');
    const note = settings.querySelector('[data-offline-settings-status]');
    if (!clear || !enable || !note) return;
    const render = () => {
      clear.hidden = savingDisabled();
      enable.hidden = !savingDisabled();
      if (savingDisabled()) note.textContent = this.strings.disabled ?? '';
    };
    settings.hidden = false;
    render();
    clear.addEventListener('click', async () => {
      await removeEverything();
      this.hidden = true;
      render();
      note.textContent = this.strings.cleared ?? '';
    });
    enable.addEventListener('click', () => {
      try {
        localStorage.removeItem(SAVING_DISABLED_KEY);
      } catch {
        // Nothing was stored, so saving is already on.
      }
      location.reload();
    });
  }
}

if (!customElements.get('offline-status')) customElements.define('offline-status', OfflineStatus);
