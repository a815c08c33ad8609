/**
 * The site built under a base path, served as GitHub Pages serves a project
 * site (nothing outside the base is the site's): a person's way from the
 * language chooser to a service and out through quick exit, and the parts
 * that compute addresses themselves — the offline worker and its scope,
 * search results, the referral slip's data files, the map's data, script
 * chunk, stylesheet and popup links, the Serbian Cyrillic edition, the icon. Run by `npm run test:base`, which builds with
 * SITE_BASE=/directory into dist-base/.
 */
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { openMapPopup } from '../support/map-popup';
import { budget } from '../support/patience';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const BASE: string = SITE.base;

/** Opens a recording page whose every response is kept, runs `use`, then checks no request failed or left the base. */
async function journey(use: (page: Page) => Promise<void>, serviceWorkers: 'allow' | 'block' = 'block'): Promise<void> {
  const { page, context, errors, requests } = await openRecordingPage(site.browser, site.url, { serviceWorkers });
  const failed: string[] = [];
  page.on('response', (response: Response) => {
    if (response.status() >= 400 && response.url().startsWith(site.url))
      failed.push(`${response.status()} ${response.url()}`);
  });
  try {
    await use(page);
    const local = requests.filter((url) => url.startsWith(`${site.url}/`)).map((url) => new URL(url).pathname);
    expect(
      local.filter((path) => !path.startsWith(`${BASE}/`)),
      'requests outside the base path',
    ).toEqual([]);
    expect(failed, 'failed requests').toEqual([]);
    expect(errors, 'script errors').toEqual([]);
  } finally {
    await context.close();
  }
}

/** The path of the open page. */
const pathOf = (page: Page) => new URL(page.url()).pathname;

describe(`the site under the base path ${BASE || '(none)'}`, () => {
  it('is built with a base path (SITE_BASE)', () => {
    expect(BASE).toMatch(/^\/[\w.~-]+/);
  });

  it('language chooser → home → directory → a service → quick exit', async () => {
    await journey(async (page) => {
      await page.goto(`${site.url}${BASE}/`);
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(new RegExp(`^${BASE}/`));
      await Promise.all([
        page.waitForURL(`**${pageUrl('en', '')}`),
        page
          .locator(`a[href="${pageUrl('en', '')}"]`)
          .first()
          .click(),
      ]);
      await Promise.all([
        page.waitForURL(`**${pageUrl('en', 'services')}`),
        page
          .locator(`main a[href="${pageUrl('en', 'services')}"], nav a[href="${pageUrl('en', 'services')}"]`)
          .first()
          .click(),
      ]);
      const service = page.locator('li.service-card h4 a, li.service-card h3 a, li.service-card h2 a').first();
      const href = (await service.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^${pageUrl('en', 'services')}[^/]+/$`));
      await Promise.all([page.waitForURL(`**${href}`), service.click()]);
      expect(pathOf(page)).toBe(href);
      // Styles loaded from under the base: the page is laid out, not raw HTML.
      expect(
        await page
          .locator('link[rel="stylesheet"]')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname)),
      ).not.toEqual([]);
      await page.route(`${SITE.quickExitUrl.split('?')[0]}**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
      );
      await Promise.all([
        page.waitForURL((url) => url.origin === new URL(SITE.quickExitUrl).origin),
        page.locator('[data-quick-exit]').first().click(),
      ]);
    });
  });

  it('registers the offline worker from under the base, with its scope there', async () => {
    await journey(async (page) => {
      await page.goto(`${site.url}${pageUrl('en', '')}`);
      const registration = await page.evaluate(async () => {
        const ready = await navigator.serviceWorker.ready;
        return { scope: ready.scope, script: ready.active?.scriptURL };
      });
      expect(registration).toEqual({ scope: `${site.url}${BASE}/`, script: `${site.url}${BASE}/sw.js` });
      // The first visit saves the edition's shell, whose addresses are all under the base.
      await expect
        .poll(() => page.locator('[data-offline]').getAttribute('data-state'), { timeout: budget(20_000) })
        .toBe('visited');
      const saved = await page.evaluate(async () => {
        const paths: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        }
        return paths;
      });
      expect(saved).toContain(pageUrl('en', ''));
      expect(saved.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
    }, 'allow');
  });

  it('search loads its index from under the base and links results there', async () => {
    await journey(async (page) => {
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      const name = (await page.locator('li.service-card h4 a span').first().innerText()).trim();
      const word = (name.match(/\p{L}{6,}/gu) ?? []).sort((a, b) => b.length - a.length)[0] ?? name;
      await page.goto(`${site.url}${pageUrl('en', 'search')}`);
      await page.locator('#search-query').fill(word);
      await expect
        .poll(() => page.locator('site-search').getAttribute('data-state'), { message: `search for "${word}"` })
        .toBe('results');
      const results = await page
        .locator('.search-result h2 a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((path) => !path.startsWith(pageUrl('en', '')))).toEqual([]);
    });
  });

  it('the referral slip fetches its data files from under the base', async () => {
    await journey(async (page) => {
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      const id = (await page.locator('li.service-card').first().getAttribute('data-service')) ?? '';
      const name = (await page.locator('li.service-card h4 a span').first().innerText()).trim();
      await page.goto(`${site.url}${pageUrl('en', 'slip')}?s=${id}`);
      await page.locator('referral-slip[data-state="ready"]').waitFor({ timeout: budget(15_000) });
      expect(await page.locator(`.slip-item[data-service="${id}"] .slip-item__name`).innerText()).toBe(name);
    });
  });

  it('the map loads its data, Leaflet and its stylesheet from under the base, and its popups link there', async () => {
    for (const edition of ['en', 'sr-cyrl']) {
      await journey(async (page) => {
        await page.goto(`${site.url}${BASE}/${edition}/map/`);
        await page.locator('service-map[data-state="ready"]').waitFor({ timeout: budget(15_000) });
        const loaded = page.locator('link[rel="stylesheet"][href*="leaflet"]');
        expect(await loaded.getAttribute('href')).toMatch(new RegExp(`^${BASE}/_astro/`));
        const popup = await openMapPopup(page);
        const links = await popup
          .locator('a:not(.map-popup__call)')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        console.log(`base path, map ${edition}: popup links ${links.join(' ')}`);
        expect(links.some((href) => href.includes('/services/'))).toBe(true);
        expect(links.some((href) => href.includes('/slip/?s='))).toBe(true);
        expect(links.filter((href) => !href.startsWith(`${BASE}/${edition}/`))).toEqual([]);
        const service = links.find((href) => href.includes('/services/'))!;
        await Promise.all([page.waitForURL(`**${service}`), popup.locator(`a[href="${service}"]`).first().click()]);
        expect(await page.locator('main h1').count()).toBe(1);
      });
    }
  });

  it('the Serbian Cyrillic edition is written under the base and links within it', async () => {
    await journey(async (page) => {
      await page.goto(`${site.url}${BASE}/sr-cyrl/services/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('sr-Cyrl');
      const links = await page
        .locator('li.service-card h4 a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((path) => !path.startsWith(`${BASE}/sr-cyrl/services/`))).toEqual([]);
      await Promise.all([page.waitForURL(`**${links[0]}`), page.locator('li.service-card h4 a').first().click()]);
      expect(await page.locator('html').getAttribute('lang')).toBe('sr-Cyrl');
    });
  });
});
