/**
 * Finding the Chromium or Chrome the browser tests drive. playwright-core
 * never downloads a browser here, so the tests use one already installed:
 * `CHROME_PATH` when set, otherwise the first that chrome-launcher's finder
 * knows on this platform (Linux: google-chrome, chromium-browser, chromium
 * and their .desktop entries; macOS: Google Chrome; Windows: Chrome under
 * Program Files and the user's AppData). When there is none, the answer is
 * one line saying how to install one, which `scripts/find-browser.ts` prints
 * before any test starts.
 */
import { accessSync, constants } from 'node:fs';
import { Launcher } from 'chrome-launcher';

/** A browser to drive, or the one-line reason there is none. */
export type BrowserLookup = { path: string } | { problem: string };

/** How to install a browser the tests can use, per platform, in one line. */
const INSTALL_HINTS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium',
  darwin: 'brew install --cask google-chrome',
  win32: 'winget install Google.Chrome',
};

/** The one line printed when no browser is found on `platform`. */
export function noBrowserMessage(platform: NodeJS.Platform): string {
  const hint = INSTALL_HINTS[platform] ?? 'install Chromium or Google Chrome';
  return `No Chromium or Chrome found for the browser tests: install one (${hint}) or set CHROME_PATH to its executable.`;
}

/**
 * Chooses the browser from `CHROME_PATH` and the installations found. A set
 * but wrong `CHROME_PATH` is an error of its own rather than silently
 * replaced by another browser: whoever set it meant that one.
 */
export function chooseBrowser(options: {
  chromePath: string | undefined;
  platform: NodeJS.Platform;
  installations: () => string[];
  canRun: (path: string) => boolean;
}): BrowserLookup {
  const { chromePath, platform } = options;
  if (chromePath) {
    return options.canRun(chromePath)
      ? { path: chromePath }
      : {
          problem: `CHROME_PATH is ${chromePath}, which is not an executable file: point it at Chromium or Chrome, or unset it.`,
        };
  }
  let found: string[] = [];
  try {
    found = options.installations();
  } catch {
    // chrome-launcher throws when it finds nothing on Linux, and on platforms it does not know.
  }
  const path = found.find((candidate) => options.canRun(candidate));
  return path ? { path } : { problem: noBrowserMessage(platform) };
}

/** Whether `path` is a file this process may execute. */
function canRun(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let cached: BrowserLookup | undefined;

/** The browser on this machine (looked up once per process). */
export function findBrowser(): BrowserLookup {
  cached ??= chooseBrowser({
    chromePath: process.env.CHROME_PATH || undefined,
    platform: process.platform,
    installations: () => Launcher.getInstallations(),
    canRun,
  });
  return cached;
}

/** The browser's executable, or an error whose message is the one-line instruction. */
export function browserPath(): string {
  const lookup = findBrowser();
  if ('problem' in lookup) throw new Error(lookup.problem);
  return lookup.path;
}
