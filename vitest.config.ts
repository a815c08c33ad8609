/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run in Node: Astro components cannot render in jsdom.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
