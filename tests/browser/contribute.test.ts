/**
 * Contributing without a GitHub account: the form on /<locale>/contribute/new-service/
 * checks answers on the device, turns them into a valid entry file offered
 * as a download, as text and as a GitHub link, and sends nothing anywhere.
 * Without JavaScript the page offers the template instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../../src/schemas/services';
import { foreignRequests, openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the site's CSP rightly refuses an injected <script>.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

describe('add a service without a GitHub account', () => {
  it('refuses wrong answers with the reason, then makes a valid file, without any request', async () => {
    const { page, context, requests, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'contribute/new-service')}`);
      const form = page.locator('service-form form');
      await expect.poll(() => form.isVisible()).toBe(true);
      const before = requests.length;

      await page.fill('#sf-phone', '8 017 000 00 00');
      await page.click('service-form button[type=submit]');
      const summary = page.locator('.form-problems');
      await expect.poll(() => summary.isVisible()).toBe(true);
      expect(await summary.innerText()).toContain('нужен номер телефона в международном формате');
      expect(await page.getAttribute('#sf-name', 'aria-invalid')).toBe('true');
      expect(await page.locator('.form-result').isVisible()).toBe(false);

      await page.fill('#sf-name', 'Пункт «Шанс»: обмен шприцев');
      await page.fill('#sf-description', 'Бесплатные шприцы и налоксон. Можно прийти анонимно.');
      await page.check('input[name=types][value=nsp]');
      await page.fill('#sf-phone', '+375 174 00 00 00');
      await page.fill('#sf-opening_hours', 'Mo-Fr 09:00-18:00');
      await page.fill('#sf-by', 'Outreach team');
      await page.fill('#sf-source', 'Phone call to the service');
      expect(await page.inputValue('#sf-id')).toMatch(/^[a-z0-9-]+-punkt-shans-obmen-shpritsev$/);
      await page.click('service-form button[type=submit]');

      const result = page.locator('.form-result');
      await expect.poll(() => result.isVisible()).toBe(true);
      expect(await summary.isVisible()).toBe(false);
      const text = await result.locator('code').innerText();
      const entry = parse(text);
      expect(serviceSchema.safeParse(entry).success).toBe(true);
      expect(entry.name).toEqual({ ru: 'Пункт «Шанс»: обмен шприцев' });
      expect(entry.untranslated).toEqual(['sr', 'en']);

      const download = result.locator('[data-download]');
      expect(await download.getAttribute('href')).toMatch(/^blob:/);
      expect(await download.getAttribute('download')).toBe(`${entry.id}.yaml`);
      const github = new URL((await result.locator('[data-github]').getAttribute('href'))!);
      expect(github.searchParams.get('filename')).toBe(
        `content/services/${entry.country}/${entry.city}/${entry.id}.yaml`,
      );
      expect(github.searchParams.get('value')).toBe(text.endsWith('\n') ? text : `${text}\n`);

      expect(requests.slice(before), 'the form must not send anything').toEqual([]);
      expect(foreignRequests(requests, site.url)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, hides the form and offers the template and ways to pass it on', async () => {
    const { page, context } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('sr', 'contribute/new-service')}`);
      expect(await page.locator('service-form form').isVisible()).toBe(false);
      await page.click('main details summary');
      expect(await page.locator('main details pre').innerText()).toContain('ŠABLON');
      expect(await page.locator('#send-heading').innerText()).toBe('Kako da predate fajl');
    } finally {
      await context.close();
    }
  });
});

describe('contribute pages', () => {
  it('show the contributing guide in the page’s language, with links to the form and the translations', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('ru', 'contribute')}`);
      expect(await page.locator('article.guide h2').first().innerText()).toBe('Как добавить или исправить запись');
      await page.click(`a[href="${pageUrl('ru', 'contribute/translations')}"]`);
      expect(await page.locator('h1').innerText()).toBe('Ожидают перевода');
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(4);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility of the contribute pages', () => {
  it('has no WCAG 2.1 AA violations, the form also while it shows problems', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      for (const path of ['contribute', 'contribute/translations', 'contribute/new-service']) {
        await page.goto(`${site.url}${pageUrl('sr', path)}`);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.goto(`${site.url}${pageUrl('sr', 'contribute/new-service').replace('/sr/', '/sr-cyrl/')}`);
      await page.fill('#sf-phone', '8 017');
      await page.click('service-form button[type=submit]');
      await expect.poll(() => page.locator('.form-problems').isVisible()).toBe(true);
      expect(await page.locator('#sf-phone-problem').innerText()).toMatch(/^потребан је /);
      expect(await axeViolations(page), 'form with problems').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
