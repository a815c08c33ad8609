/**
 * Headless Debian Chromium through playwright-core, plus helpers the browser
 * tests share: a page that records every request it makes (to prove nothing
 * leaves 127.0.0.1) and a context with JavaScript switched off (pages must
 * work without it).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium; never downloaded by Playwright. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless Chromium that makes no requests of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** A page plus every URL it requested, in order. */
export interface RecordingPage {
  page: Page;
  requests: string[];
}

/** Opens a page in a fresh context that records the URL of every request, including blocked ones. */
export async function openRecordingPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<RecordingPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.once('close', () => void context.close());
  return { page, requests };
}

/** A browser context with JavaScript switched off. */
export function noScriptContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false });
}

/** Requests that went anywhere other than `origin` (data: and blob: URLs are local). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && url !== origin && !/^(data|blob|about):/.test(url));
}
