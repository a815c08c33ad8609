/**
 * Headless Chromium (or Chrome) through playwright-core, plus helpers the browser
 * tests share: a page that records every request it makes (to prove nothing
 * leaves 127.0.0.1) and a context with JavaScript switched off (pages must
 * work without it).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { browserPath } from './find-browser';

/** Flags for a quiet, sandbox-free headless Chromium that makes no requests of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the installed Chromium or Chrome headless (`CHROME_PATH` overrides; see find-browser.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** The screen of a mid-range phone, as Lighthouse's mobile mode emulates it. */
export const MOBILE_SCREEN = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} satisfies Screen;

/** The size and kind of screen a page is opened on. */
export type Screen = Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch'>;

/** A page plus every URL it requested, and every uncaught script error. */
export interface RecordingPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

/**
 * Opens a page in a fresh context that records the URL of every request and
 * every uncaught error. Requests to any origin other than `localOrigin` are
 * recorded and then aborted: tests never touch the network.
 */
export async function openRecordingPage(
  browser: Browser,
  localOrigin: string,
  options: { javaScriptEnabled?: boolean; serviceWorkers?: 'allow' | 'block'; screen?: Screen } = {},
): Promise<RecordingPage> {
  // Service workers are blocked unless asked for: requests they make bypass the route below.
  const context = await browser.newContext({
    ...options.screen,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return foreignRequests([url], localOrigin).length ? route.abort('blockedbyclient') : route.continue();
  });
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, requests, errors };
}

/** A page with JavaScript switched off (pages must work without it), recording like `openRecordingPage`. */
export function openNoScriptPage(browser: Browser, localOrigin: string): Promise<RecordingPage> {
  return openRecordingPage(browser, localOrigin, { javaScriptEnabled: false });
}

/** Requests that went anywhere other than `origin` (data: and blob: URLs are local). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && url !== origin && !/^(data|blob|about):/.test(url));
}
