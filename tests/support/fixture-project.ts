/**
 * A copy of the project with the test fixture's content instead of the real
 * one, for tests that build a site of their own (malicious entries, a
 * fictional service with a phone). Pages may import from anywhere in the
 * project, so everything is copied except content, build output and tooling
 * state; node_modules is linked, not copied.
 */
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's root folder. */
export const PROJECT = join(import.meta.dirname, '..', '..');

/** Build output (dist-base/ is the base-path build), tooling state and what is replaced. */
const NOT_COPIED = new Set([
  'node_modules',
  'content',
  'dist',
  'dist-base',
  'tests',
  '.git',
  '.astro',
  '.bench',
  'test-results',
]);

/** A new temporary project (prefix names its folder) holding the fixture's content; returns its root. */
export function fixtureProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of readdirSync(PROJECT).filter((name) => !NOT_COPIED.has(name))) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(PROJECT, 'tests', 'fixtures', 'valid', 'content'), join(root, 'content'), { recursive: true });
  return root;
}
