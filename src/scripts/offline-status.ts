/**
 * <offline-status>: registers the service worker (dist/sw.js, built by
 * scripts/service-worker.ts) and asks it to save the current edition's shell,
 * and its bigger packs only when asked (the saving itself is the worker's:
 * src/scripts/offline-worker.ts); shows what the worker answers — whether the
 * edition works offline and the next pack with its size — says when the
 * device is offline, and offers an update when a newer version of the site is
 * waiting. Configured by its data-* attributes; the worker's answers carry
 * their text (from the edition's pack summary), and the one message needed
 * when the worker cannot say is in `data-messages`. The privacy page's
 * settings are src/scripts/offline-settings.ts.
 */
import { readScriptMessages } from '../i18n/format';
import {
  savingDisabled,
  type OfflineLevel,
  type OfflineSaveReport,
  type OfflineSaveRequest,
} from '../lib/offline-caches';

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !('caches' in window) || savingDisabled()) return;
    const worker = navigator.serviceWorker;
    const save = this.querySelector<HTMLButtonElement>('[data-offline-save]')!;
    save.addEventListener('click', () => this.ask((save.dataset.level as OfflineLevel | undefined) ?? 'none'));
    addEventListener('online', () => this.showConnection());
    addEventListener('offline', () => this.showConnection());
    this.showConnection();
    worker.addEventListener('message', (event: MessageEvent<OfflineSaveReport>) => {
      if (event.data?.type === 'offline-status') this.show(event.data, save);
    });
    worker
      .register(this.dataset.sw ?? '', { scope: this.dataset.scope })
      .then((registration) => {
        this.watchUpdates(registration);
        return worker.ready;
      })
      .then(() => this.ask('none'))
      .catch(() => {
        // No worker (e.g. the dev server): the site simply works online only.
      });
  }

  /** Asks the worker to save this edition up to `level`, and what this page's `data-offline-keep` links need. */
  private async ask(level: OfflineLevel): Promise<void> {
    const lang = document.documentElement.lang || 'en';
    const keep = [...document.querySelectorAll<HTMLAnchorElement>('a[data-offline-keep]')].map((link) => ({
      page: link.pathname,
      files: (link.dataset.offlineKeep ?? '').split(' ').filter((url) => url),
    }));
    // One pack summary per edition, named like its folder: ru, sr, sr-cyrl, en.
    const request: OfflineSaveRequest = {
      type: 'offline-save',
      summary: `${this.dataset.packs ?? ''}${lang.toLowerCase()}.json`,
      level,
      lang,
      keep,
    };
    (await navigator.serviceWorker.ready).active?.postMessage(request);
  }

  private show({ state, text, offer }: OfflineSaveReport, save: HTMLButtonElement): void {
    this.hidden = false;
    this.dataset.state = state;
    const message = this.querySelector('[data-offline-message]');
    if (message) message.textContent = text ?? readScriptMessages(this)[state]?.toString() ?? '';
    if (state === 'saving') return;
    save.hidden = !offer;
    if (offer) {
      save.dataset.level = offer.level;
      save.textContent = offer.text;
    }
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
}

if (!customElements.get('offline-status')) customElements.define('offline-status', OfflineStatus);
