/**
 * Quick exit: on every page, in every language, the first thing a keyboard
 * reaches after the skip link; with JavaScript a click or Escape twice replaces the page with the
 * neutral site and takes it out of the Back history; without JavaScript it
 * is still a link there, sending no referrer. The neutral site is answered
 * locally: no test touches the network.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { LOCALES } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const NEUTRAL = new URL(SITE.quickExitUrl);

/** A context whose requests to the neutral site get a local stand-in page; referrers are recorded. */
async function withExitContext<T>(
  javaScriptEnabled: boolean,
  use: (page: Page, referrers: (string | undefined)[]) => Promise<T>,
): Promise<T> {
  const context: BrowserContext = await site.browser.newContext({ javaScriptEnabled, serviceWorkers: 'block' });
  const referrers: (string | undefined)[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === NEUTRAL.origin) {
      referrers.push(route.request().headers()['referer']);
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><p>Weather</p>',
      });
    }
    return url.origin === site.url ? route.continue() : route.abort('blockedbyclient');
  });
  try {
    return await use(await context.newPage(), referrers);
  } finally {
    await context.close();
  }
}

const onNeutralSite = (page: Page) => page.waitForURL((url) => url.origin === NEUTRAL.origin);

describe('quick exit', () => {
  it.each([...LOCALES, 'language chooser'] as const)(
    'is reached first by Tab, after the skip link, and labelled (%s)',
    async (where) => {
      await withExitContext(true, async (page) => {
        const chooser = where === 'language chooser';
        await page.goto(`${site.url}${chooser ? `${SITE.base}/` : pageUrl(where, 'services')}`);
        // The skip link stays the very first stop where there is one; quick exit comes right after it.
        await page.keyboard.press('Tab');
        if (!chooser) {
          expect(await page.locator(':focus').getAttribute('class')).toContain('skip-link');
          await page.keyboard.press('Tab');
        }
        const focused = page.locator(':focus');
        expect(await focused.getAttribute('data-quick-exit')).not.toBeNull();
        expect(await focused.getAttribute('href')).toBe(SITE.quickExitUrl);
        const label = (await focused.textContent()) ?? '';
        for (const locale of chooser ? LOCALES : [where])
          expect(label).toContain(DICTIONARIES[locale]['safety.quick_exit']);
        expect(await focused.isVisible()).toBe(true);
      });
    },
  );

  it('on click replaces the page, so Back does not return to it', async () => {
    await withExitContext(true, async (page, referrers) => {
      await page.goto(`${site.url}${pageUrl('en', '')}`);
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      const entries = await page.evaluate(() => history.length);
      await Promise.all([onNeutralSite(page), page.locator('[data-quick-exit]').click()]);
      expect(await page.evaluate(() => history.length), 'the page was replaced, not added to').toBe(entries);
      await page.goBack();
      expect(new URL(page.url()).pathname, 'Back skips the page that was left').toBe(pageUrl('en', ''));
      expect(referrers).toEqual([undefined]);
    });
  });

  it('leaves no entry of the site behind when it was the first page', async () => {
    await withExitContext(true, async (page) => {
      await page.goto(`${site.url}${pageUrl('ru', 'services')}`);
      await Promise.all([onNeutralSite(page), page.locator('[data-quick-exit]').click()]);
      await page.goBack();
      expect(page.url(), 'Back leads to the blank tab, not to the site').not.toContain(site.url);
    });
  });

  it('works with Escape pressed twice, but not once', async () => {
    await withExitContext(true, async (page) => {
      await page.goto(`${site.url}${pageUrl('sr', 'services')}`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const entries = await page.evaluate(() => history.length);
      // Key handlers have run when press() returns, and leaving hides the page before anything else.
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.documentElement.hidden), 'one Escape is not enough').toBe(false);
      expect(new URL(page.url()).origin).toBe(site.url);
      await Promise.all([onNeutralSite(page), page.keyboard.press('Escape')]);
      expect(await page.evaluate(() => history.length)).toBe(entries);
      await page.goBack();
      expect(page.url()).not.toContain(site.url);
    });
  });

  it('works as a plain link without JavaScript, sending no referrer', async () => {
    await withExitContext(false, async (page, referrers) => {
      await page.goto(`${site.url}${pageUrl('ru', 'privacy')}`);
      await Promise.all([onNeutralSite(page), page.locator('[data-quick-exit]').click()]);
      expect(referrers).toEqual([undefined]);
    });
  });
});
