// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { serbianCyrillic } from './src/integrations/serbian-cyrillic.ts';
import { SITE } from './src/site.config.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/csp.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base || undefined,
  trailingSlash: 'always',
  compressHTML: true,
  // serbianCyrillic writes /sr-cyrl/ from /sr/ once the pages exist; Pagefind runs after the build and indexes both.
  integrations: [contentValidation(), mdx(), serbianCyrillic({ base: SITE.base, siteUrl: SITE.url })],
  i18n: {
    locales: ['ru', 'sr', 'en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A project copy that links node_modules (npm run bench) would otherwise share node_modules/.astro, content data store included, with every other build.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  // Shiki colours code with inline style attributes, which the CSP forbids; statements need no highlighting.
  markdown: { syntaxHighlight: false },
  // Hashes of inline scripts and styles go into a <meta> policy on every page (see src/lib/csp.ts).
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] } } },
});
