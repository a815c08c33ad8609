/**
 * No page shows template residue: a stray frontmatter fence (`---`)
 * printed as text. One such fence in a shared
 * component once printed `---` on nearly every page, the printed slip included.
 */
import { describe, expect, it } from 'vitest';
import { documentText } from '../support/html';
import { readDist, WHOLE_SITE_MS } from '../support/dist';
import { useBuiltPages } from '../support/built-pages';

const built = useBuiltPages();

/** Each place in a page's visible text (whitespace collapsed) where a bare run of three or more hyphens stands as a word, with some context. */
function residueIn(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)-{3,}(?=\s|$)/g)].map(({ index }) => text.slice(Math.max(0, index - 30), index + 34));
}

describe('frontmatter residue', () => {
  it('finds a fence in text (the check itself)', () => {
    expect(residueIn('Countries Russia --- You are offline')).toHaveLength(1);
    expect(residueIn('--- at the start')).toHaveLength(1);
    expect(residueIn('2015–2018 — a dash, a - b, x---y')).toEqual([]);
  });

  it('no page shows a bare --- as text', () => {
    // Text in <code> and <pre> is shown as written on purpose (the contributing guide explains the fences).
    const shownText = (html: string) => documentText(html.replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ''));
    const found = built.htmlFiles.flatMap((file) => residueIn(shownText(readDist(file, built.dist))).map((line) => `${file}: ${line.slice(0, 80)}`));
    expect(found.slice(0, 20), `${found.length} page(s) with residue`).toEqual([]);
  }, WHOLE_SITE_MS);
});
