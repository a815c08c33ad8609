/**
 * npm run lighthouse [-- --locale en] [--page map] [--dist dist]
 *
 * Serves the built site on 127.0.0.1 and runs Lighthouse (mobile, simulated
 * slow 4G and a slow CPU — its defaults) against the home page, the
 * directory, the map, one service and one statement. Prints the four
 * category scores and, for any below 100, the audits that cost points.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLangOption, readCommandLine } from './cli';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SITE } from '../src/site.config';
import { CHROMIUM_FLAGS } from '../tests/support/browser';
import { findBrowser } from '../tests/support/find-browser';
import { samplePages } from '../tests/support/dist';
import { startServer } from '../tests/support/server';

const HELP = `Usage: npm run lighthouse -- [options]

Runs Lighthouse in mobile mode against the built site (run npm run build first).

Options:
  --locale ru|sr|en   which language's pages to audit (default: en)
  --page TYPE         audit only this page: home, services, map, service or
                      statement (may be repeated; default: all five)
  --dist DIR          the built site (default: dist)
  -h, --help          show this help

Uses Chromium or Chrome at $CHROME_PATH, or the one installed (as the tests do). Map tiles are blocked,
so nothing leaves this machine.`;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGE_TYPES = ['home', 'services', 'map', 'service', 'statement'];

interface Audited {
  type: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that cost points in a category scoring below 100. */
  losses: string[];
}

async function audit(port: number, url: string): Promise<Omit<Audited, 'type' | 'url'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    blockedUrlPatterns: SITE.map.tilesOrigin ? [`${SITE.map.tilesOrigin}/*`] : [],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Audited['scores'];
  const losses: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || (category.score ?? 0) >= 1) continue;
    for (const ref of category.auditRefs) {
      const item = lhr.audits[ref.id];
      if (!item || ref.weight === 0 || item.score === null || item.score >= 1) continue;
      losses.push(
        `${id}: ${item.title}${item.displayValue ? ` (${item.displayValue})` : ''} — score ${Math.round(item.score * 100)}`,
      );
    }
  }
  return { scores, losses };
}

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      locale: { type: 'string', default: 'en' },
      dist: { type: 'string', default: 'dist' },
      page: { type: 'string', multiple: true, default: PAGE_TYPES },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  if (!isLangOption(values.locale, '--locale')) return 2;
  const unknown = values.page.filter((type) => !PAGE_TYPES.includes(type));
  if (unknown.length) {
    console.error(`--page must be one of ${PAGE_TYPES.join(', ')}, got "${unknown.join('", "')}"`);
    return 2;
  }
  const dist = resolve(values.dist);
  if (!existsSync(resolve(dist, values.locale, 'index.html'))) {
    console.error(`No built site in ${dist}: run npm run build first.`);
    return 2;
  }
  const browser = findBrowser();
  if ('problem' in browser) {
    console.error(browser.problem);
    return 1;
  }
  const pages = samplePages(values.locale, dist).pages.filter(({ type }) => values.page.includes(type));
  const server = await startServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: CHROMIUM_FLAGS });
  const results: Audited[] = [];
  try {
    for (const page of pages) {
      const url = `${server.url}${page.url}`;
      console.error(`lighthouse: ${page.type} ${page.url}`);
      results.push({ type: page.type, url: page.url, ...(await audit(chrome.port, url)) });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log(`\n| page | ${CATEGORIES.join(' | ')} |\n| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
  for (const { type, url, scores } of results)
    console.log(`| ${type} \`${url}\` | ${CATEGORIES.map((id) => scores[id]).join(' | ')} |`);
  for (const { type, losses } of results.filter(({ losses }) => losses.length)) {
    console.log(`\n${type}: points lost to`);
    for (const loss of losses) console.log(`  - ${loss}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
