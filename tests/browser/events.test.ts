/**
 * The Soligorsk fair's next date in a real browser with a fixed clock: on
 * its page, the country page and the after-release pathway, in every
 * edition (ru, sr, en and the Cyrillic copy), the line names the next
 * occurrence from the page's own list — before it, on its day and the day
 * after — in Minsk time. Without JavaScript the page shows the date itself.
 * The events list's filters work from the address. Dates are derived from
 * the built page's data, not from the day of the build.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { INTL_LOCALE } from '../../src/lib/dates';
import { dayText, type Occurrence } from '../../src/lib/next-occurrence';
import { serbianToCyrillic } from '../../src/lib/transliterate';
import { LOCALES, type Locale } from '../../src/schemas/locales';
import { openNoScriptPage, openRecordingPage } from '../support/browser';
import { pageUrl, readDist, requireDist } from '../support/dist';
import { useSite } from '../support/site';

requireDist();
const site = useSite();
const EVENT = 'events/soligorsk-service-fair';

/** The occurrences written into the built event page. */
function occurrences(): Occurrence[] {
  const html = readDist(`en/${EVENT}/index.html`);
  const json = /<next-occurrence[^>]*data-occurrences="([^"]*)"/.exec(html)?.[1] ?? '[]';
  return JSON.parse(json.replaceAll('&quot;', '"')) as Occurrence[];
}

const editions: { prefix: string; locale: Locale; intl: string }[] = [
  ...LOCALES.map((locale) => ({ prefix: locale, locale, intl: INTL_LOCALE[locale] })),
  { prefix: 'sr-cyrl', locale: 'sr' as Locale, intl: 'sr-Cyrl-RS' },
];

async function nextLine(path: string, prefix: string, instant: Date): Promise<string> {
  const { page, context, errors } = await openRecordingPage(site.browser, site.url);
  try {
    await page.clock.setFixedTime(instant);
    await page.goto(`${site.url}/${prefix}/${path}/`);
    const element = page.locator('next-occurrence').first();
    await element.waitFor();
    await page.waitForFunction(() => document.querySelector('next-occurrence')?.hasAttribute('data-state'));
    expect(errors).toEqual([]);
    return (await element.innerText()).trim();
  } finally {
    await context.close();
  }
}

describe('the next date of the Soligorsk fair', () => {
  const list = occurrences().filter((occurrence) => !occurrence.cancelled);
  const [first, second] = list;

  it('has upcoming occurrences in the built page', () => {
    expect(list.length).toBeGreaterThan(6);
  });

  for (const { prefix, locale, intl } of editions) {
    it(`${prefix}: names the coming one on the event, country and pathway pages, and the next after its day`, async () => {
      const before = new Date(Date.parse(`${first!.day}T09:00:00Z`) - 3 * 86_400_000);
      // The Cyrillic edition's scripts get the same sentences through data-messages, transliterated.
      const say = (key: 'events.next' | 'events.time_unknown' | 'events.today') =>
        prefix === 'sr-cyrl'
          ? serbianToCyrillic(DICTIONARIES[locale][key] as string)
          : (DICTIONARIES[locale][key] as string);
      const template = say('events.next');
      for (const path of [EVENT, 'countries/by', 'pathways/soligorsk-after-release']) {
        const line = await nextLine(path, prefix, before);
        expect(line, `${prefix}/${path}`).toContain(dayText(first!.day, intl));
        expect(line).toBe(
          template.replace('{{date}}', dayText(first!.day, intl)).replace('{{time}}', say('events.time_unknown')),
        );
      }
      // On its day (no time of day known) it is still today's…
      const onTheDay = await nextLine(EVENT, prefix, new Date(`${first!.day}T20:00:00Z`)); // 23:00 in Minsk
      expect(onTheDay).toContain(say('events.today'));
      // …and at 00:30 the next day in Minsk (still the same day in UTC) it is the following one.
      const after = await nextLine(EVENT, prefix, new Date(`${first!.day}T21:30:00Z`));
      expect(after).toContain(dayText(second!.day, intl));
    }, 240_000);
  }

  it('shows the date itself without JavaScript', async () => {
    const { page, context } = await openNoScriptPage(site.browser, site.url);
    try {
      await page.goto(`${site.url}${pageUrl('en', EVENT)}`);
      const text = await page.locator('next-occurrence').first().innerText();
      expect(text).toContain(dayText(first!.day, 'en-GB', true));
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('the events list', () => {
  it('filters by kind and city from the address', async () => {
    const { page, context } = await openRecordingPage(site.browser, site.url);
    try {
      const card = page.locator('li[data-facet-item][data-facet-kind="service_fair"]').first();
      await page.goto(`${site.url}${pageUrl('en', 'events')}?city=by.soligorsk&kind=service_fair`);
      await page.waitForFunction(() => !document.querySelector('facet-filter form')?.hasAttribute('hidden'));
      expect(await card.isVisible()).toBe(true);
      await page.goto(`${site.url}${pageUrl('en', 'events')}?kind=training`);
      await page.waitForFunction(() => !document.querySelector('facet-filter form')?.hasAttribute('hidden'));
      // "training" is offered only when some event is a training; otherwise the choice is ignored.
      const offered = await page.locator('select[name="kind"] option[value="training"]').count();
      expect(await card.isVisible()).toBe(offered === 0);
    } finally {
      await context.close();
    }
  }, 120_000);
});
