/** Shared helpers for tests that break a copy of the valid fixture. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder of the smallest valid content set. */
export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** A fresh copy of the valid fixture in a temporary folder; returns its root. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  return root;
}

/** Replaces `from` with `to` in a file of a fixture copy; fails loudly if `from` is absent. */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`edit(): "${String(from)}" not found in ${file}`);
  writeFileSync(path, changed);
}

/** Writes a file into a fixture copy. */
export function write(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}
