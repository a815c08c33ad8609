/**
 * The Serbian Cyrillic edition in a browser: reachable from any page's
 * language switcher, marked as the current language there, linking back to
 * the Latin page, and searchable in either script — through the Serbian
 * (Latin) index, with results shown in Cyrillic; what its scripts write
 * (counts, open-now lines, the slip, the map and its popups) is Cyrillic too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { foreignRequests, openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';
import { openMapPopup } from '../support/map-popup';
import { budget } from '../support/patience';

requireDist();
const site = useSite();
const cyrillicUrl = (path: string) => pageUrl('sr', path).replace('/sr/', '/sr-cyrl/');

/** A published service with a Serbian name, and its longest word. */
function serbianService(): { id: string; word: string } {
  const folder = join(import.meta.dirname, '..', '..', 'content', 'services');
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.yaml'),
  )) {
    const service = parse(readFileSync(join(folder, file), 'utf8')) as {
      id: string;
      draft?: boolean;
      name: { sr?: string };
    };
    const word = (service.name.sr?.match(/\p{L}{6,}/gu) ?? []).sort((a, b) => b.length - a.length)[0];
    if (!service.draft && word) return { id: service.id, word };
  }
  throw new Error('content/services has no service with a Serbian name');
}

describe('Serbian Cyrillic edition', () => {
  it('is one click away from any language, without JavaScript, and links back to the Latin page', async () => {
    const { page, context, requests } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      await Promise.all([
        page.waitForURL(`${site.url}${cyrillicUrl('services')}`),
        page.locator('header a[hreflang="sr-Cyrl"]').click(),
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe('sr-Cyrl');
      expect(await page.locator('.lang-switch [aria-current="true"]:visible').innerText()).toBe('Српски (ћирилица)');
      expect(await page.locator('h1').innerText()).toMatch(/^[\p{Script=Cyrillic}\s]+$/u);
      await Promise.all([
        page.waitForURL(`${site.url}${pageUrl('sr', 'services')}`),
        page.locator('header a[hreflang="sr"]').click(),
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe('sr');
      expect(foreignRequests(requests, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a service typed in Cyrillic or in Latin, and keeps results in Cyrillic', async () => {
    const { id, word } = serbianService();
    const { page, context, errors, requests } = await openRecordingPage(site.browser, site.url);
    try {
      for (const query of [serbianToCyrillic(word).toLowerCase(), word]) {
        await page.goto(`${site.url}${cyrillicUrl('search')}`);
        await page.locator('#search-query').fill(query);
        const search = page.locator('site-search');
        await expect
          .poll(() => search.getAttribute('data-state'), { message: `no answer for "${query}"` })
          .toMatch(/^(results|empty|unavailable)$/);
        const results = await page
          .locator('.search-result h2 a')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        expect(results, `"${query}"`).toContain(cyrillicUrl(`services/${id}`));
        expect(
          results.every((url) => url.startsWith(cyrillicUrl(''))),
          'results stay in the Cyrillic edition',
        ).toBe(true);
        const result = page.locator('.search-result', { has: page.locator(`a[href$="/services/${id}/"]`) });
        const title = await result.locator('h2 a').innerText();
        expect(title, 'title in Cyrillic').toMatch(/\p{Script=Cyrillic}/u);
        expect(title).not.toMatch(/[čćđšž]/i);
        const marks = await page.locator('.search-result mark').allInnerTexts();
        expect(marks.length, 'highlighted words').toBeGreaterThan(0);
        expect(
          marks.every((mark) => /\p{Script=Cyrillic}/u.test(mark)),
          `highlights in Cyrillic: ${marks.join(', ')}`,
        ).toBe(true);
      }
      const indexFiles = requests
        .map((url) => new URL(url).pathname)
        .filter((path) => /\/pagefind\/.+\.(pf_\w+|pagefind)$/.test(path));
      expect(indexFiles.length).toBeGreaterThan(0);
      expect(
        indexFiles.filter((path) => !/[/.]sr[_.]/.test(path)),
        'only the Serbian index is used',
      ).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('writes what its scripts say in Cyrillic: counts, open-now lines, the slip, the map', async () => {
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    const latin = /[A-Za-zČĆĐŠŽčćđšž]{3,}/;
    try {
      await page.clock.setFixedTime(new Date());
      // Filtered from the address, so the script writes the count line (matching N of M).
      await page.goto(`${site.url}${cyrillicUrl('services')}?free=1`);
      const count = page.locator('[data-directory-count]');
      await expect.poll(() => count.innerText()).toMatch(/\d+\D+\d+/);
      expect(await count.innerText(), 'the count line').not.toMatch(latin);
      const lines = await page.locator('open-status:not([hidden])').allInnerTexts();
      expect(lines.length, 'open-now lines').toBeGreaterThan(0);
      for (const line of lines) expect(line, 'an open-now line').not.toMatch(latin);
      const toggle = page.locator('li[data-service]:not([hidden]) slip-toggle button').first();
      expect(await toggle.innerText(), 'the slip button').not.toMatch(latin);
      await toggle.click();
      const bar = page.locator('slip-bar a');
      await expect.poll(() => bar.innerText()).toMatch(/1/);
      expect(await bar.innerText(), 'the slip bar').not.toMatch(latin);
      expect(new URL((await bar.getAttribute('href'))!, site.url).pathname, 'the slip stays in the edition').toBe(
        cyrillicUrl('slip'),
      );

      await page.goto(`${site.url}${cyrillicUrl('map')}?free=1`);
      const mapCount = page.locator('service-map [data-map-count]');
      await expect.poll(() => mapCount.innerText()).toMatch(/\d+\D+\d+/);
      expect(await mapCount.innerText(), 'the map count').not.toMatch(latin);

      // A popup: names, types and places from the edition's own map data, links to the edition's pages.
      await page.goto(`${site.url}${cyrillicUrl('map')}`);
      await page.locator('service-map[data-state="ready"]').waitFor({ timeout: budget(15_000) });
      const popup = await openMapPopup(page);
      const popupText = await popup.innerText();
      expect(popupText, 'the popup').toMatch(/\p{Script=Cyrillic}{3,}/u);
      // Acronyms (UNODC) and numbers stay as written; a word in lower-case Latin letters would be untransliterated Serbian.
      expect(popupText, 'the popup').not.toMatch(/[A-Za-zČĆĐŠŽčćđšž]*[a-zčćđšž]{2,}/);
      const hrefs = await popup
        .locator('a:not(.map-popup__call)')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs.length, 'links in the popup').toBeGreaterThan(0);
      for (const path of hrefs)
        expect(path, 'a popup link stays in the edition').toMatch(new RegExp(`^${cyrillicUrl('')}`));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
