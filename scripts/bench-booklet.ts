/**
 * npm run bench:booklet [-- --services 40] [--locale ru]
 *
 * How many pages a printed city booklet takes. Needs a build (npm run build).
 * Prints the booklet of the city with the most services on A5 and A4 with
 * Chromium, then the same booklet grown to N services by repeating its own
 * entries (the sample entries are the realistic ones we have), and prints
 * the page counts. Asserts nothing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine } from './cli';
import { validateContent } from '../src/lib/validation';
import { launchBrowser } from '../tests/support/browser';
import { printToPdf } from '../tests/support/pdf';
import { startServer } from '../tests/support/server';

const HELP = `Usage: npm run bench:booklet -- [--services N] [--locale ru|sr|en]

Prints the largest city's booklet from dist/ to PDF (A5 and A4) and again
grown to N services (default 40), and reports the page counts.`;

const ROOT = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    { services: { type: 'string', default: '40' }, locale: { type: 'string', default: 'ru' } },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const target = Number(commandLine.values.services);
  const locale = commandLine.values.locale!;
  if (!existsSync(join(ROOT, 'dist', locale, 'print'))) {
    console.error('No booklets in dist/: run npm run build first.');
    return 2;
  }
  const counts = new Map<string, number>();
  for (const { data } of validateContent({ root: ROOT }).services) {
    if (!data.draft && data.status !== 'closed')
      counts.set(`${data.country}/${data.city}`, (counts.get(`${data.country}/${data.city}`) ?? 0) + 1);
  }
  const [city, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const server = await startServer(join(ROOT, 'dist'));
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${server.url}/${locale}/print/${city}/`);
    const report = async (label: string) => {
      const [a5, a4] = [await printToPdf(page, 'A5'), await printToPdf(page, 'A4')];
      console.log(`${label}: ${a5.pages} A5 pages, ${a4.pages} A4 pages`);
    };
    await report(`${city}, ${count} services`);
    // Grow the list with copies of its own entries, spread over its sections as the originals are.
    await page.evaluate((wanted) => {
      const items = [...document.querySelectorAll('li.booklet-service')];
      for (let index = items.length; index < wanted; index += 1) {
        const original = items[index % items.length]!;
        original.parentElement!.append(original.cloneNode(true));
      }
    }, target);
    await report(`${city} grown to ${target} services (its entries repeated)`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then((code) => (process.exitCode = code));
