/**
 * Sources are cited by their human title (author, year), never by the name of
 * the seed file a sample entry was written from ("Seed 001_60da3bd82f0c05c2.txt").
 * Comments in YAML files are not shown to readers and are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED_NAME = /\bSeed \d{3}\b|\b\d{3}_[0-9a-f]{16}\.txt\b/;

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(folder, entry.name))
      : /\.(ya?ml|md)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('seed file names', () => {
  it('appear in no text a page can show', () => {
    const found = files('content').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#') && SEED_NAME.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
