/**
 * The privacy page's offline settings ([data-offline-settings],
 * src/components/OfflineSettings.astro): remove the service worker and
 * everything it saved and stop saving, or switch saving back on. Loaded only
 * there, not with <offline-status> on every page. Its sentences are in its
 * `data-messages`.
 */
import { readScriptMessages } from '../i18n/format';
import { SAVING_DISABLED_KEY, savingDisabled } from '../lib/offline-caches';

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

function setUpSettings(settings: HTMLElement): void {
  const clear = settings.querySelector<HTMLElement>('[data-offline-clear]');
  const enable = settings.querySelector<HTMLElement>('[data-offline-enable]');
  const note = settings.querySelector('[data-offline-settings-status]');
  if (!clear || !enable || !note) return;
  // Plain sentences without counts, so each is a string.
  const strings = readScriptMessages(settings) as Record<string, string>;
  const render = () => {
    clear.hidden = savingDisabled();
    enable.hidden = !savingDisabled();
    if (savingDisabled()) note.textContent = strings.disabled ?? '';
  };
  settings.hidden = false;
  render();
  clear.addEventListener('click', async () => {
    await removeEverything();
    const status = document.querySelector<HTMLElement>('offline-status');
    if (status) status.hidden = true;
    render();
    note.textContent = strings.cleared ?? '';
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

const settings = document.querySelector<HTMLElement>('[data-offline-settings]');
if (settings && 'serviceWorker' in navigator && 'caches' in window) setUpSettings(settings);
