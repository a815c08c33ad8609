/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run in Node: Astro components cannot render in jsdom.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // CI shares two cores between Chromium and the test runner: a browser that
    // needs more than a second to load Pagefind or Leaflet is slow, not broken.
    expect: { requireAssertions: true, poll: { timeout: 10_000 } },
  },
});
