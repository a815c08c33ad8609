/**
 * Printable city booklets: printed by Chromium to PDF without JavaScript,
 * every service of the city is in the text, on a small number of A5 pages,
 * with the QR code pointing at the city online; each city's directory
 * section links to its booklet.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { pickText } from '../../src/lib/localized';
import { validateContent } from '../../src/lib/validation';
import { openNoScriptPage } from '../support/browser';
import { PROJECT_ROOT, pageUrl, requireDist } from '../support/dist';
import { printToPdf } from '../support/pdf';
import { useSite } from '../support/site';

requireDist();
const site = useSite();

/** The built content's services, per city, as the booklets list them (drafts and closed services left out). */
function servicesByCity(): Map<string, { id: string; name: (locale: 'ru' | 'en') => string }[]> {
  const cities = new Map<string, { id: string; name: (locale: 'ru' | 'en') => string }[]>();
  for (const { data } of validateContent({ root: PROJECT_ROOT }).services) {
    if (data.draft || data.status === 'closed') continue;
    const key = `${data.country}/${data.city}`;
    cities.set(key, [
      ...(cities.get(key) ?? []),
      { id: data.id, name: (locale) => pickText(data.name, locale, data.original_language) },
    ]);
  }
  return cities;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('printable city booklets', () => {
  const cities = servicesByCity();
  const [largest, services] = [...cities.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;

  it(`prints the largest city (${largest}) without JavaScript: every service in the PDF text, on a few A5 pages`, async () => {
    const { page, context, errors } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('ru', `print/${largest}`)}`);
      expect(await page.locator('li.booklet-service').count()).toBe(services.length);
      const a5 = await printToPdf(page, 'A5');
      for (const service of services) expect(a5.text, service.id).toContain(flat(service.name('ru')));
      // About two services per A5 page at most, plus the cover, law and rights; never a runaway layout.
      expect(a5.pages).toBeGreaterThanOrEqual(1);
      expect(a5.pages).toBeLessThanOrEqual(Math.ceil(services.length / 2) + 2);
      const a4 = await printToPdf(page, 'A4');
      expect(a4.pages).toBeLessThanOrEqual(a5.pages);
      for (const service of services) expect(a4.text, service.id).toContain(flat(service.name('ru')));
      // Nothing of the site's chrome is printed: no navigation, no footer.
      expect(a5.text).not.toContain('Быстрый выход');
      console.log(`booklet ${largest}: ${services.length} services, ${a5.pages} A5 pages, ${a4.pages} A4 pages`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is linked from each city of the directory and points its QR code at the city online', async () => {
    const { page, context } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'services')}`);
      const links = page.getByRole('link', { name: en['booklet.link'] });
      expect(await links.count()).toBe(cities.size);
      await Promise.all([page.waitForURL(/\/en\/print\/[a-z]{2}\/[a-z0-9-]+\/$/), links.first().click()]);
      const qr = page.locator('.booklet__qr svg');
      expect(await qr.getAttribute('aria-label')).toBe(en['booklet.qr_alt']);
      expect(await page.locator('.booklet__qr figcaption').innerText()).toMatch(/\/en\/services\//);
    } finally {
      await context.close();
    }
  });

  it('exists for a small country too, linked from its country page, with every city’s services', async () => {
    const { page, context } = await openNoScriptPage(site.browser, site.url);
    try {
      const country = largest.split('/')[0]!;
      const services = [...cities.entries()]
        .filter(([key]) => key.startsWith(`${country}/`))
        .flatMap(([, list]) => list);
      await page.goto(`${site.url}${pageUrl('en', `countries/${country}`)}`);
      await Promise.all([
        page.waitForURL(new RegExp(`/en/print/${country}/$`)),
        page.getByRole('link', { name: /^Print all services in / }).click(),
      ]);
      const printed = await printToPdf(page, 'A5');
      for (const service of services) expect(printed.text, service.id).toContain(flat(service.name('en')));
    } finally {
      await context.close();
    }
  });
});
