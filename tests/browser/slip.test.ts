/**
 * The referral slip end to end: services chosen in the directory (or from a
 * pathway) appear on the slip with name, phones and a QR code; it prints on
 * one A4 page, also when full and when the network is gone; a removed
 * service shows a notice; bad input in the address is never fetched; and
 * nothing is stored on the device.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { qrPath, type PackedQr } from '../../src/lib/qr-code';
import { CYRILLIC_LANG } from '../../src/lib/cyrillic-edition';
import { qrModules, servicePageUrl } from '../../src/lib/slip';
import { SITE } from '../../src/site.config';
import { SLIP_MAX } from '../../src/lib/slip-selection';
import { openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';
import { budget } from '../support/patience';

requireDist();
const site = useSite();

interface SlipData {
  name: string;
  contacts: { label: string; text: string }[];
  helpLines?: { country: string; lines: { name: string; contacts: { label: string; text: string }[] }[] };
  qr: PackedQr;
}

/** Pages in a PDF: page objects, not the /Pages tree node. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

async function slipReady(page: Page): Promise<void> {
  await page.locator('referral-slip[data-state="ready"]').waitFor({ timeout: budget(15_000) });
}

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
}

async function directoryIds(page: Page): Promise<string[]> {
  await page.goto(`${site.url}${pageUrl('en', 'services')}`);
  return page
    .locator('li.service-card')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.service ?? ''));
}

describe('the referral slip', () => {
  it('takes two services chosen in the directory, with names, phones and QR codes, on one printed page', async () => {
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      const cards = page.locator('li.service-card:has(slip-toggle button)');
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      const chosen: { id: string; name: string }[] = [];
      for (const index of [0, 1]) {
        const card = cards.nth(index);
        await card.locator('slip-toggle button').click();
        await expect.poll(() => card.locator('slip-toggle button').getAttribute('aria-pressed')).toBe('true');
        chosen.push({
          id: (await card.getAttribute('data-service'))!,
          name: (await card.locator(':is(h2, h3, h4)').first().innerText()).trim(),
        });
      }
      expect(new URL(page.url()).searchParams.get('s')).toBe(chosen.map((item) => item.id).join(','));

      const open = page.locator('slip-bar a');
      await expect.poll(() => open.isVisible()).toBe(true);
      await Promise.all([page.waitForURL(/\/en\/slip\/\?s=/), open.click()]);
      await slipReady(page);

      for (const { id, name } of chosen) {
        const item = page.locator(`.slip-item[data-service="${id}"]`);
        expect(await item.locator('.slip-item__name').innerText()).toBe(name);
        const data = (
          (await (await page.request.get(`${site.url}/slip-data/${id}.json`)).json()) as Record<string, SlipData>
        ).en!;
        const text = await item.innerText();
        // Contacts as text, or the country's help lines when the service lists none.
        for (const contact of data.contacts) expect(text).toContain(`${contact.label}: ${contact.text}`);
        const help = (await page.locator('.slip__help').count()) ? await page.locator('.slip__help').innerText() : '';
        for (const line of data.helpLines?.lines ?? []) {
          expect(help).toContain(`${data.helpLines!.country}: `);
          for (const contact of line.contacts)
            expect(help).toContain(`${line.name} — ${contact.label}: ${contact.text}`);
        }
        // The QR code is drawn from the modules in the slip data, which encode this service's English page.
        expect(data.qr).toEqual(qrModules(servicePageUrl('en', id)));
        const qr = item.locator('svg.slip-item__qr');
        expect(await qr.getAttribute('aria-label')).toBeTruthy();
        expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(data.qr).d);
        expect((await qr.boundingBox())?.width).toBeGreaterThan(40);
      }
      expect(await printedPages(page)).toBe(1);
      expect(errors).toEqual([]);
      const stored = await page.evaluate(() => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
    } finally {
      await context.close();
    }
  });

  it(`prints a full slip of ${SLIP_MAX} services on one page, even offline once loaded`, async () => {
    const { page, context, requests } = await openRecordingPage(site.browser, site.url);
    try {
      const ids = (await directoryIds(page)).slice(0, SLIP_MAX);
      await page.goto(`${site.url}${pageUrl('en', 'slip')}?s=${ids.join(',')}`);
      await slipReady(page);
      expect(await page.locator('.slip-item:not(.slip-item--missing)').count()).toBe(ids.length);
      const before = requests.length;
      await context.setOffline(true);
      expect(await printedPages(page)).toBe(1);
      expect(requests.slice(before)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a notice for a service that is no longer listed, and never fetches what cannot be an id', async () => {
    const { page, context, requests } = await openRecordingPage(site.browser, site.url);
    try {
      const [existing] = await directoryIds(page);
      await page.goto(
        `${site.url}${pageUrl('en', 'slip')}?s=${existing},removed-long-ago,..%2F..%2Fsecret,<b>x</b>,${existing}`,
      );
      await slipReady(page);
      const removed = page.locator('.slip-item[data-service="removed-long-ago"]');
      expect(await removed.innerText()).toContain(en['slip.removed']);
      expect(await page.locator(`.slip-item[data-service="${existing}"]`).count()).toBe(1);
      expect(await page.locator('[data-slip-notices]').innerText()).toContain(en['slip.invalid']);
      const fetched = requests.filter((url) => url.includes('/slip-data/'));
      expect(fetched.map((url) => new URL(url).pathname).sort()).toEqual([
        `/slip-data/${existing}.json`,
        '/slip-data/removed-long-ago.json',
      ]);
      expect(await printedPages(page)).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('explains itself when nothing is chosen', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'slip')}`);
      await slipReady(page);
      expect(await page.locator('.slip__empty').isVisible()).toBe(true);
      expect(await page.locator('.slip-item').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('prints a pathway as a slip with the pathway’s services', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('sr', 'pathways')}`);
      const first = page.locator('main .card h2 a').first();
      expect(await first.count(), 'the sample content has pathways').toBe(1);
      await Promise.all([page.waitForURL(/\/sr\/pathways\/[^/]+\/$/), first.click()]);
      const serviceIds = await page
        .locator('.pathway-step__services li')
        .evaluateAll((items) => [...new Set(items.map((item) => (item as HTMLElement).dataset.service ?? ''))]);
      await Promise.all([page.waitForURL(/\/sr\/slip\/\?s=/), page.locator('a[href*="/sr/slip/?s="]').click()]);
      await slipReady(page);
      const onSlip = await page
        .locator('.slip-item')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
      expect(onSlip).toEqual(serviceIds.slice(0, SLIP_MAX));
      expect(await page.locator('.slip-item--missing').count()).toBe(0);
      const firstId = serviceIds[0]!;
      const data = (
        (await (await page.request.get(`${site.url}/slip-data/${firstId}.json`)).json()) as Record<string, SlipData>
      ).sr!;
      expect(data.qr).toEqual(qrModules(servicePageUrl('sr', firstId)));
      expect(await page.locator(`.slip-item[data-service="${firstId}"] svg.slip-item__qr path`).getAttribute('d')).toBe(
        qrPath(data.qr).d,
      );
    } finally {
      await context.close();
    }
  });

  it('speaks Cyrillic on the Serbian Cyrillic edition, with the Cyrillic page in its QR code', async () => {
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${SITE.base}/sr-cyrl/services/`);
      const ids = await page
        .locator('li.service-card')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.service ?? ''));
      const serbian = ids.filter((id) => id.startsWith('belgrade')).slice(0, 2);
      expect(serbian.length, 'the sample content has Serbian services').toBe(2);
      await page.goto(`${site.url}${SITE.base}/sr-cyrl/slip/?s=${serbian.join(',')}`);
      await slipReady(page);
      for (const id of serbian) {
        const item = page.locator(`.slip-item[data-service="${id}"]`);
        const data = (
          (await (await page.request.get(`${site.url}/slip-data/${id}.json`)).json()) as Record<string, SlipData>
        )[CYRILLIC_LANG]!;
        expect(await item.locator('.slip-item__name').innerText()).toBe(data.name);
        expect(data.name).toMatch(/[а-шђјљњћџ]/i);
        expect(data.qr).toEqual(qrModules(`${SITE.url}${SITE.base}/sr-cyrl/services/${id}/`));
        expect(await item.locator('svg.slip-item__qr path').getAttribute('d')).toBe(qrPath(data.qr).d);
        // Type, place and hours (with the script's own labels, such as "hours not known") have no Latin word left.
        for (const part of ['types', 'place', 'hours'])
          expect(await item.locator(`.slip-item__${part}`).innerText()).not.toMatch(/[a-z]{3}/i);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
