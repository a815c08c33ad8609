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
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/locales';
import { launchBrowser } from '../support/browser';
import { listHtmlFiles, readDist } from '../support/dist';
import { documentText, elementsOf } from '../support/html';
import { startServer } from '../support/server';
import { budget } from '../support/patience';

const PROJECT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(PROJECT, 'tests', 'fixtures', 'valid', 'content');
const SERVICE = 'services/by/soligorsk/test-dispensary.yaml';
const SKIPPED = new Set(['node_modules', 'content', 'dist', 'tests', '.git', '.astro', '.bench', 'test-results']);
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];

let root: string;
let dist: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'injection-'));
  // The whole project except its content, build output and tooling state; pages may import from anywhere in it.
  for (const entry of readdirSync(PROJECT).filter((name) => !SKIPPED.has(name))) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  const file = join(root, 'content', SERVICE);
  const yaml = readFileSync(file, 'utf8')
    .replace('en: Test dispensary', `en: 'Test ${PAYLOADS[0]} dispensary'`)
    .replace('en: Description.', `en: 'Description ${PAYLOADS.join(' ')}'`)
    .replace(
      'original_language: en',
      `address:\n${LOCALES.map((lang) => `  ${lang}: '${PAYLOADS[2]!.replace(/'/g, "''")} street'`).join('\n')}\noriginal_language: en`,
    );
  expect(yaml.match(/alert\(/g)?.length, 'payloads written into the fixture').toBe(4 + LOCALES.length);
  writeFileSync(file, yaml);

  const run = (command: string, args: string[]) => {
    const result = spawnSync(process.execPath, [command, ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run(join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ['build']);
  run(join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), ['--site', 'dist']);
  dist = join(root, 'dist');
}, budget(120_000));

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
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
