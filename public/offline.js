// Offline use: registers the service worker (dist/sw.js, built by
// scripts/service-worker.ts), saves the current language's pack into the
// caches the worker reads, says whether the language is available offline,
// and offers an update when a newer version of the site is waiting.
// Configured by the data-* attributes of [data-offline]; its messages come
// with the pack summary; the privacy page's [data-offline-settings] can remove
// everything and switch saving off. See src/lib/offline-packs.ts for the packs.
(() => {
  const root = document.querySelector('[data-offline]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;

  const settings = document.querySelector('[data-offline-settings]');
  // Messages in the page (for when the pack summary cannot be fetched, and the privacy page's); the rest come with the summary.
  const strings = Object.fromEntries(
    [root, settings]
      .flatMap((element) => (element ? [...element.querySelectorAll('[data-text]')] : []))
      .map((element) => [element.dataset.text, element.textContent.trim()]),
  );
  const lang = document.documentElement.lang || 'en';
  // One pack per edition, named like its folder: ru, sr, sr-cyrl, en.
  const packUrl = `${root.dataset.packs}${lang.toLowerCase()}.json`;
  const message = root.querySelector('[data-offline-message]');
  const offlineNow = root.querySelector('[data-offline-now]');
  const saveButton = root.querySelector('[data-offline-save]');
  const updatePrompt = document.querySelector('[data-offline-update]');
  const DISABLED_KEY = 'offline-saving-disabled';
  const STATE_CACHE = 'offline-packs';
  const SEARCH_CACHE = 'search-index';
  const PAGES_CACHE = 'pages';

  const disabled = () => {
    try {
      return localStorage.getItem(DISABLED_KEY) === '1';
    } catch {
      return false;
    }
  };

  const show = (state, text) => {
    root.hidden = false;
    root.dataset.state = state;
    message.textContent = text;
  };

  const size = (bytes) => {
    const megabytes = bytes / 1_000_000;
    const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: megabytes >= 1 ? 1 : 0 }).format(
      value,
    );
  };

  const cacheFor = (url) => (new URL(url, location.href).pathname.includes('/pagefind/') ? SEARCH_CACHE : PAGES_CACHE);

  /** Downloads `urls` into their caches, a few at a time. */
  const download = async (urls) => {
    const queue = [...urls];
    const worker = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        await (await caches.open(cacheFor(url))).put(url, response);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  };

  const LEVELS = ['none', 'core', 'full'];
  const higher = (a, b) => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b);

  /**
   * Saves this language's packs up to the highest of: what was asked for now
   * (`requested`), what is small enough to save unasked, and what was saved
   * before. Only files that changed since the last save are downloaded; files
   * no longer in the site are removed. Then says what works offline and
   * offers the next pack, with its size.
   */
  const savePack = async (requested) => {
    const summary = await (await fetch(packUrl)).json();
    Object.assign(strings, summary.messages);
    const state = await caches.open(STATE_CACHE);
    const previous = await state.match(packUrl);
    const saved = previous ? await previous.json() : { version: '', level: 'none', entries: {} };
    const automatic = summary.autoFull ? 'full' : summary.autoCore ? 'core' : 'none';
    const level = [requested, automatic, saved.level].reduce(higher);
    const report = () => {
      const next = LEVELS[LEVELS.indexOf(level) + 1];
      saveButton.hidden = !next;
      if (next) {
        saveButton.dataset.level = next;
        const [text, bytes] =
          next === 'core' ? [strings.saveCore, summary.coreBytes] : [strings.saveAll, summary.fullBytes];
        saveButton.textContent = text.replace('#', size(bytes));
      }
      const [name, text] = {
        none: ['visited', strings.visitedOnly],
        core: ['partial', strings.partial],
        full: ['ready', strings.ready],
      }[level];
      show(name, text);
    };
    if (saved.version === summary.version && saved.level === level) return report();
    if (level !== 'none' && !navigator.onLine) return saved.version ? report() : undefined;

    const entries = {};
    if (level !== 'none') {
      show('saving', strings.saving);
      const list = await (await fetch(summary.list)).json();
      Object.assign(entries, Object.fromEntries([...list.core, ...(level === 'full' ? list.full : [])]));
      const missing = [];
      for (const [url, revision] of Object.entries(entries)) {
        const unchanged = url in saved.entries && saved.entries[url] === revision;
        if (!unchanged || !(await caches.match(url, { ignoreSearch: true }))) missing.push(url);
      }
      await download(missing);
    }
    for (const url of Object.keys(saved.entries)) {
      if (!(url in entries)) await (await caches.open(cacheFor(url))).delete(url);
    }
    await state.put(packUrl, new Response(JSON.stringify({ version: summary.version, level, entries })));
    report();
  };

  const save = (requested) =>
    savePack(requested).catch(() => {
      saveButton.hidden = true;
      show('failed', strings.failed);
    });

  const showConnection = () => {
    offlineNow.hidden = navigator.onLine;
    if (!navigator.onLine) root.hidden = false;
  };

  const watchUpdates = (registration) => {
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) location.reload();
    });
    const offer = (worker) => {
      if (!updatePrompt || !navigator.serviceWorker.controller) return;
      updatePrompt.hidden = false;
      updatePrompt.querySelector('button').addEventListener('click', () => {
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
  };

  /** Removes the worker and everything it saved, and remembers not to save again. */
  const removeEverything = async () => {
    try {
      localStorage.setItem(DISABLED_KEY, '1');
    } catch {
      // Storage may be blocked; removal still happens.
    }
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  };

  const setUpSettings = () => {
    if (!settings) return;
    const clear = settings.querySelector('[data-offline-clear]');
    const enable = settings.querySelector('[data-offline-enable]');
    const note = settings.querySelector('[data-offline-settings-status]');
    const render = () => {
      clear.hidden = disabled();
      enable.hidden = !disabled();
      if (disabled()) note.textContent = strings.disabled;
    };
    settings.hidden = false;
    render();
    clear.addEventListener('click', async () => {
      await removeEverything();
      root.hidden = true;
      render();
      note.textContent = strings.cleared;
    });
    enable.addEventListener('click', () => {
      try {
        localStorage.removeItem(DISABLED_KEY);
      } catch {
        // Nothing was stored, so saving is already on.
      }
      location.reload();
    });
  };

  setUpSettings();
  if (disabled()) return;
  saveButton.addEventListener('click', () => save(saveButton.dataset.level));
  addEventListener('online', showConnection);
  addEventListener('offline', showConnection);
  showConnection();
  navigator.serviceWorker
    .register(root.dataset.sw, { scope: root.dataset.scope })
    .then((registration) => {
      watchUpdates(registration);
      return navigator.serviceWorker.ready;
    })
    .then(() => save('none'))
    .catch(() => {
      // No worker (e.g. the dev server): the site simply works online only.
    });
})();
