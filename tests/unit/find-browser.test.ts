import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBrowser, noBrowserMessage } from '../support/find-browser';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

const nothingInstalled = () => {
  // As chrome-launcher does on Linux when it finds nothing.
  throw new Error('The CHROME_PATH environment variable must be set to a Chrome/Chromium executable');
};

describe('choosing the browser for the browser tests', () => {
  it('uses CHROME_PATH over anything installed', () => {
    const lookup = chooseBrowser({
      chromePath: '/opt/chrome/chrome',
      platform: 'linux',
      installations: () => ['/usr/bin/chromium'],
      canRun: () => true,
    });
    expect(lookup).toEqual({ path: '/opt/chrome/chrome' });
  });

  it('says so when CHROME_PATH names nothing runnable, instead of quietly using another browser', () => {
    const lookup = chooseBrowser({
      chromePath: '/opt/missing',
      platform: 'linux',
      installations: () => ['/usr/bin/chromium'],
      canRun: (path) => path !== '/opt/missing',
    });
    expect(lookup).toEqual({ problem: expect.stringContaining('CHROME_PATH is /opt/missing') });
  });

  it('takes the first installation that can run', () => {
    const lookup = chooseBrowser({
      chromePath: undefined,
      platform: 'linux',
      installations: () => ['/usr/bin/google-chrome', '/usr/bin/chromium'],
      canRun: (path) => path === '/usr/bin/chromium',
    });
    expect(lookup).toEqual({ path: '/usr/bin/chromium' });
  });

  it.each([
    ['linux', 'sudo apt-get install chromium'],
    ['darwin', 'brew install --cask google-chrome'],
    ['win32', 'winget install Google.Chrome'],
    ['freebsd', 'install Chromium or Google Chrome'],
  ] as const)('without one on %s, answers one line saying how to install one', (platform, hint) => {
    const lookup = chooseBrowser({
      chromePath: undefined,
      platform,
      installations: nothingInstalled,
      canRun: () => true,
    });
    expect(lookup).toEqual({ problem: noBrowserMessage(platform) });
    expect(noBrowserMessage(platform)).toContain(hint);
    expect(noBrowserMessage(platform)).toContain('CHROME_PATH');
    expect(noBrowserMessage(platform)).not.toContain('\n');
  });
});

describe('npm run find-browser', () => {
  const run = (env: Record<string, string>, ...args: string[]) => {
    const result = spawnSync(TSX, [join(ROOT, 'scripts', 'find-browser.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('stops with exit code 1 and one line, no stack trace, when the browser is missing', () => {
    const { code, out, err } = run({ CHROME_PATH: join(ROOT, 'no-such-browser') }, '--quiet');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain('no-such-browser');
  });

  it('names the browser it found', () => {
    const { code, out } = run({ CHROME_PATH: process.execPath });
    expect(code).toBe(0);
    expect(out).toBe(`Browser tests use ${process.execPath}\n`);
  });

  it('documents itself', () => {
    expect(run({}, '--help').out).toContain('Usage: npm run find-browser');
  });
});
