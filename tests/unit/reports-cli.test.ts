import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyFixture, edit, VALID_FIXTURE } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, ...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run stale', () => {
  it('lists services not checked for the given months, grouped by country and city, with the file', () => {
    const { code, out } = run('stale.ts', '--root', VALID_FIXTURE, '--today', '2027-03-01');
    expect(code).toBe(0);
    expect(out).toContain('1 of 1 services not checked for 12 months or more (as of 2027-03-01).');
    expect(out).toMatch(
      /^by\n {2}soligorsk\n {4}2026-01-10 {3}13 months {2}unverified {2}content\/services\/by\/soligorsk\/test-dispensary\.yaml$/m,
    );
  });

  it('lists nothing for a recent check and honours --months', () => {
    expect(run('stale.ts', '--root', VALID_FIXTURE, '--today', '2026-06-01').out).toContain('0 of 1 services');
    expect(run('stale.ts', '--root', VALID_FIXTURE, '--today', '2026-06-01', '--months', '3').out).toContain(
      '1 of 1 services',
    );
  });

  it('documents itself and exits 2 on wrong usage', () => {
    expect(run('stale.ts', '--help').out).toContain('Usage: npm run stale');
    expect(run('stale.ts', '--months', 'twelve').code).toBe(2);
    expect(run('stale.ts', '--today', '1.1.2026').code).toBe(2);
  });
});

describe('npm run translations', () => {
  it('lists entries waiting for a language and the fields they lack', () => {
    const root = copyFixture();
    const file = 'content/services/by/soligorsk/test-dispensary.yaml';
    edit(root, file, '  sr: Opis.\n', '');
    edit(root, file, 'original_language: en', 'original_language: en\nuntranslated: [sr]');
    const { code, out } = run('translations.ts', '--root', root, '--lang', 'sr');
    expect(code).toBe(0);
    expect(out).toContain('Entries waiting for a translation into "sr": 1');
    expect(out).toContain(`${file} — missing: description`);
    expect(out).not.toContain('\nru —');
  });

  it('documents itself and exits 2 on wrong usage', () => {
    expect(run('translations.ts', '--help').out).toContain('Usage: npm run translations');
    expect(run('translations.ts', '--lang', 'de').code).toBe(2);
  });
});
