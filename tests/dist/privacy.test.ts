/**
 * Nothing in the built site loads from another origin: no third-party
 * scripts, stylesheets, images, frames or fonts, and no web fonts at all.
 * The one exception is map tiles, which the map script requests from
 * SITE.map.tilesOrigin at run time (never referenced from HTML or CSS).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { elementsOf } from '../support/html';
import { listFiles, readDist, WHOLE_SITE_MS } from '../support/dist';
import { useBuiltPages } from '../support/built-pages';

const ORIGIN = new URL(SITE.url).origin;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
/**
 * Origins a script may name: the map tiles; XML namespaces (identifiers,
 * never fetched); and Leaflet's home page, the credit link in the map's
 * attribution (a link a person may follow, never fetched by the page).
 */
const SCRIPT_ORIGINS_ALLOWED = new Set(
  [SITE.map.tilesOrigin, 'http://www.w3.org', 'https://www.w3.org', 'https://leafletjs.com'].filter(Boolean).map((url) => new URL(url).origin),
);

const built = useBuiltPages();

const isForeign = (url: string) => /^(https?:)?\/\//i.test(url) && new URL(url, ORIGIN).origin !== ORIGIN;

/** Problems in a piece of CSS: imports, fonts and foreign url()s. */
function cssProblems(css: string): string[] {
  const problems: string[] = [];
  if (/@import\b/i.test(css)) problems.push('@import');
  if (/@font-face\b/i.test(css)) problems.push('@font-face (system fonts only)');
  for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)) {
    const url = match[1] ?? '';
    if (isForeign(url)) problems.push(`url(${url})`);
    if (FONT_FILE.test(url)) problems.push(`font file ${url}`);
  }
  return problems;
}

describe('privacy of the built site', () => {
  it('no page loads a script, stylesheet, image, frame, media or font from another origin', () => {
    const problems: string[] = [];
    for (const file of built.htmlFiles) {
      for (const { tag, attrs } of elementsOf(readDist(file, built.dist))) {
        const where = `${file}: <${tag}>`;
        if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'frame') problems.push(`${where} embeds are not allowed`);
        if (['script', 'img', 'audio', 'video', 'source', 'track', 'input'].includes(tag) && attrs.src && isForeign(attrs.src)) problems.push(`${where} src=${attrs.src}`);
        for (const candidate of (attrs.srcset ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (url && isForeign(url)) problems.push(`${where} srcset=${url}`);
        }
        if (tag === 'link' && attrs.href) {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          const loads = rel.some((value) => ['stylesheet', 'preload', 'prefetch', 'preconnect', 'dns-prefetch', 'modulepreload', 'icon', 'manifest', 'apple-touch-icon'].includes(value));
          if (loads && isForeign(attrs.href)) problems.push(`${where} rel=${attrs.rel} href=${attrs.href}`);
          if (FONT_FILE.test(attrs.href)) problems.push(`${where} font ${attrs.href}`);
        }
        if (tag === 'form' && attrs.action && isForeign(attrs.action)) problems.push(`${where} action=${attrs.action}`);
        if (attrs.style) problems.push(...cssProblems(attrs.style).map((problem) => `${where} style: ${problem}`));
      }
      const html = readDist(file, built.dist);
      for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        problems.push(...cssProblems(match[1] ?? '').map((problem) => `${file}: <style> ${problem}`));
      }
    }
    expect(problems, problems.slice(0, 50).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('no stylesheet imports, declares fonts or loads from another origin', () => {
    const problems = listFiles(built.dist)
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => cssProblems(readFileSync(join(built.dist, file), 'utf8')).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  }, WHOLE_SITE_MS);

  it('no font files are shipped', () => {
    expect(listFiles(built.dist).filter((file) => FONT_FILE.test(file))).toEqual([]);
  }, WHOLE_SITE_MS);

  it('scripts name no origin except the map tiles', () => {
    const named = new Map<string, string[]>();
    for (const file of listFiles(built.dist).filter((name) => /\.m?js$/.test(name) && !name.startsWith('pagefind/'))) {
      const code = readFileSync(join(built.dist, file), 'utf8');
      for (const match of code.matchAll(/\bhttps?:\/\/[a-z0-9.-]+(?::\d+)?/gi)) {
        const origin = new URL(match[0]).origin;
        if (origin === ORIGIN || SCRIPT_ORIGINS_ALLOWED.has(origin)) continue;
        named.set(origin, [...(named.get(origin) ?? []), file]);
      }
    }
    const report = [...named].map(([origin, files]) => `${origin} in ${[...new Set(files)].join(', ')}`);
    expect(report, report.join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('no page sets cookies or uses an analytics or tracking snippet', () => {
    const tracking = /document\.cookie|google-analytics|googletagmanager|gtag\(|yandex\.ru\/metrika|mc\.yandex|matomo|plausible|facebook\.net|hotjar/i;
    const offenders = [...built.htmlFiles, ...listFiles(built.dist).filter((file) => /\.m?js$/.test(file))].filter((file) => tracking.test(readFileSync(join(built.dist, file), 'utf8')));
    expect(offenders).toEqual([]);
  }, WHOLE_SITE_MS);
});
