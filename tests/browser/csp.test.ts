/**
 * The Content-Security-Policy holds and nothing is asked of the person
 * unasked: on every page type in every language, with JavaScript on, there
 * is no CSP violation, no request to another origin (map tiles excepted on
 * the map page, and blocked here), and no call to geolocation on load. With
 * the service worker running, saving a language for offline use also stays
 * on the site's own origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';
import { foreignRequests } from '../support/browser';
import { DIST, pageUrl, requireDist, samplePages } from '../support/dist';
import { useSite } from '../support/site';
import { budget } from '../support/patience';

requireDist();
const site = useSite();

/** Runs in every page before its scripts: records CSP violations and geolocation calls. */
function watchPage() {
  const seen = { violations: [] as string[], geolocation: [] as string[] };
  (window as unknown as { __seen: typeof seen }).__seen = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  });
  const geolocation = navigator.geolocation;
  if (geolocation) {
    for (const method of ['getCurrentPosition', 'watchPosition'] as const) {
      geolocation[method] = ((..._args: unknown[]) => {
        seen.geolocation.push(method);
        return 0;
      }) as never;
    }
  }
}

/** A context that records every request (its pages' and its service worker's) and blocks other origins. */
async function recordingContext(
  serviceWorkers: 'allow' | 'block',
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) =>
    foreignRequests([route.request().url()], site.url).length ? route.abort('blockedbyclient') : route.continue(),
  );
  await context.addInitScript(watchPage);
  return { context, requests };
}

const pages = LOCALES.flatMap((locale) => samplePages(locale).pages);
// The Serbian Cyrillic edition is written from the Serbian pages after the build; its inline scripts must keep their hashes.
const cyrillic = existsSync(join(DIST, 'sr-cyrl'))
  ? samplePages('sr').pages.map((sample) => ({
      ...sample,
      url: sample.url.replace(`${SITE.base}/sr/`, `${SITE.base}/sr-cyrl/`),
    }))
  : [];

describe('content security policy and privacy on every page type', () => {
  it.each([...pages, ...cyrillic].map((sample) => [sample.url, sample] as const))('%s', async (_url, sample) => {
    const { context, requests } = await recordingContext('block');
    const consoleErrors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
          consoleErrors.push(message.text());
      });
      await page.goto(`${site.url}${sample.url}`, { waitUntil: 'networkidle' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, 'the page has a policy').toMatch(/default-src 'self'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: { violations: string[]; geolocation: string[] } }).__seen,
      );
      expect([...seen.violations, ...consoleErrors], 'CSP violations').toEqual([]);
      expect(seen.geolocation, 'geolocation is only used when the person asks').toEqual([]);
      const tiles = sample.type === 'map' && SITE.map.tilesOrigin ? SITE.map.tilesOrigin : undefined;
      expect(foreignRequests(requests, site.url).filter((url) => !tiles || !url.startsWith(tiles))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with the service worker', () => {
  it('saving a language for offline use and searching request nothing from other origins', async () => {
    const { context, requests } = await recordingContext('allow');
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${pageUrl('sr', 'services')}`);
      const state = () => page.locator('[data-offline]').getAttribute('data-state');
      await expect.poll(state, { timeout: budget(20_000) }).toBe('visited');
      await page.locator('[data-offline] [data-offline-save]').click();
      await expect.poll(state, { timeout: budget(20_000) }).toBe('partial');
      await page.goto(`${site.url}${pageUrl('sr', 'search')}`);
      await page.locator('#search-query').fill('a');
      // One letter is searched on Enter only (as one types, search waits for a third).
      await page.locator('#search-query').press('Enter');
      await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toMatch(/^(results|empty)$/);
      const seen = await page.evaluate(() => (window as unknown as { __seen: { violations: string[] } }).__seen);
      expect(seen.violations).toEqual([]);
      expect(requests.length, 'requests were recorded').toBeGreaterThan(10);
      expect(foreignRequests(requests, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
