/** Vitest hooks that serve the built site and start Chromium for one test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { requireDist } from './dist';
import { startServer, type StaticServer } from './server';
import { budget } from './patience';
import { SITE } from '../../src/site.config';

/** The built site served locally and a browser, shared by the tests of one file. */
export interface SiteUnderTest {
  /** Origin of the local server, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Registers beforeAll/afterAll hooks that serve dist/ (under SITE.base) and start Chromium once
 * for the calling test file; read the returned object inside tests.
 */
export function useSite(): SiteUnderTest {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(requireDist(), SITE.base);
    browser = await launchBrowser();
  }, budget(60_000));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useSite(): the server is not running (read it inside a test)');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useSite(): the browser is not running (read it inside a test)');
      return browser;
    },
  };
}
