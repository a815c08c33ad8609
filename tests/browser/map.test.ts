/**
 * The map page end to end, with no network: every service with a location is
 * drawn as a marker or inside a cluster even though the tile server is
 * unreachable (or switched off); filters narrow the markers and the URL; a
 * popup links to the service page in the page's language; "near me" with a
 * mocked position puts the nearest service first without sending the
 * position anywhere; and without JavaScript the page lists every service.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { sr } from '../../src/i18n/sr';
import { haversineKm } from '../../src/lib/geo';
import { NO_SCRIPT_LIST_LIMIT } from '../../src/lib/map-data';
import { decodeMapData, type MapFile } from '../../src/lib/map-format';
import { countOpenStates, isOpenAt } from '../../src/lib/open-now';
import { publicLocation } from '../../src/lib/services';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { validateContent } from '../../src/lib/validation';
import type { Locale } from '../../src/schemas/locales';
import type { Service } from '../../src/schemas/services';
import { SITE } from '../../src/site.config';
import {
  foreignRequests,
  MOBILE_SCREEN,
  openNoScriptPage,
  openRecordingPage,
  type RecordingPage,
  type Screen,
} from '../support/browser';
import { PROJECT_ROOT, pageUrl, readDist, requireDist } from '../support/dist';
import { useSite } from '../support/site';
import { openMapPopup } from '../support/map-popup';
import { budget } from '../support/patience';
import { instantAt, russianOpenCountsLine } from '../support/hours';

requireDist();
const site = useSite();

const content = validateContent({ root: PROJECT_ROOT });
const countries = new Map(content.countries.map(({ data }) => [data.id, data]));
const published: Service[] = content.services.map(({ data }) => data).filter((service) => !service.draft);
/** Services the map must draw: those the site may place, worked out from content/, not from the map's own data. */
const placeable = published.filter((service) => publicLocation(service, countries.get(service.country)));

const mapFile = (locale: Locale) => JSON.parse(readDist(`${locale}/map/services.json`)) as MapFile;

async function openMap(page: Page, locale: Locale = 'en', query = ''): Promise<void> {
  await page.goto(`${site.url}${pageUrl(locale, 'map')}${query}`);
  await page.locator('service-map[data-state="ready"]').waitFor({ timeout: budget(15_000) });
}

/** Services drawn: single markers plus the counts written on clusters. */
async function drawnServices(page: Page): Promise<number> {
  const markers = await page.locator('.leaflet-marker-pane .map-marker').count();
  const clusters = await page
    .locator('.leaflet-marker-pane .map-cluster [data-count]')
    .evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.count)));
  return markers + clusters.reduce((sum, count) => sum + count, 0);
}

/** A layout shift as the browser reports it, with the elements that moved. */
interface Shift {
  value: number;
  moved: string[];
}

/** Starts recording every layout shift of the pages opened next, from their first paint. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { layoutShifts: shifts });
    const describe = (node: Node | null) =>
      node instanceof Element
        ? [node.localName, ...node.classList].join('.') +
          [...node.attributes]
            .filter(({ name }) => name.startsWith('data-map'))
            .map(({ name }) => `[${name}]`)
            .join('')
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[]) {
        shifts.push({ value: entry.value, moved: entry.sources.map(({ node }) => describe(node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded so far, once the frames already drawn have been reported. */
async function layoutShifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}

/** Records which requests to other origins completed — none may. */
function trackForeign(recording: RecordingPage): string[] {
  const succeeded: string[] = [];
  recording.page.on('requestfinished', (request) => {
    if (foreignRequests([request.url()], site.url).length) succeeded.push(request.url());
  });
  return succeeded;
}

describe('the map page', () => {
  beforeAll(() => {
    expect(placeable.length, 'content/ has no service the map can place').toBeGreaterThan(1);
  });

  it('draws every service with a location as a marker or in a cluster, with the network cut off', async () => {
    const recording = await openRecordingPage(site.browser, site.url);
    const succeeded = trackForeign(recording);
    try {
      await openMap(recording.page);
      await expect.poll(() => drawnServices(recording.page)).toBe(placeable.length);
      if (SITE.map.tiles) {
        // The tile server was asked and refused; the page says so and keeps working.
        expect(recording.requests.some((url) => url.startsWith(SITE.map.tilesOrigin))).toBe(true);
        await expect.poll(() => recording.page.locator('[data-map-tiles-note]').isVisible()).toBe(true);
      }
      expect(succeeded).toEqual([]);
      expect(recording.errors).toEqual([]);
      expect(await recording.page.locator('.service-map__list li').count()).toBe(Math.min(placeable.length, 50));
    } finally {
      await recording.context.close();
    }
  });

  it("paints the page before it loads Leaflet, its stylesheet and the data, then styles the map under the page's rules", async () => {
    const html = readDist('ru/map/index.html');
    const stylesheet = (
      JSON.parse(html.match(/data-config="([^"]*)"/)![1]!.replaceAll('&quot;', '"')) as { stylesheet: string }
    ).stylesheet;
    expect(stylesheet).toMatch(/leaflet.*\.css$/);
    expect(html, "Leaflet's stylesheet is not in the head").not.toContain(`href="${stylesheet}"`);
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      await openMap(page, 'ru');
      const timing = await page.evaluate(
        (names) => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          loads: names.map((name) => ({
            name,
            starts: performance
              .getEntriesByType('resource')
              .filter((entry) => entry.name.includes(name))
              .map((entry) => entry.startTime),
          })),
        }),
        [stylesheet, '/_astro/map-libraries.', `${pageUrl('ru', 'map')}services.json`],
      );
      console.log(
        `map, ru: first paint ${Math.round(timing.paint ?? NaN)} ms, then ${timing.loads.map(({ name, starts }) => `${name.split('/').at(-1)} at ${starts.map(Math.round).join(', ')} ms`).join('; ')}`,
      );
      expect(timing.paint).toBeGreaterThan(0);
      for (const { name, starts } of timing.loads) {
        expect(starts.length, name).toBe(1);
        expect(starts[0], name).toBeGreaterThanOrEqual(timing.paint!);
      }
      // Leaflet's rules apply (its panes are positioned), and the page's own still win where both set a property.
      const canvas = page.locator('[data-map-canvas]');
      expect(await canvas.evaluate((node) => getComputedStyle(node).overflow)).toBe('hidden');
      expect(await canvas.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(233, 238, 242)');
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('draws the services of each city, a lone one as a marker that shows whether it is approximate', async () => {
    const byCity = Map.groupBy(placeable, (service) => `${service.country}.${service.city}`);
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      for (const [city, services] of byCity) {
        await openMap(page, 'en', `?city=${city}`);
        await expect.poll(() => drawnServices(page), { message: city }).toBe(services.length);
        if (services.length === 1) {
          const approximate = publicLocation(services[0]!, countries.get(services[0]!.country))!.approximate;
          expect(await page.locator('.map-marker--approximate').count(), city).toBe(approximate ? 1 : 0);
        }
      }
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('draws the markers without any tile layer when tiles are switched off', async () => {
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      // The same page with `tiles: ''` in its configuration, as a fork without a tile server would build it.
      await recording.page.route(`${site.url}${pageUrl('en', 'map')}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/(&quot;|")tiles\1:\1[^"&]*\1/, '$1tiles$1:$1$1');
        expect(html).toContain('tiles&quot;:&quot;&quot;');
        await route.fulfill({ response, body: html });
      });
      await openMap(recording.page);
      await expect.poll(() => drawnServices(recording.page)).toBe(placeable.length);
      expect(foreignRequests(recording.requests, site.url)).toEqual([]);
      expect(await recording.page.locator('.leaflet-tile').count()).toBe(0);
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('narrows the markers, the list and the URL with a filter, and restores them from the URL', async () => {
    const file = mapFile('en');
    // The type offered by the fewest (but some) services, so the filter visibly narrows.
    const typeCounts = file.types
      .map((type, index) => ({ type, count: file.rows.filter((row) => row[2].includes(index)).length }))
      .filter(({ count }) => count > 0 && count < file.rows.length)
      .sort((a, b) => a.count - b.count);
    const chosen = typeCounts[0];
    expect(chosen, 'every service has the same types; nothing to filter').toBeDefined();
    const { type, count } = chosen!;

    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      await openMap(page);
      await page.locator('[data-map-form-area] > summary').click();
      const box = page.locator(`input[name="type"][value="${type}"]`);
      await page.locator('details.filters__more', { has: box }).locator('summary').click();
      await box.check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('type')).toEqual([type]);
      await expect.poll(() => drawnServices(page)).toBe(count);
      expect(await page.locator('.service-map__list li').count()).toBe(Math.min(count, 50));

      await openMap(page, 'en', `?type=${type}`);
      await expect.poll(() => drawnServices(page)).toBe(count);
      expect(await page.locator(`input[name="type"][value="${type}"]`).isChecked()).toBe(true);

      await page.locator('[data-filter-reset]').click();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await expect.poll(() => drawnServices(page)).toBe(placeable.length);
      expect(await page.locator(`input[name="type"][value="${type}"]`).isChecked()).toBe(false);
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('opens a popup whose links go to the service pages in the same language', async () => {
    const file = mapFile('ru');
    const names = new Map(file.rows.map((row) => [row[0], row[1]]));
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      await openMap(page, 'ru');
      const popup = await openMapPopup(page);
      // Each item also offers its slip and, when it has one, a phone: those are checked below.
      const slipLinks = await popup
        .locator('a.map-popup__slip')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
      expect(slipLinks.length).toBeGreaterThan(0);
      expect(slipLinks.every((href) => /^\/ru\/slip\/\?s=[a-z0-9-]+$/.test(href))).toBe(true);
      const links = await popup
        .locator('a:not(.map-popup__slip):not(.map-popup__call)')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ href: node.getAttribute('href') ?? '', text: node.textContent ?? '' })),
        );
      expect(links.length).toBeGreaterThan(0);
      for (const { href, text } of links) {
        const id = href.match(/^\/ru\/services\/([^/]+)\/$/)?.[1];
        expect(id, href).toBeDefined();
        expect(text).toBe(names.get(id!));
        const response = await page.request.get(`${site.url}${href}`);
        expect(response.status(), href).toBe(200);
      }
    } finally {
      await recording.context.close();
    }
  });

  it('sorts the list by distance from a mocked position, nearest first, and keeps the position on the device', async () => {
    const services = mapFile('en').rows.map(([id, , , , lat, lon]) => ({ id, lat, lon }));
    // Stand just beside the service listed last before sorting, so the order must change.
    const far = services.at(-1)!;
    const position = { latitude: far.lat + 0.01, longitude: far.lon + 0.01 };
    const distances = services.map((service) => ({
      id: service.id,
      km: haversineKm({ lat: position.latitude, lon: position.longitude }, service),
    }));
    const nearestKm = Math.min(...distances.map(({ km }) => km));
    const nearest = distances.filter(({ km }) => km - nearestKm < 1e-6).map(({ id }) => id);

    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page, context } = recording;
      await context.grantPermissions(['geolocation'], { origin: site.url });
      await context.setGeolocation(position);
      await openMap(page);
      const first = page.locator('.service-map__list li').first();
      const before = await first.getAttribute('data-service');
      await page.locator('[data-map-near-button]').click();
      await expect.poll(() => page.locator('.map-you').count()).toBe(1);
      const after = await first.getAttribute('data-service');
      expect(nearest).toContain(after);
      if (!nearest.includes(before!)) expect(after).not.toBe(before);
      expect(await first.locator('.map-list__place').innerText()).toMatch(/\d\s*km/);
      const ids = await page
        .locator('.service-map__list li')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
      const listed = ids.map((id) => distances.find((entry) => entry.id === id)!.km);
      expect(listed).toEqual([...listed].sort((a, b) => a - b));
      // The position is in no request, no URL and no storage.
      const coordinate = position.latitude.toFixed(3);
      expect(recording.requests.filter((url) => url.includes(coordinate))).toEqual([]);
      expect(page.url()).not.toContain(coordinate);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
        0,
        0,
        '',
      ]);
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  // Lighthouse scores a Cumulative Layout Shift below 0.1 as good. Without JavaScript the page shows a
  // list instead of the map; with it, the map must be in its place from the first paint, not push the page about.
  const screens: [string, Screen][] = [
    ['a phone', MOBILE_SCREEN],
    ['a desktop', { viewport: { width: 1280, height: 800 } }],
  ];
  it.each(screens)('keeps its layout still while the map loads, on %s', async (_name, screen) => {
    const recording = await openRecordingPage(site.browser, site.url, { screen });
    try {
      const { page } = recording;
      await recordLayoutShifts(page);
      await openMap(page);
      await expect.poll(() => drawnServices(page)).toBe(placeable.length);
      // The refused tile server is part of loading too: its note appears under the map.
      if (SITE.map.tiles) await expect.poll(() => page.locator('[data-map-tiles-note]').isVisible()).toBe(true);
      const shifts = await layoutShifts(page);
      const total = shifts.reduce((sum, { value }) => sum + value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('counts open, closed and hours unknown with "open now", in the directory\'s words (ru, and Cyrillic on /sr-cyrl/)', async () => {
    const services = decodeMapData(mapFile('ru'));
    // A Tuesday noon inside the hours' window, on each service's own clock.
    const someWindow = services.map((service) => service.hours).find(Boolean);
    const now = someWindow ? instantAt(someWindow, 2 * 1440 + 12 * 60, 'Europe/Minsk') : new Date();
    const counts = countOpenStates(services.map((service) => isOpenAt(service.hours, service.timezone, now)));
    expect(counts.unknown, 'most sample services give no hours').toBeGreaterThan(0);
    const expected = russianOpenCountsLine(counts);
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      await page.clock.setFixedTime(now);
      const line = page.locator('[data-map-open-counts]');
      await openMap(page, 'ru');
      expect(await line.isHidden(), 'no counts without "open now"').toBe(true);
      await openMap(page, 'ru', '?open=1');
      console.log(`map, open now: ${await line.innerText()} (${JSON.stringify(counts)})`);
      expect(await line.innerText()).toBe(expected);
      await expect.poll(() => drawnServices(page)).toBe(counts.open);

      await page.goto(`${site.url}${SITE.base}/sr-cyrl/map/?open=1`);
      await page.locator('service-map[data-state="ready"]').waitFor({ timeout: budget(15_000) });
      const cyrillic = await line.innerText();
      expect(cyrillic).toMatch(/\d/);
      expect(cyrillic).toMatch(/[\u0400-\u04ff]/);
      expect(cyrillic, 'no Latin letters on the Cyrillic edition').not.toMatch(/[a-z]/i);
      expect(recording.errors).toEqual([]);
    } finally {
      await recording.context.close();
    }
  });

  it('goes back to the list by city when the map data cannot be loaded', async () => {
    const recording = await openRecordingPage(site.browser, site.url);
    try {
      const { page } = recording;
      await page.route(`${site.url}${pageUrl('en', 'map')}services.json`, (route) =>
        route.fulfill({ status: 404, body: '' }),
      );
      await page.goto(`${site.url}${pageUrl('en', 'map')}`);
      await page.locator('service-map[data-state="failed"]').waitFor();
      expect(await page.locator('[data-map-status]').innerText()).not.toBe('');
      // No empty map box or filters that filter nothing; the list by city that needs no data stays.
      for (const part of ['canvas', 'form-area', 'near', 'skip'])
        expect(await page.locator(`[data-map-${part}]`).isVisible(), part).toBe(false);
      expect(await page.locator('[data-map-fallback] a').first().isVisible()).toBe(true);
    } finally {
      await recording.context.close();
    }
  });

  it('says without JavaScript that "open now" needs the device\'s clock, as the directory does, in every edition', async () => {
    const sentences: Record<string, string> = {
      en: en['map.open_no_js'],
      ru: ru['map.open_no_js'],
      sr: sr['map.open_no_js'],
      'sr-cyrl': serbianToCyrillic(sr['map.open_no_js']),
    };
    expect(sentences['sr-cyrl']).toMatch(/[\u0400-\u04ff]/);
    const recording = await openNoScriptPage(site.browser, site.url);
    try {
      const { page } = recording;
      for (const [edition, sentence] of Object.entries(sentences)) {
        // The address a directory index's form submits to the map, with "open now" ticked.
        await page.goto(`${site.url}${SITE.base}/${edition}/map/?open=1`);
        const note = page.locator('[data-map-nojs]');
        expect(await note.isVisible(), edition).toBe(true);
        expect(await note.innerText(), edition).toContain(sentence);
      }
    } finally {
      await recording.context.close();
    }
  });

  it('lists every service by city (or, on a large site, every city), with a note, when JavaScript is off', async () => {
    const recording = await openNoScriptPage(site.browser, site.url);
    try {
      const { page } = recording;
      await page.goto(`${site.url}${pageUrl('en', 'map')}`);
      expect(await page.locator('[data-map-nojs]').isVisible()).toBe(true);
      expect(await page.locator('[data-map-canvas]').isVisible()).toBe(false);
      const cities = new Set(published.map((service) => `${service.country}/${service.city}`)).size;
      const hrefs = await page
        .locator('[data-map-fallback] a[href*="/services/"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      if (published.length <= NO_SCRIPT_LIST_LIMIT) {
        expect(new Set(hrefs)).toEqual(new Set(published.map((service) => pageUrl('en', `services/${service.id}`))));
        expect(await page.locator('[data-map-fallback] h4').count()).toBe(cities);
      } else {
        // No service links, but every city links to the directory page that lists it.
        expect(hrefs.every((href) => href?.includes('/services/in/'))).toBe(true);
        expect(await page.locator('[data-map-fallback] li a[href*="/services/in/"]').count()).toBe(cities);
      }
    } finally {
      await recording.context.close();
    }
  });
});
