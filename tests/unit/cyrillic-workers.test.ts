/**
 * A large site's Cyrillic edition is written by worker threads: every page
 * gets its twin, the same as one thread writes it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCyrillicPage } from '../../src/lib/cyrillic-edition';
import { writeCyrillicEdition } from '../../src/integrations/serbian-cyrillic';

const options = { base: '', siteUrl: 'https://example.org' };
const root = mkdtempSync(join(tmpdir(), 'cyrillic-'));
// Removing 5,000 small files can outlast the default 10 s hook timeout on a busy machine.
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

const page = (index: number) =>
  `<!doctype html><html lang="sr"><head><title>Usluga ${index}</title></head><body><main><h1>Džep i ljiljan ${index}</h1><a href="/sr/services/s${index}/">Više</a></main></body></html>`;

describe('writeCyrillicEdition', () => {
  it('writes the twin of every one of thousands of pages, as one thread would', async () => {
    const count = 2500;
    for (let index = 0; index < count; index += 1) {
      mkdirSync(join(root, 'sr', 'services', `s${index}`), { recursive: true });
      writeFileSync(join(root, 'sr', 'services', `s${index}`, 'index.html'), page(index));
    }
    expect(await writeCyrillicEdition(root, options)).toBe(count);
    for (const index of [0, 1, 1249, 2499]) {
      const twin = readFileSync(join(root, 'sr-cyrl', 'services', `s${index}`, 'index.html'), 'utf8');
      expect(twin).toBe(toCyrillicPage(page(index), options));
      expect(twin).toContain(`Џеп и љиљан ${index}`);
    }
  }, 60_000);
});
