/**
 * The small scripts of the statement and case pages, in Chromium: the list
 * filter narrows the list in place and keeps its state in the address, the
 * copy-link button copies the permalink — and without JavaScript both pages
 * still show everything, with no control that would do nothing.
 */
import { describe, expect, it } from 'vitest';
import { openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();

describe('the case list filter', () => {
  it('shows only matching cases, says how many, and keeps the choice in the address', async () => {
    const { page, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'cases')}`);
      const cards = page.locator('#case-list [data-facet-item]');
      const total = await cards.count();
      expect(total).toBeGreaterThan(1);
      const form = page.locator('facet-filter form');
      await expect.poll(() => form.isVisible()).toBe(true);

      // Choose the outcome of the first card; every card left must have it.
      const outcome = (await cards.first().getAttribute('data-facet-outcome'))!;
      await page.selectOption('facet-filter select[name="outcome"]', outcome);
      const visible = page.locator('#case-list [data-facet-item]:visible');
      const shown = await visible.count();
      expect(shown).toBeGreaterThan(0);
      expect(
        await visible.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.facetOutcome)),
      ).toEqual(Array(shown).fill(outcome));
      expect(await page.locator('facet-filter output').innerText()).toBe(`${shown} of ${total} shown`);
      expect(new URL(page.url()).searchParams.get('outcome')).toBe(outcome);

      // The address alone restores the view.
      await page.reload();
      await expect.poll(() => page.locator('facet-filter select[name="outcome"]').inputValue()).toBe(outcome);
      expect(await visible.count()).toBe(shown);

      // A year section with nothing left is hidden with its heading.
      const sections = page.locator('#case-list section[data-facet-section]');
      for (const section of await sections.all()) {
        const left = await section.locator('[data-facet-item]:visible').count();
        expect(await section.isVisible()).toBe(left > 0);
      }

      await page.click('facet-filter button[type="reset"]');
      await expect.poll(() => visible.count()).toBe(total);
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('ignores values in the address that the list does not have', async () => {
    const { page } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'statements')}?topic=nonsense&year=1900`);
      await expect.poll(() => page.locator('facet-filter form').isVisible()).toBe(true);
      const all = await page.locator('#statement-list [data-facet-item]').count();
      expect(await page.locator('#statement-list [data-facet-item]:visible').count()).toBe(all);
    } finally {
      await page.context().close();
    }
  });

  it('without JavaScript shows every case and no filter controls', async () => {
    const { page } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'cases')}?outcome=redress`);
      expect(await page.locator('facet-filter form').isVisible()).toBe(false);
      const cards = page.locator('#case-list [data-facet-item]');
      expect(await page.locator('#case-list [data-facet-item]:visible').count()).toBe(await cards.count());
    } finally {
      await page.context().close();
    }
  });
});

describe('copying a statement’s link', () => {
  async function firstStatement(): Promise<string> {
    const { page } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'statements')}`);
      return (await page.locator('#statement-list h3 a').first().getAttribute('href'))!;
    } finally {
      await page.context().close();
    }
  }

  it('copies the permalink to the clipboard and says so', async () => {
    const path = await firstStatement();
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(`${site.url}${path}`);
      const permalink = await page.locator('#permalink').inputValue();
      expect(permalink.endsWith(path)).toBe(true);
      await page.click('copy-link button');
      await expect.poll(() => page.locator('copy-link [role="status"]').innerText()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript offers the link in a field to copy by hand, and no dead button', async () => {
    const path = await firstStatement();
    const { page } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('#permalink').isVisible()).toBe(true);
      expect((await page.locator('#permalink').inputValue()).endsWith(path)).toBe(true);
      expect(await page.locator('copy-link button').isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
