// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { serbianCyrillic } from './src/integrations/serbian-cyrillic.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { slipData } from './src/integrations/slip-data.ts';
import { minifyPublicScripts } from './src/integrations/minify-public-scripts.ts';
import { selfContainedScripts } from './src/integrations/self-contained-scripts.ts';
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
    minifyPublicScripts(),
    siteMap(new URL(`${SITE.base}/`, SITE.url).href),
  ],
  i18n: {
    locales: ['ru', 'sr', 'en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Stylesheets are files linked from the pages, cached once instead of inlined into tens of thousands of pages.
  // Pages render while earlier ones are written: at 10,000 services 4 at a time took astro build from 85 to 62 s on 2 vCPUs (8: no better).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Scripts stay external files too (assetsInlineLimit 0): cached across pages, and the CSP needs no per-script hashes.
  // cssCodeSplit: a page links only the styles of the components it renders, in chunks shared by the pages that use them
  // (the site-wide rules are one chunk, what shows a service another: src/styles/services.css): a service page loads
  // 2.3 KB of CSS (gzip) in two files instead of the whole site's 4.7 KB (issue 18).
  // selfContainedScripts: the scripts a service page loads are one file each rather than a mesh of shared chunks.
  vite: {
    build: { cssCodeSplit: true, assetsInlineLimit: 0 },
    plugins: [
      selfContainedScripts(
        [
          'ServiceStatusScript',
          'NextOccurrenceScript',
          'OfflineStatusScript',
          'ServicePagePlain',
          'ServicePageHours',
          'ServicePageEvents',
          'ServicePageHoursEvents',
        ],
        fileURLToPath(new URL('./src/', import.meta.url)),
      ),
    ],
  },
  devToolbar: { enabled: false },
  // A project copy that links node_modules (npm run bench) would otherwise share node_modules/.astro, content data store included, with every other build.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  // Shiki colours code with inline style attributes, which the CSP forbids; statements need no highlighting.
  markdown: { syntaxHighlight: false },
});
