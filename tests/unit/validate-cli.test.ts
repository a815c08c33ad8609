import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyFixture, edit, VALID_FIXTURE } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', 'validate.ts'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 and says so when everything is valid', () => {
    const { code, out } = run('--root', VALID_FIXTURE);
    expect(code).toBe(0);
    expect(out).toMatch(/10 files checked, no problems found/);
  });

  it('exits 1 and prints every problem, without a stack trace', () => {
    const root = copyFixture();
    edit(root, 'content/services/by/soligorsk/test-dispensary.yaml', 'lat: 52.8', 'lat: "53,8"');
    edit(root, 'content/cases/by/test-case.yaml', 'outcome: pending', 'outcome: won');
    const { code, out, err } = run('--root', root);
    expect(code).toBe(1);
    expect(out).toContain('coordinates.lat: expected a number between -90 and 90, got "53,8"');
    expect(out).toContain('outcome: expected one of: redress, partial, no_redress, pending, got "won"');
    expect(out).toMatch(/2 problems in 2 files/);
    expect(`${out}${err}`).not.toMatch(/\n\s+at /);
  });

  it('writes GitHub annotations with file and line', () => {
    const root = copyFixture();
    edit(root, 'content/services/by/soligorsk/test-dispensary.yaml', 'lat: 52.8', 'lat: "53,8"');
    const { out } = run('--root', root, '--format', 'github');
    expect(out).toContain(
      '::error file=content/services/by/soligorsk/test-dispensary.yaml,line=12::coordinates.lat: expected',
    );
  });

  it('exits 2 on wrong usage and documents itself', () => {
    expect(run('--lang', 'de').code).toBe(2);
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run validate');
  });
});

describe('a decimal comma in coordinates', () => {
  it('is explained as a number split in two, not as an unknown field', () => {
    const root = copyFixture();
    edit(
      root,
      'content/services/by/soligorsk/test-dispensary.yaml',
      'coordinates: { lat: 52.8, lon: 27.55 }',
      'coordinates: { lat: 52,8, lon: 27,55 }',
    );
    const { code, out } = run('--root', root, '--lang', 'ru');
    expect(code).toBe(1);
    expect(out).toContain('coordinates.8: неизвестное поле «8»');
    expect(out).toContain('число с запятой разбилось на два');
  });
});

describe('messages for the mistakes people make most', () => {
  it('suggests the key when a vocabulary label was written instead, in any language', () => {
    const root = copyFixture();
    edit(
      root,
      'content/services/by/soligorsk/test-dispensary.yaml',
      'types: [ost, hiv_testing]',
      'types: [ost, Налоксон]',
    );
    const { out } = run('--root', root);
    expect(out).toContain('got "Налоксон"');
    expect(out).toContain('hint: did you mean "naloxone"?');
  });

  it('gives a date in another format one message, not also "not in the calendar"', () => {
    const root = copyFixture();
    edit(root, 'content/services/by/soligorsk/test-dispensary.yaml', 'date: 2026-01-10', 'date: 10.01.2026');
    const { out } = run('--root', root);
    expect(out).toContain('verification.date: expected a date written as YYYY-MM-DD');
    expect(out).not.toContain('does not exist in the calendar');
  });
});
