/**
 * On a phone the site gets a person to a service first: at 390×844 and
 * 360×640 the first result of a filtered directory starts in the first
 * screen, the quick-exit button is on screen, the home page shows the
 * search field and "find a service", and the menu (navigation, languages,
 * search) is one control that opens without JavaScript. Positions are
 * printed, so the log carries the figures.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import type { Locale } from '../../src/schemas/locales';
import { openRecordingPage, type Screen } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();

const PHONES: { name: string; screen: Screen }[] = [
  {
    name: '390×844',
    screen: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
  {
    name: '360×640',
    screen: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  },
];
const LANGS: Locale[] = ['ru', 'sr'];

/** The top of an element relative to the viewport, or Infinity when it is not shown. */
const topOf = (page: import('playwright-core').Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => (element.getClientRects().length ? element.getBoundingClientRect().top : Infinity));

describe.each(PHONES)('on a $name phone', ({ name, screen }) => {
  const height = screen.viewport!.height;

  it.each(LANGS)('the first result of a filtered directory is above the fold (%s)', async (locale) => {
    const { page, context } = await openRecordingPage(site.browser, site.url, { screen });
    try {
      // A city of the last country listed: the other countries' sections are hidden, its list starts after the folded form.
      await page.goto(`${site.url}${pageUrl(locale, 'services')}`);
      const card = page.locator('li.service-card').last();
      const city = `${await card.getAttribute('data-country')}.${await card.getAttribute('data-city')}`;
      await page.goto(`${site.url}${pageUrl(locale, 'services')}?city=${city}`);
      const firstCard = await topOf(page, 'li.service-card:visible');
      const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().bottom);
      console.log(
        `phone ${name} ${locale}: header bottom ${Math.round(header)} px, first result at ${Math.round(firstCard)} px`,
      );
      expect(firstCard).toBeLessThan(height - 40);
      const exit = await page.locator('[data-quick-exit]').boundingBox();
      expect(exit && exit.y >= 0 && exit.y + exit.height <= height).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each(LANGS)(
    'the home page shows the search field and "find a service" in the first screen (%s)',
    async (locale) => {
      const { page, context } = await openRecordingPage(site.browser, site.url, { screen });
      try {
        await page.goto(`${site.url}${pageUrl(locale, '')}`);
        const find = page.getByRole('link', { name: DICTIONARIES[locale]['home.find_service'], exact: true });
        const search = page.locator('main input[type="search"]');
        for (const target of [find, search]) {
          await expect.poll(() => target.isVisible()).toBe(true);
          const box = await target.boundingBox();
          expect(box!.y + box!.height).toBeLessThanOrEqual(height);
        }
      } finally {
        await context.close();
      }
    },
  );
});

describe('the folded menu', () => {
  it('opens without JavaScript and holds the navigation, the languages and the search', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url, {
      screen: PHONES[1]!.screen,
      javaScriptEnabled: false,
    });
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'statements')}`);
      const nav = page.locator('.site-nav');
      expect(await nav.isVisible()).toBe(false);
      await page.locator('.site-menu > summary').click();
      expect(await nav.isVisible()).toBe(true);
      expect(await page.locator('.lang-switch a[hreflang="sr"]').isVisible()).toBe(true);
      expect(await page.locator('#header-search-query').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is laid out open on a wide screen', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url, {
      screen: { viewport: { width: 1280, height: 800 } },
    });
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'statements')}`);
      expect(await page.locator('.site-nav').isVisible()).toBe(true);
      expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
