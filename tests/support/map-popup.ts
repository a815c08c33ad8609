/**
 * Opening a popup on the map page (<service-map>) in a browser test: clusters
 * are clicked into until a marker, or a cluster of services at one point,
 * opens one.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The markers and clusters drawn now, as markup: it changes when the map redraws them. */
export function markerPane(page: Page): Promise<string> {
  return page.locator('.leaflet-marker-pane').innerHTML();
}

/** Clicks markers and clusters until a popup is open; returns its content. */
export async function openMapPopup(page: Page): Promise<Locator> {
  const popup = page.locator('.leaflet-popup-content');
  for (let step = 0; step < 25 && !(await popup.isVisible()); step += 1) {
    const marker = page.locator('.leaflet-marker-pane .map-marker').first();
    const target = (await marker.count()) ? marker : page.locator('.leaflet-marker-pane .map-cluster').first();
    const drawn = await markerPane(page);
    await target.click();
    // A click either opens a popup or zooms in, which redraws the markers once the animation ends.
    await page.waitForFunction(
      (before) =>
        document.querySelector('.leaflet-popup') !== null ||
        (document.querySelector('.leaflet-marker-pane')?.innerHTML !== before &&
          !document.querySelector('.leaflet-zoom-anim')),
      drawn,
    );
  }
  await expect.poll(() => popup.isVisible()).toBe(true);
  return popup;
}
