/**
 * Offline use: someone who opened the service list once can later, without
 * any connection, open a service page and search. A new version of the site
 * is offered, not forced; everything saved can be removed from the privacy
 * page. Each test serves its own copy of dist/ so it can change files.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { SITE } from '../../src/site.config';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { launchBrowser } from '../support/browser';
import { fileOfUrl, pageScripts, pageUrl, readDist, requireDist } from '../support/dist';
import { startServer, type StaticServer } from '../support/server';
import { budget } from '../support/patience';

const dist = requireDist();
let root: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(dist, root, { recursive: true });
  server = await startServer(root);
  browser = await launchBrowser();
}, budget(60_000));

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A published service with a name in `locale` (Russian unless asked), from content/. */
function sampleService(locale: 'ru' | 'sr' = 'ru'): { id: string; name: string; word: string } {
  const folder = join(import.meta.dirname, '..', '..', 'content', 'services');
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const service = parse(readFileSync(join(folder, file), 'utf8')) as {
      id: string;
      draft?: boolean;
      name: Partial<Record<'ru' | 'sr', string>>;
    };
    const name = service.name[locale];
    const word = (name?.match(/\p{L}{6,}/gu) ?? []).sort((a, b) => b.length - a.length)[0];
    if (!service.draft && name && word) return { id: service.id, name, word };
  }
  throw new Error(`content/services has no service with a name in ${locale}`);
}

/** A fresh browser profile with service workers on. */
async function withContext<T>(use: (context: BrowserContext, page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    return await use(context, await context.newPage());
  } finally {
    await context.close();
  }
}

/** Types `query` into the open search page and returns the paths its results link to. */
async function searchResultPaths(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-query').fill(query);
  await expect
    .poll(() => page.locator('site-search').getAttribute('data-state'), { timeout: budget(10_000) })
    .toBe('results');
  return page
    .locator('.search-result h2 a')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
}

/** Waits for the offline status to reach `state`. */
async function offlineState(page: Page, state: string): Promise<void> {
  await expect
    .poll(() => page.locator('[data-offline]').getAttribute('data-state'), { timeout: budget(20_000) })
    .toBe(state);
}

/** Asks the open page to save its edition's core pack, then everything else. */
async function saveEverything(page: Page): Promise<void> {
  const button = page.locator('[data-offline] [data-offline-save]');
  await offlineState(page, 'visited');
  await button.click();
  await offlineState(page, 'partial');
  await button.click();
  await offlineState(page, 'ready');
}

/** Opens the Russian service list and saves the language for offline use. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto(`${server.url}${pageUrl('ru', 'services')}`);
  await saveEverything(page);
  const status = page.locator('[data-offline]');
  expect(await status.isVisible()).toBe(true);
  expect(await status.locator('[data-offline-message]').textContent()).toBe(DICTIONARIES.ru['offline.ready']);
}

/** Every URL path saved in any cache. */
async function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths.sort();
  });
}

describe('offline use', () => {
  it('after saving the service list’s language, a service page and search work without a connection', async () => {
    const service = sampleService();
    await withContext(async (context, page) => {
      await visitOnce(page);
      await context.setOffline(true);

      const response = await page.goto(`${server.url}${pageUrl('ru', `services/${service.id}`)}`);
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker(), 'served from the saved copy').toBe(true);
      expect((await page.locator('h1').textContent())?.trim()).toBe(service.name);
      expect(await page.locator('[data-offline-now]').isVisible(), 'says it is offline').toBe(true);

      await page.goto(`${server.url}${pageUrl('ru', 'search')}`);
      expect(await searchResultPaths(page, service.word)).toContain(pageUrl('ru', `services/${service.id}`));
    });
  });

  it('opens the slip of a service whose page was opened, without a connection, and keeps no slip choice on the device', async () => {
    const service = sampleService();
    await withContext(async (context, page) => {
      await page.goto(`${server.url}${pageUrl('ru', `services/${service.id}`)}`);
      await offlineState(page, 'visited');
      const slipData = `/slip-data/${service.id}.json`;
      // Everything the slip page loads, its scripts' imports included: they are saved after the page
      // itself, so going offline as soon as the page is saved would race them.
      const slipHtml = readDist(fileOfUrl(pageUrl('ru', 'slip')), dist);
      const slipAssets = [
        ...pageScripts(slipHtml, dist).files,
        ...[...slipHtml.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) =>
          fileOfUrl(match[1]!),
        ),
      ].map((file) => `${SITE.base}/${file}`);
      await expect
        .poll(() => savedPaths(page), { timeout: budget(20_000) })
        .toEqual(expect.arrayContaining([slipData, pageUrl('ru', 'slip'), ...slipAssets]));

      await context.setOffline(true);
      const response = await page.goto(`${server.url}${pageUrl('ru', 'slip')}?s=${service.id}`);
      expect(response?.fromServiceWorker(), 'served from the saved copy').toBe(true);
      await page.locator('referral-slip[data-state="ready"]').waitFor({ timeout: budget(15_000) });
      const item = page.locator(`.slip-item[data-service="${service.id}"]`);
      expect(await item.getAttribute('class')).not.toContain('slip-item--missing');
      expect((await item.locator('.slip-item__name').innerText()).trim()).toBe(service.name);
      expect(await page.locator('referral-slip').innerText()).not.toContain(DICTIONARIES.ru['slip.unavailable']);

      // Opened online, the slip's choice lives in the address only: no saved copy is keyed by it.
      await context.setOffline(false);
      await page.goto(`${server.url}${pageUrl('ru', 'slip')}?s=${service.id}`);
      await page.locator('referral-slip[data-state="ready"]').waitFor({ timeout: budget(15_000) });
      const keys = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls;
      });
      expect(keys.filter((url) => url.includes('?s='))).toEqual([]);
    });
  });

  it('saves only this edition’s small shell unasked, then each pack when asked, saying what it costs', async () => {
    const service = sampleService();
    await withContext(async (context, page) => {
      await page.goto(`${server.url}${pageUrl('ru', `services/${service.id}`)}`);
      await offlineState(page, 'visited');
      const shell = (await savedPaths(page)).filter((path) => !path.startsWith('/offline/'));
      expect(shell).toEqual(expect.arrayContaining([pageUrl('ru', ''), pageUrl('ru', 'privacy')]));
      expect(
        shell.filter(
          (path) =>
            /^\/(sr|en|sr-cyrl)\//.test(path) || path.startsWith('/pagefind/') || path === pageUrl('ru', 'search'),
        ),
        'nothing of other editions, no search index, no search page without it',
      ).toEqual([]);
      const button = page.locator('[data-offline] [data-offline-save]');
      expect(await button.textContent()).toMatch(/\d.*(кБ|КБ|МБ)/);

      await button.click();
      await offlineState(page, 'partial');
      expect(await button.isVisible(), 'the rest is offered next').toBe(true);

      await context.setOffline(true);
      await page.goto(`${server.url}${pageUrl('ru', 'search')}`);
      await page.locator('#search-query').fill(service.word);
      await expect
        .poll(() => page.locator('site-search').getAttribute('data-state'), { timeout: budget(10_000) })
        .toBe('results');
      const other = sampleService('sr');
      const opened = await page.goto(`${server.url}${pageUrl('en', `services/${other.id}`)}`).catch(() => null);
      expect(opened?.ok() ?? false, 'a page never opened nor asked for was not downloaded').toBe(false);
    });
  });

  it('saves the Serbian Cyrillic edition’s own pages and the Serbian index it searches, and speaks Cyrillic there', async () => {
    expect(existsSync(join(root, 'sr-cyrl', 'services', 'index.html')), 'the Cyrillic edition was built').toBe(true);
    await withContext(async (context, page) => {
      await page.goto(`${server.url}${SITE.base}/sr-cyrl/services/`);
      const status = page.locator('[data-offline]');
      await saveEverything(page);
      expect(await status.locator('[data-offline-message]').textContent()).toMatch(/^[^a-z]*$/i);
      const saved = await page.evaluate(async () =>
        (await (await caches.open('pages')).keys()).map((request) => new URL(request.url).pathname),
      );
      expect(saved.some((path) => path.startsWith('/sr-cyrl/services/') && path !== '/sr-cyrl/services/')).toBe(true);
      expect(
        saved.filter((path) => path.startsWith('/sr/')),
        'nothing of the Latin edition',
      ).toEqual([]);

      const service = sampleService('sr');
      await context.setOffline(true);
      await page.goto(`${server.url}${SITE.base}/sr-cyrl/search/`);
      expect(await searchResultPaths(page, serbianToCyrillic(service.word))).toContain(
        `${SITE.base}/sr-cyrl/services/${service.id}/`,
      );
    });
  });

  it('offers a new version instead of switching under the reader, and switches when asked', async () => {
    await withContext(async (_context, page) => {
      await visitOnce(page);
      const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      expect(before).toBeTruthy();
      appendFileSync(join(root, 'sw.js'), '\n// a new deployment\n');
      try {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        const prompt = page.locator('[data-offline-update]');
        await expect.poll(() => prompt.isVisible(), { timeout: budget(15_000) }).toBe(true);
        expect(
          await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
          'the new version waits',
        ).toBe(true);
        await Promise.all([page.waitForEvent('load'), prompt.getByRole('button').click()]);
        await expect
          .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null))
          .toBeNull();
        expect(await page.locator('[data-offline-update]').isVisible()).toBe(false);
      } finally {
        writeFileSync(join(root, 'sw.js'), readFileSync(join(dist, 'sw.js')));
      }
    });
  });

  it('removes everything it saved, and saves nothing more, when asked on the privacy page', async () => {
    await withContext(async (_context, page) => {
      await visitOnce(page);
      expect(await page.evaluate(() => caches.keys())).not.toEqual([]);
      await page.goto(`${server.url}${pageUrl('ru', 'privacy')}`);
      await page.locator('[data-offline-clear]').click();
      const note = page.locator('[data-offline-settings-status]');
      await expect.poll(() => note.textContent()).toBe(DICTIONARIES.ru['offline.cleared']);
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

      // Count the page's calls to register(): offline.js runs before the load event goto() waits for.
      await page.addInitScript(() => {
        const container = navigator.serviceWorker;
        const register = container.register.bind(container);
        Object.assign(window, { registerCalls: 0 });
        container.register = (...args: Parameters<typeof register>) => {
          Object.assign(window, { registerCalls: (window as unknown as { registerCalls: number }).registerCalls + 1 });
          return register(...args);
        };
      });
      await page.goto(`${server.url}${pageUrl('ru', 'services')}`);
      expect(
        await page.evaluate(() => (window as unknown as { registerCalls: number }).registerCalls),
        'no new worker',
      ).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
    });
  });
});
