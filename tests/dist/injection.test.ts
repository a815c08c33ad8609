/**
 * Content cannot inject script. Statements are Markdown whose raw HTML the validator rejects
 * (tests/unit/markdown.test.ts); YAML text is always
 * rendered as text, so it passes the validator and must come out escaped.
 * This test builds a copy of the project whose only service has script in
 * its name, description and address, then checks the built HTML and opens
 * the pages that show it (service, list, map, search) in Chromium, where no
 * script of the payload may run. The browser check covers both layers —
 * escaping and the CSP, which blocks inline scripts and handlers even if
 * escaping failed — and client-side rendering (search results, the map).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { launchBrowser } from '../support/browser';
import { listHtmlFiles, readDist } from '../support/dist';
import { documentText, elementsOf } from '../support/html';
import { startServer } from '../support/server';
import { budget } from '../support/patience';
import { fixtureProject } from '../support/fixture-project';

const SERVICE = 'services/by/soligorsk/test-dispensary.yaml';
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];
const STATEMENT = 'statements/sample-statement/en.md';
const CSV_FORMULA = '=HYPERLINK("https://evil.example","x")';
const FEED_PAYLOAD = '<img src=x onerror=alert(4)>';
/** What an MDX statement ran at build time (issue 11, finding 1): it would write this file into dist/. */
const BUILD_TIME_CODE = "{(await import('node:f' + 's')).writeFileSync(process.cwd() + '/dist/pwned.js', 'x')}";
const PRIVATE_MARKER = 'draft-marker-7f3a';

let root: string;
let dist: string;

beforeAll(() => {
  root = fixtureProject('injection-');
  const file = join(root, 'content', SERVICE);
  const yaml = readFileSync(file, 'utf8')
    .replace('en: Test dispensary', `en: 'Test ${PAYLOADS[0]} dispensary'`)
    .replace('en: Description.', `en: 'Description ${PAYLOADS.join(' ')}'`)
    .replace(
      'original_language: en',
      `address:\n${LOCALES.map((lang) => `  ${lang}: '${PAYLOADS[2]!.replace(/'/g, "''")} street'`).join('\n')}\noriginal_language: en`,
    );
  expect(yaml.match(/alert\(/g)?.length, 'payloads written into the fixture').toBe(4 + LOCALES.length);
  // Issue 11: a formula for the CSV export, and an unquoted date where text is expected (js-yaml made it a Date).
  writeFileSync(
    file,
    yaml.replace('sr: Test dispanzer', `sr: '${CSV_FORMULA} dispanzer'`).replace('by: Test team', 'by: 2025-05-05'),
  );
  // A statement carrying what MDX used to run or write raw, and a summary feed readers would render.
  writeFileSync(
    join(root, 'content', STATEMENT),
    readFileSync(join(root, 'content', STATEMENT), 'utf8')
      .replace('summary: A summary.', `summary: '${FEED_PAYLOAD}'`)
      .replace('A paragraph', `${BUILD_TIME_CODE}\n\nWe <3 peer workers. A paragraph`),
  );
  // A draft: nothing of it may reach dist/, search index included.
  writeFileSync(
    join(root, 'content', 'services/by/soligorsk/draft-service.yaml'),
    readFileSync(file, 'utf8')
      .replace('id: test-dispensary', 'id: draft-service\ndraft: true')
      .replace(/en: Description[^\n]*/, `en: ${PRIVATE_MARKER}`),
  );

  const run = (command: string, args: string[]) => {
    // Each step's budget scales with the machine's load, as the whole setup's does (a fixed 90 s failed on a busy machine).
    const result = spawnSync(process.execPath, [command, ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: budget(90_000),
    });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run(join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ['build']);
  run(join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), ['--site', 'dist']);
  dist = join(root, 'dist');
}, budget(200_000));

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every file of dist/ as text, gzip-compressed ones (Pagefind's index and fragments) decompressed. */
function distTexts(): { file: string; text: string }[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(dist, name)).isFile(),
  );
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return { file, text: plain.toString('utf8') };
  });
}

describe('contributed files are data (issue 11)', () => {
  it('ran nothing from a statement at build time and shows its text as text', () => {
    expect(existsSync(join(dist, 'pwned.js'))).toBe(false);
    const page = readDist('en/statements/sample-statement/index.html', dist);
    expect(documentText(page)).toContain(BUILD_TIME_CODE);
    expect(documentText(page)).toContain('We <3 peer workers.');
  });

  it('built an unquoted date where text is expected as the text the validator read', () => {
    expect(readDist('en/services/test-dispensary/index.html', dist)).toContain('2025-05-05');
  });

  it('writes the statement summary into the feeds escaped for HTML readers', () => {
    const feed = readFileSync(join(dist, 'en', 'statements', 'rss.xml'), 'utf8');
    expect(feed).toContain('&amp;lt;img src=x onerror=alert(4)&amp;gt;');
    expect(feed).not.toContain('&lt;img src=x onerror=alert(4)&gt;</description>');
  });

  it('writes a formula in the CSV export as text', () => {
    const csv = readFileSync(join(dist, 'data', 'services.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"") dispanzer"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('leaves a draft out of every file of dist/, the decompressed search index included', () => {
    const found = distTexts().filter(({ text }) => text.includes(PRIVATE_MARKER) || text.includes('draft-service'));
    expect(found.map(({ file }) => file)).toEqual([]);
  });

  it('has no payload a feed reader would render as markup in any feed', () => {
    // Decoded once by the XML parser, a description must still hold "&lt;", never "<": "&lt;" in the XML is one level short.
    const live = distTexts().filter(
      ({ file, text }) => file.endsWith('.xml') && /(?:<|&lt;)img src=x onerror/.test(text),
    );
    expect(live.map(({ file }) => file)).toEqual([]);
  });
});

describe('text from YAML content', () => {
  it('is text in every built page: no element, handler or script comes from it', () => {
    expect(existsSync(join(dist, 'en', 'services', 'test-dispensary', 'index.html'))).toBe(true);
    const problems: string[] = [];
    for (const file of listHtmlFiles(dist)) {
      for (const { tag, attrs, node } of elementsOf(readDist(file, dist))) {
        const handlers = Object.keys(attrs).filter((name) => name.startsWith('on'));
        if (handlers.length) problems.push(`${file}: <${tag} ${handlers.join(' ')}>`);
        if ((tag === 'img' || tag === 'svg') && (attrs.src === 'x' || handlers.length))
          problems.push(`${file}: injected <${tag}>`);
        if (tag !== 'script') continue;
        const code = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        if (attrs.type === 'application/ld+json') {
          // A data block must stay one JSON value: a closing </script> inside it would end it early.
          expect(() => JSON.parse(code), `${file}: JSON-LD`).not.toThrow();
        } else if (code.includes('alert(')) problems.push(`${file}: payload inside an executable <script>`);
      }
    }
    expect(problems).toEqual([]);
    const text = documentText(readDist('en/services/test-dispensary/index.html', dist));
    for (const payload of PAYLOADS) expect(text, 'the payload is shown as text').toContain(payload);
  });

  it('runs no script in the browser on the pages that show it', async () => {
    const server = await startServer(dist);
    const browser = await launchBrowser();
    const dialogs: string[] = [];
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/*', (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const locale of LOCALES) {
        for (const path of ['services/test-dispensary/', 'services/', 'map/']) {
          await page.goto(`${server.url}/${locale}/${path}`, { waitUntil: 'networkidle' });
        }
      }
      await page.goto(`${server.url}/en/search/`);
      await page.locator('#search-query').fill('dispensary');
      await expect.poll(() => page.locator('site-search').getAttribute('data-state')).toBe('results');
      expect(await page.locator('.search-result').first().textContent()).toContain('alert(');
      expect(dialogs).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
