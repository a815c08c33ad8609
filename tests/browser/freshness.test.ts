/**
 * Pages that stay true between builds: how long ago a service was checked,
 * and whether that is too long, are worked out on the device's clock from the
 * date in the page. The clock is moved past each card's own check, so the
 * expectations come from the built pages, not from fixed content.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { formatDate } from '../../src/lib/dates';
import { SITE } from '../../src/site.config';
import { openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const directory = (locale: 'en' | 'ru') => `${site.url}${pageUrl(locale, 'services')}`;

/** Each card's service and the date of its last check, as the page writes them. */
function checks(page: Page): Promise<{ id: string; checked: string }[]> {
  return page.locator('li.service-card').evaluateAll((cards) =>
    cards.map((card) => ({
      id: (card as HTMLElement).dataset.service ?? '',
      checked: card.querySelector<HTMLElement>('verification-age')?.dataset.checked ?? '',
    })),
  );
}

/** Noon on the day `months` months after `day`. */
function monthsAfter(day: string, months: number): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1 + months, date, 12);
}

describe('verification age', () => {
  it('shows the stale warning on every card and on the page once the device clock is 13 months past the check', async () => {
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(directory('ru'));
      const cards = await checks(page);
      expect(cards.length).toBeGreaterThan(0);
      expect(
        cards.every(({ checked }) => /^\d{4}-\d{2}-\d{2}$/.test(checked)),
        'every card carries its check date',
      ).toBe(true);
      const latest = cards
        .map(({ checked }) => checked)
        .sort()
        .at(-1)!;

      await page.clock.setFixedTime(monthsAfter(latest, 13));
      await page.goto(directory('ru'));
      const lines = await page.locator('li.service-card verification-age').evaluateAll((elements) =>
        elements.map((element) => ({
          stale: element.classList.contains('verification-age--stale'),
          text: (element as HTMLElement).innerText,
        })),
      );
      expect(
        lines.every(({ stale }) => stale),
        'every card is marked stale',
      ).toBe(true);
      for (const { text } of lines) expect(text).toContain(ru['service.stale_badge']);
      const newest = lines[cards.findIndex(({ checked }) => checked === latest)]!;
      expect(newest.text).toMatch(/^Проверено 13 месяцев назад/);

      const { id } = cards.find(({ checked }) => checked === latest)!;
      await page.goto(`${site.url}${pageUrl('ru', `services/${id}`)}`);
      expect(
        await page.locator('.service verification-age[data-show="stale"]').isVisible(),
        'the stale note shows on the service page',
      ).toBe(true);
      expect(await page.locator('.service verification-age.verification-age').innerText()).toContain(
        ru['service.stale_badge'],
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('counts months on the device clock and is not stale before the limit', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(directory('en'));
      const [card] = await checks(page);
      await page.clock.setFixedTime(monthsAfter(card!.checked, 2));
      await page.goto(directory('en'));
      const line = page.locator(`li[data-service="${card!.id}"] verification-age`);
      expect(await line.innerText()).toBe('Checked 2 months ago');
      expect(await line.evaluate((element) => element.classList.contains('verification-age--stale'))).toBe(false);
      await page.goto(`${site.url}${pageUrl('en', `services/${card!.id}`)}`);
      expect(await page.locator('.service verification-age[data-show="stale"]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('writes the date of the check, and when the site was built, without JavaScript', async () => {
    const { page, context } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(directory('en'));
      const [card] = await checks(page);
      const text = await page.locator(`li[data-service="${card!.id}"] verification-age`).innerText();
      expect(text.startsWith(en['service.checked_on'].replace('{{date}}', formatDate(card!.checked, 'en')))).toBe(true);
      const built = page.locator('footer time.site-built');
      const day = await built.getAttribute('datetime');
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await built.innerText()).toBe(en['site.built'].replace('{{date}}', formatDate(day!, 'en')));
      expect(SITE.staleAfterMonths).toBeLessThan(13);
    } finally {
      await context.close();
    }
  });
});
