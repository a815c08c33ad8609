/**
 * Accessibility: axe-core finds no WCAG 2.1 A/AA violation on any page type
 * in any locale, and the site works from the keyboard alone — the skip link
 * comes first and lands in <main>, every tab stop shows where focus is, and
 * the directory's filters can be reached and operated without a mouse.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { openRecordingPage } from '../support/browser';
import { pageUrl, requireDist, samplePages } from '../support/dist';
import { useSite } from '../support/site';
import { budget } from '../support/patience';

requireDist();
const site = useSite();
/** Tests that walk many pages or tab stops get longer than the default 30 s on a slow or busy machine. */
const MANY_STEPS_MS = budget(120_000);
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Violations as a person would read them in a CI log. */
function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
      return `${url}: [${violation.impact}] ${violation.id} — ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    })
    .join('\n\n');
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the site's CSP rightly refuses an injected <script>.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, html, failureSummary }) => ({ target: target.map(String), html, failureSummary })),
    }));
  }, WCAG_TAGS);
}

describe.each(LOCALES)('axe-core WCAG 2.1 AA in %s', (locale) => {
  const { pages } = samplePages(locale);
  it.each(pages.map((sample) => [sample.type, sample] as const))('%s page has no violations', async (_type, sample) => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${sample.url}`, { waitUntil: 'load' });
      // Let custom elements finish enhancing the page before it is checked.
      await page.waitForLoadState('networkidle');
      const violations = await runAxe(page);
      expect(violations, describeViolations(sample.url, violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** What has focus: tag, href, whether it is inside <main>, and whether a focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const indicator =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      id: element.id,
      label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
      inMain: Boolean(element.closest('main')) || element.tagName === 'MAIN',
      indicator,
      visible: element.getClientRects().length > 0,
    };
  });
}

describe('keyboard', () => {
  it.each(LOCALES)(
    'in %s the first Tab reaches the skip link, which moves focus to <main>',
    async (locale) => {
      const { page, context } = await openRecordingPage(site.browser, site.url);
      try {
        const { pages } = samplePages(locale);
        for (const sample of pages.filter(({ type }) => ['home', 'services', 'service', 'map'].includes(type))) {
          await page.goto(`${site.url}${sample.url}`);
          await page.keyboard.press('Tab');
          const first = await focused(page);
          const mainId = await page.locator('main').getAttribute('id');
          expect(mainId, 'main needs an id for the skip link').toBeTruthy();
          expect(first?.href, `${sample.url}: first tab stop`).toBe(`#${mainId}`);
          expect(first?.visible, 'the skip link is visible when focused').toBe(true);
          await page.keyboard.press('Enter');
          await expect
            .poll(async () => (await focused(page))?.inMain, { message: `${sample.url}: focus after the skip link` })
            .toBe(true);
        }
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );

  it.each(['home', 'services', 'service'])(
    'every tab stop on the English %s page shows a focus indicator',
    async (type) => {
      const sample = samplePages('en').pages.find((candidate) => candidate.type === type);
      if (!sample) {
        console.log(`keyboard: no ${type} page built; nothing to check`);
        return;
      }
      const { page, context } = await openRecordingPage(site.browser, site.url);
      try {
        await page.goto(`${site.url}${sample.url}`);
        const missing: string[] = [];
        const seen = new Set<string>();
        // Walk the tab order until it wraps around (or a generous limit on long pages).
        for (let step = 0; step < 150; step++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          if (!now) break;
          const key = `${now.tag}|${now.href}|${now.id}|${now.label}`;
          if (seen.has(key)) break;
          seen.add(key);
          if (!now.indicator) missing.push(`${now.tag} ${now.href ?? now.id} "${now.label}"`);
        }
        expect(seen.size).toBeGreaterThan(3);
        expect(missing, `${sample.url}: focus not visible on`).toEqual([]);
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );

  it(
    'directory filters can be reached and operated by keyboard',
    async () => {
      const { page, context, errors } = await openRecordingPage(site.browser, site.url);
      let directory = `${site.url}${pageUrl('en', 'services')}`;
      try {
        await page.goto(directory);
        if ((await page.locator('service-directory').count()) === 0) {
          // A large directory's first page indexes places; a city's link leads to a page that lists and filters services.
          directory = new URL((await page.locator('main .place-index a').first().getAttribute('href'))!, directory)
            .href;
          await page.goto(directory);
        }
        await page.waitForLoadState('networkidle');
        const filters = page.locator('[data-service-filters]');
        if ((await filters.count()) === 0) {
          console.log('keyboard: the directory has no filter form ([data-service-filters]) — filter check skipped');
          return;
        }

        // Reach the first control by Tab alone.
        let reached = false;
        for (let step = 0; step < 200 && !reached; step++) {
          await page.keyboard.press('Tab');
          reached = await filters.evaluate((form) => form.contains(document.activeElement));
        }
        expect(reached, 'Tab reaches the filters').toBe(true);

        // Every control shown is a tab stop (radio groups are one stop, so count groups). Those in a closed <details> are not
        // shown, yet Chromium still lays them out (content-visibility: hidden), so only checkVisibility() tells.
        const reachedControls = new Set<string>();
        for (let step = 0; step < 100; step++) {
          const inside = await filters.evaluate((form) => form.contains(document.activeElement));
          if (!inside) break;
          reachedControls.add(
            await page.evaluate(() => {
              const element = document.activeElement as HTMLInputElement;
              return element.type === 'radio'
                ? `radio:${element.name}`
                : element.id || element.name || element.textContent?.trim() || element.tagName;
            }),
          );
          await page.keyboard.press('Tab');
        }
        const expectedStops = new Set(
          await filters.evaluate((form) =>
            [...form.querySelectorAll<HTMLInputElement>('input, select, button, textarea, summary')]
              .filter(
                (control) =>
                  !control.hasAttribute('disabled') &&
                  control.checkVisibility() &&
                  control.type !== 'hidden' &&
                  control.tabIndex >= 0,
              )
              .map((control) =>
                control.type === 'radio'
                  ? `radio:${control.name}`
                  : control.id || control.name || control.textContent?.trim() || control.tagName,
              ),
          ),
        );
        expect(expectedStops.size, 'visible filter controls').toBeGreaterThan(0);
        expect(
          [...expectedStops].filter((stop) => !reachedControls.has(stop)),
          'filter controls Tab skips',
        ).toEqual([]);

        // The service types are in a closed <details>: Tab to its summary, open it with Enter, Tab into the checkboxes, tick one with Space.
        await page.goto(directory);
        await page.waitForLoadState('networkidle');
        const group = filters.locator('details[data-filter-group]:has(input[name="type"])');
        const summary = group.locator('> summary');
        let onSummary = false;
        for (let step = 0; step < 200 && !onSummary; step++) {
          await page.keyboard.press('Tab');
          onSummary = await summary.evaluate((element) => element === document.activeElement);
        }
        expect(onSummary, 'Tab reaches the service-type summary').toBe(true);
        expect(await group.evaluate((details) => (details as HTMLDetailsElement).open), 'closed before Enter').toBe(
          false,
        );
        await page.keyboard.press('Enter');
        expect(await group.evaluate((details) => (details as HTMLDetailsElement).open), 'Enter opens it').toBe(true);
        await page.keyboard.press('Tab');
        const type = await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement;
          return element.matches('details input[type="checkbox"][name="type"]') ? element.value : undefined;
        });
        expect(type, 'Tab after the summary lands on a service-type checkbox').toBeDefined();
        const cards = page.locator('li[data-service]');
        const offering = await cards.evaluateAll(
          (items, value) =>
            items
              .filter((item) => ((item as HTMLElement).dataset.types ?? '').split(' ').includes(value))
              .map((item) => (item as HTMLElement).dataset.service),
          type!,
        );
        await page.keyboard.press('Space');
        expect(await page.locator(`input[name="type"][value="${type}"]`).isChecked(), 'Space ticks it').toBe(true);
        expect(new URL(page.url()).searchParams.getAll('type'), 'the address keeps the choice').toEqual([type]);
        const shown = await page
          .locator('li[data-service]:visible')
          .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.service));
        expect(shown.sort(), 'the list shows the services of that type').toEqual(offering.sort());
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    MANY_STEPS_MS,
  );
});
