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
    expect(out).toMatch(/7 files checked, no problems found/);
  });

  it('exits 1 and prints every problem, without a stack trace', () => {
    const root = copyFixture();
    edit(root, 'content/services/by/soligorsk/test-dispensary.yaml', 'lat: 52.8', 'lat: "53,8"');
    edit(root, 'content/cases/by/test-case.yaml', 'outcome: pending', 'outcome: won');
    const { code, out, err } = run('--root', root);
    expect(code).toBe(1);
    expect(out).toContain('coordinates.lat: expected a number between -90 and 90, got "53,8"');
    expect(out).toContain('outcome: expected one of: redress, partial, no_redress, pending, got "won"');
    expect(out).toMatch(/2 problem\(s\) in 2 file\(s\)/);
    expect(`${out}${err}`).not.toMatch(/\n\s+at /);
  });

  it('writes GitHub annotations with file and line', () => {
    const root = copyFixture();
    edit(root, 'content/services/by/soligorsk/test-dispensary.yaml', 'lat: 52.8', 'lat: "53,8"');
    const { out } = run('--root', root, '--format', 'github');
    expect(out).toContain('::error file=content/services/by/soligorsk/test-dispensary.yaml,line=12::coordinates.lat: expected');
  });

  it('exits 2 on wrong usage and documents itself', () => {
    expect(run('--lang', 'de').code).toBe(2);
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run validate');
  });
});
