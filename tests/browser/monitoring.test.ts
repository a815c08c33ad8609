/**
 * Community monitoring in the browser: the tally form works offline, keeps
 * only counts (in storage and in the file), makes a file the validator
 * accepts, and quick exit deletes its draft; the directory filters services
 * by the latest round's naloxone figure.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/lib/validation';
import { renderProblem } from '../../src/schemas/format';
import { SITE } from '../../src/site.config';
import { openRecordingPage } from '../support/browser';
import { pageUrl, PROJECT_ROOT, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const NEUTRAL = new URL(SITE.quickExitUrl);
const ROUND = 'peer-monitoring-2026-spring';
// An NSP site with no tally in that round: its file must be new.
const SERVICE = 'soligorsk-hygiene-epidemiology-centre';
const PEOPLE: Record<string, string>[] = [
  { naloxone: 'always', needles_syringes: 'always' },
  { naloxone: 'never', needles_syringes: 'always', condoms: 'sometimes' },
  { naloxone: 'always' },
  { naloxone: 'sometimes', needles_syringes: 'never' },
  { naloxone: 'always', condoms: 'always' },
  { needles_syringes: 'sometimes' },
];

async function tapPerson(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [item, answer] of Object.entries(answers))
    await page.check(`input[name="answer-${item}"][value="${answer}"]`);
  await page.click('[data-add]');
}

/** Every value in storage of the page's origin. */
function storage(page: Page): Promise<{ local: Record<string, string>; session: number }> {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])),
    session: sessionStorage.length,
  }));
}

describe('tally form for peer interviewers', () => {
  it('works offline, keeps counts only, makes a valid file, and quick exit deletes the draft', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'allow' });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === NEUTRAL.origin)
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title>' });
      return url.origin === site.url ? route.continue() : route.abort('blockedbyclient');
    });
    try {
      const page = await context.newPage();
      const url = `${site.url}${pageUrl('ru', 'contribute/tally')}`;
      await page.goto(url);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

      await context.setOffline(true);
      const response = await page.goto(url);
      expect(response?.fromServiceWorker(), 'the form page comes from the saved copy').toBe(true);
      await expect.poll(() => page.locator('tally-form form').isVisible()).toBe(true);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));

      await page.selectOption('#tf-round', ROUND);
      await page.click('[data-add]');
      expect(await page.locator('.form-problems').innerText()).toContain('Выберите службу');
      await page.selectOption('#tf-service', SERVICE);
      for (const person of PEOPLE) await tapPerson(page, person);
      // After "add" nothing of the last person is left on screen.
      expect(await page.locator('.tally-item input[type=radio]:checked:not([value=no_answer])').count()).toBe(0);
      const naloxoneRow = page.locator('.tally-totals tr[data-item=naloxone] td');
      expect(await naloxoneRow.allInnerTexts()).toEqual(['3', '1', '1', '1']);
      expect(await page.locator('#tf-round').isDisabled()).toBe(true);

      expect((await storage(page)).local['tally-draft'], 'nothing stored before the interviewer saves').toBeUndefined();
      await page.click('[data-save]');
      const saved = await storage(page);
      expect(saved.session).toBe(0);
      const draft = JSON.parse(saved.local['tally-draft']!) as Record<string, unknown>;
      expect(Object.keys(draft).sort()).toEqual([
        'counts',
        'from',
        'interviewers',
        'respondents',
        'round',
        'service',
        'to',
      ]);
      expect(draft.respondents).toBe(PEOPLE.length);
      for (const counts of Object.values(draft.counts as Record<string, Record<string, unknown>>)) {
        expect(Object.keys(counts).sort()).toEqual(['always', 'never', 'no_answer', 'sometimes']);
        expect(Object.values(counts).reduce((sum: number, value) => sum + (value as number), 0)).toBe(PEOPLE.length);
      }

      // The draft survives a reload (still offline) and is offered back.
      await page.goto(url);
      await expect.poll(() => page.locator('[data-draft-found]').isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      requests.length = 0;
      await page.click('[data-resume]');
      expect(await page.locator('[data-respondents]').innerText()).toContain(String(PEOPLE.length));

      await page.fill('#tf-from', '2026-01-10');
      await page.fill('#tf-to', '2026-05-20');
      await page.click('tally-form button[type=submit]');
      expect(await page.locator('#tf-from-problem').innerText()).toContain('2026-04-01');
      await page.fill('#tf-from', '2026-05-02');
      await page.fill('#tf-interviewers', '2');
      await page.click('tally-form button[type=submit]');
      const result = page.locator('.form-result');
      await expect.poll(() => result.isVisible()).toBe(true);
      const text = await result.locator('code').innerText();
      const entry = parse(text) as Record<string, unknown>;
      expect(Object.keys(entry)).toEqual([
        'round',
        'service',
        'from',
        'to',
        'interviewers',
        'respondents',
        'answers',
        'original_language',
        'untranslated',
      ]);
      expect(entry.answers).toMatchObject({ naloxone: { always: 3, sometimes: 1, never: 1, no_answer: 1 } });
      expect(await result.locator('[data-download]').getAttribute('href')).toMatch(/^blob:/);

      const root = mkdtempSync(join(tmpdir(), 'tally-'));
      cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'public'), join(root, 'public'), { recursive: true });
      const file = join(root, 'content', 'tallies', ROUND, `${SERVICE}.yaml`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      const validated = validateContent({ root });
      expect(validated.problems.map((problem) => renderProblem(problem))).toEqual([]);
      expect(
        validated.tallies.some((tally) => tally.data.service === SERVICE && tally.data.respondents === PEOPLE.length),
      ).toBe(true);

      expect(
        requests.filter((request) => !request.startsWith('blob:')),
        'the form sends nothing',
      ).toEqual([]);

      await page.click('[data-save]');
      expect((await storage(page)).local['tally-draft']).toBeDefined();
      await context.setOffline(false);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL((address) => address.origin === NEUTRAL.origin);
      const again = await context.newPage();
      await again.goto(url);
      expect((await storage(again)).local['tally-draft'], 'quick exit deleted the draft').toBeUndefined();
      expect(await again.locator('[data-draft-found]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('directory filter "naloxone always there"', () => {
  it('keeps only services whose latest round publishes a majority saying "always"', async () => {
    const { page, context, errors } = await openRecordingPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', 'services')}?naloxone=1`);
      await expect.poll(() => page.locator('input[name=naloxone]').isChecked()).toBe(true);
      const visible = await page
        .locator('li.service-card:visible')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.service));
      const marked = await page
        .locator('li.service-card[data-naloxone=always]')
        .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.service));
      expect(marked.length).toBeGreaterThan(0);
      expect(visible.sort()).toEqual(marked.sort());
      expect(await page.locator('li.service-card').count()).toBeGreaterThan(visible.length);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
