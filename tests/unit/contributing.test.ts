import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRIBUTING_FILES, contributingDocument, guideSource } from '../../src/lib/contributing-doc';
import { LOCALES } from '../../src/schemas/locales';
import { SITE } from '../../src/site.config';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('contributing guide', () => {
  for (const lang of LOCALES) {
    const guide = read(guideSource(lang));

    it(`${CONTRIBUTING_FILES[lang]} is generated from ${guideSource(lang)} (run npm run contributing after editing it)`, () => {
      expect(read(CONTRIBUTING_FILES[lang])).toBe(contributingDocument(lang, guide));
    });

    it(`${lang}: links to the repository, the site and its own templates resolve`, () => {
      const links = [...guide.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((match) => match[1]!);
      for (const link of links.filter((url) => url.startsWith('https://github.com/'))) {
        expect(link.startsWith(`${SITE.repository}/`), link).toBe(true);
        const path = /\/(?:blob|tree)\/[^/]+\/(.+)$/.exec(link)?.[1];
        if (path) expect(existsSync(join(ROOT, path)), link).toBe(true);
      }
      // The site's own pages are linked from its root, so they follow the base path on the site (renderMarkdown) and on GitHub (contributingDocument).
      expect(
        links.filter((url) => url.startsWith(SITE.url)),
        'site pages linked as /<lang>/…, not full addresses',
      ).toEqual([]);
      const sitePaths = [...guide.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1]!);
      expect(sitePaths.length).toBeGreaterThan(0);
      for (const path of sitePaths)
        expect(path.startsWith(`/${lang}/`), `${path} should stay in the guide's language`).toBe(true);
      const templates = links.filter((url) => url.includes('/docs/templates/'));
      expect(templates.length).toBeGreaterThanOrEqual(4);
    });

    it(`${lang}: on GitHub, links to the site's pages are full addresses under the base path`, () => {
      const document = contributingDocument(lang, guide, 'https://owner.github.io/directory');
      expect(document).not.toMatch(/\]\(\/(?!\/)/);
      expect(document).toContain(`](https://owner.github.io/directory/${lang}/`);
    });

    it(`${lang}: names the network's contact address and shows validator messages in the reader's language`, () => {
      for (const email of guide.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) expect(email).toBe(SITE.contactEmail);
      expect(guide).toContain(`npm run validate -- --lang ${lang}`);
      expect(guide).toContain('npm run new');
    });
  }
});
