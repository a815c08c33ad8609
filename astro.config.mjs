// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { serbianCyrillic } from './src/integrations/serbian-cyrillic.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { slipData } from './src/integrations/slip-data.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base || undefined,
  trailingSlash: 'always',
  compressHTML: true,
  // MDX is for pages the project writes: contributed content/ is read by the validator's loaders (src/content.config.ts) and never compiled.
  // serbianCyrillic writes /sr-cyrl/ from /sr/ once the pages exist (Pagefind, run after the build, indexes only the locales);
  // siteMap comes after it and lists those pages too. slipData writes /slip-data/<id>.json from the validated content (and serves it in dev).
  integrations: [
    contentValidation(),
    mdx(),
    serbianCyrillic({ base: SITE.base, siteUrl: SITE.url }),
    slipData({ base: SITE.base }),
    siteMap(new URL(`${SITE.base}/`, SITE.url).href),
  ],
  i18n: {
    locales: ['ru', 'sr', 'en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // One stylesheet for the whole site, linked from every page: cached once instead of inlined into tens of thousands of pages.
  // Pages render while earlier ones are written: at 10,000 services 4 at a time took astro build from 85 to 62 s on 2 vCPUs (8: no better).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Scripts stay external files too (assetsInlineLimit 0): cached across pages, and the CSP needs no per-script hashes.
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // A project copy that links node_modules (npm run bench) would otherwise share node_modules/.astro, content data store included, with every other build.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  // Shiki colours code with inline style attributes, which the CSP forbids; statements need no highlighting.
  markdown: { syntaxHighlight: false },
});
