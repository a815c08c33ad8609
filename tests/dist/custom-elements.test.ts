/**
 * Every custom element a page contains is defined by a script that page
 * loads. Elements' scripts are loaded by the lists and pages that show them
 * (one file per page type, see src/integrations/self-contained-scripts.ts),
 * not by each element's own component, so a page that renders an element
 * without its script would silently lose what the element does (an age, an
 * open-now line, a next date).
 *
 * One element is inert on purpose: <slip-toggle> is defined by <slip-bar>'s
 * script and stays empty on a page that offers no slip (src/components/SlipToggle.astro).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts, readDist, WHOLE_SITE_MS } from '../support/dist';
import { useBuiltPages } from '../support/built-pages';

const built = useBuiltPages();

/** Names of the custom elements in `html` (tags with a hyphen), outside scripts. */
const elementNames = (html: string) =>
  new Set([...html.replace(/<script\b[\s\S]*?<\/script>/g, '').matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)].map((match) => match[1] as string));

describe('custom elements', () => {
  it('every custom element on a page is defined by a script the page loads', () => {
    const code = new Map<string, string>();
    const read = (file: string) => {
      if (!code.has(file)) code.set(file, readFileSync(join(built.dist, file), 'utf8'));
      return code.get(file) as string;
    };
    const missing: string[] = [];
    let checked = 0;
    for (const file of built.htmlFiles) {
      const html = readDist(file, built.dist);
      const names = elementNames(html);
      if (!names.size) continue;
      const { inline, files } = pageScripts(html, built.dist);
      const scripts = [...inline, ...files.map(read)].join('\n');
      if (!names.has('slip-bar')) names.delete('slip-toggle');
      for (const name of names) {
        checked += 1;
        if (!new RegExp(`define\\(\\s*["'\`]${name}["'\`]`).test(scripts)) missing.push(`${file}: <${name}>`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(missing, missing.slice(0, 20).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
