/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { budget } from './tests/support/patience';

// Unit tests run in Node: Astro components cannot render in jsdom.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Budgets, not waits: tests wait for states and events, and these only say
    // when to give up. They grow with the machine's load when the run starts
    // (tests/support/patience.ts): CI shares two cores between Chromium, the
    // test runner and, on a developer's machine, other builds.
    testTimeout: budget(30_000),
    hookTimeout: budget(60_000),
    expect: { requireAssertions: true, poll: { timeout: budget(10_000) } },
  },
});
