/**
 * Every page type renders in every locale, in its language, with one h1,
 * without script errors and without any request leaving the local server;
 * the language switcher keeps a person on the same page; and the header
 * navigation works with JavaScript switched off.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';
import { foreignRequests, openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, requireDist, samplePages, type SamplePage } from '../support/dist';
import { useSite } from '../support/site';
import { budget } from '../support/patience';

requireDist();
const site = useSite();
/** Tests that walk many pages or tab stops get longer than the default 30 s on a slow or busy machine. */
const MANY_STEPS_MS = budget(120_000);
const samples = Object.fromEntries(LOCALES.map((locale) => [locale, samplePages(locale)])) as Record<
  Locale,
  ReturnType<typeof samplePages>
>;
for (const locale of LOCALES) {
  if (samples[locale].missing.length)
    console.log(
      `pages (${locale}): no built ${samples[locale].missing.join(', ')} page to sample — content has none yet`,
    );
}

async function visit(sample: SamplePage) {
  const recording = await openRecordingPage(site.browser, site.url);
  const response = await recording.page.goto(`${site.url}${sample.url}`, { waitUntil: 'load' });
  return { ...recording, response };
}

describe.each(LOCALES)('pages in %s', (locale) => {
  it.each(samples[locale].pages.map((sample) => [sample.type, sample] as const))(
    '%s renders',
    async (_type, sample) => {
      const { page, context, response, requests, errors } = await visit(sample);
      try {
        expect(response?.status(), sample.url).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        const headings = await page.locator('h1').allInnerTexts();
        expect(headings, `${sample.url} should have exactly one h1`).toHaveLength(1);
        expect(headings[0]?.trim()).not.toBe('');
        expect(await page.locator('main').count(), `${sample.url} should have one <main>`).toBe(1);
        await page.waitForLoadState('networkidle');
        expect(errors, `script errors on ${sample.url}`).toEqual([]);
        // The map page may ask for tiles (aborted here); nothing else may leave the site.
        const tileOrigin = sample.type === 'map' && SITE.map.tilesOrigin ? SITE.map.tilesOrigin : undefined;
        const foreign = foreignRequests(requests, site.url).filter((url) => !tileOrigin || !url.startsWith(tileOrigin));
        expect(foreign, `${sample.url} requested other origins`).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('language switcher', () => {
  const english = samples.en.pages;
  it.each(english.map((sample) => [sample.type, sample] as const))(
    'keeps the person on the same %s page',
    async (_type, sample) => {
      const { page, context } = await openNoScriptPage(site.browser, site.url);
      try {
        for (const target of LOCALES.filter((locale) => locale !== 'en')) {
          await page.goto(`${site.url}${sample.url}`);
          const link = page.locator(`header a[hreflang="${target}"]`).first();
          await expect
            .poll(() => link.count(), { message: `no link to ${target} in the header of ${sample.url}` })
            .toBe(1);
          await Promise.all([page.waitForURL(`${site.url}${pageUrl(target, sample.path)}`), link.click()]);
          expect(await page.getAttribute('html', 'lang')).toBe(target);
        }
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );
});

describe('navigation without JavaScript', () => {
  it.each(LOCALES)(
    'every header link in %s opens a page in the same language',
    async (locale) => {
      const { page, context, requests } = await openNoScriptPage(site.browser, site.url);
      try {
        const home = `${site.url}${pageUrl(locale, '')}`;
        await page.goto(home);
        const links = await page
          .locator('header nav a')
          .evaluateAll((anchors) =>
            anchors
              .filter((anchor) => !anchor.hasAttribute('hreflang'))
              .map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href') ?? ''),
          );
        expect(links.length, 'header navigation links').toBeGreaterThan(3);
        for (const href of links) {
          await page.goto(home);
          const [response] = await Promise.all([
            page.waitForNavigation(),
            page.locator(`header nav a[href="${href}"]`).first().click(),
          ]);
          expect(response?.status(), href).toBe(200);
          expect(await page.getAttribute('html', 'lang'), href).toBe(locale);
          expect(await page.locator('h1').count(), `${href} has an h1`).toBe(1);
          expect(await page.locator('main').innerText(), `${href} shows content`).not.toBe('');
        }
        expect(foreignRequests(requests, site.url)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );

  it(
    'entry pages show their content without JavaScript',
    async () => {
      const { page, context } = await openNoScriptPage(site.browser, site.url);
      try {
        for (const sample of samples.ru.pages.filter(({ type }) =>
          ['service', 'statement', 'rightsCase', 'country'].includes(type),
        )) {
          const response = await page.goto(`${site.url}${sample.url}`);
          expect(response?.status()).toBe(200);
          const text = await page.locator('main').innerText();
          expect(text.length, `${sample.url} main text`).toBeGreaterThan(100);
        }
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );
});

describe('a missing address', () => {
  it('answers 404 with the site’s page, the language of the address first, and a search that works', async () => {
    const { page, context, requests, errors } = await openRecordingPage(site.browser, site.url);
    try {
      const response = await page.goto(`${site.url}${pageUrl('ru', 'services/no-such-service')}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').count()).toBe(1);
      await expect.poll(() => page.locator('[data-language-list] > li').first().getAttribute('data-lang')).toBe('ru');
      expect(await page.locator('.quick-exit-bar a[data-quick-exit]').isVisible()).toBe(true);
      const russian = page.locator('[data-language-list] > li[data-lang="ru"]');
      await russian.locator('input[name="q"]').fill('налоксон');
      await Promise.all([
        page.waitForURL((url) => url.pathname === pageUrl('ru', 'search')),
        russian.locator('input[name="q"]').press('Enter'),
      ]);
      await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toMatch(/^(results|empty)$/);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
