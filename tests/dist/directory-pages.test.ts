/**
 * The directory as built: every service is listed on exactly one directory
 * page per language, no page lists more than the page limit, and a city
 * listed over several pages has a page navigation that marks the current
 * page and links its neighbours. The sample content fits on one page, so the
 * last check finds series only in a larger build (e.g.
 * `DIST_DIR=/tmp/bench/2500/dist` after `npm run bench -- --concentrate 0.3 --keep`).
 */
import { describe, expect, it } from 'vitest';
import { DIRECTORY_PAGE_LIMIT } from '../../src/lib/directory-pages';
import { SITE } from '../../src/site.config';
import { elementsOf, textOf, type HtmlElement } from '../support/html';
import { editionPrefixes, LOCALES, readDist, urlOfFile, WHOLE_SITE_MS } from '../support/dist';
import { useBuiltPages } from '../support/built-pages';

const built = useBuiltPages();

const cardIds = (html: string) => [...html.matchAll(/<li\b[^>]*\sdata-service="([^"]+)"/g)].map((match) => match[1] as string);

/** Every element inside `element`. */
function descendants(element: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: HtmlElement['node']) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        out.push({ tag: child.tagName, attrs: Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value])), node: child });
        visit(child);
      }
    }
  };
  visit(element.node);
  return out;
}

const relOf = (elements: HtmlElement[], rel: string) =>
  elements.filter(({ tag, attrs }) => (tag === 'a' || tag === 'link') && (attrs.rel ?? '').split(/\s+/).includes(rel)).map(({ attrs }) => attrs.href);

describe('directory pages', () => {
  it('list every service exactly once per language', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const services = built.htmlFiles.map((file) => new RegExp(`^${locale}/services/([^/]+)/index\\.html$`).exec(file)?.[1]).filter((id): id is string => Boolean(id) && id !== 'in');
      const listings = built.htmlFiles.filter((file) => new RegExp(`^${locale}/services/(in/.+/)?index\\.html$`).test(file));
      const listed = listings.flatMap((file) => cardIds(readDist(file, built.dist)));
      const counts = new Map<string, number>();
      for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const id of services) if (counts.get(id) !== 1) problems.push(`${locale}: ${id} is listed ${counts.get(id) ?? 0} times`);
      for (const id of counts.keys()) if (!services.includes(id)) problems.push(`${locale}: ${id} is listed but has no page`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it(`no page lists more than ${DIRECTORY_PAGE_LIMIT} services`, () => {
    const editions = editionPrefixes(built.dist);
    const over = built.htmlFiles
      .filter((file) => editions.some((edition) => file.startsWith(`${edition}/`)))
      .map((file) => ({ file, cards: cardIds(readDist(file, built.dist)).length }))
      .filter(({ cards }) => cards > DIRECTORY_PAGE_LIMIT)
      .map(({ file, cards }) => `${file}: ${cards}`);
    expect(over, over.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);

  it('a city listed over several pages has numbered pages with a navigation marking the current one and linking its neighbours', () => {
    const series = new Map<string, number[]>();
    for (const file of built.htmlFiles) {
      const match = /^([^/]+\/services\/in\/[^/]+\/[^/]+)\/(\d+)\/index\.html$/.exec(file);
      if (match) series.set(match[1] as string, [...(series.get(match[1] as string) ?? []), Number(match[2])]);
    }
    console.log(`directory: ${series.size} cities listed over several pages`);
    const problems: string[] = [];
    for (const [base, numbers] of series) {
      const pages = numbers.length + 1;
      if ([...numbers].sort((a, b) => a - b).some((number, index) => number !== index + 2)) problems.push(`${base}: pages ${numbers.join()} are not 2…${pages}`);
      const fileOf = (page: number) => `${base}/${page > 1 ? `${page}/` : ''}index.html`;
      const titles = new Set<string>();
      for (let page = 1; page <= pages; page++) {
        const file = fileOf(page);
        const url = urlOfFile(file);
        const elements = elementsOf(readDist(file, built.dist));
        const canonical = elements.find(({ tag, attrs }) => tag === 'link' && attrs.rel === 'canonical')?.attrs.href;
        if (!canonical || new URL(canonical).pathname !== new URL(url, SITE.url).pathname) problems.push(`${file}: canonical ${canonical}`);
        const title = elements.find(({ tag }) => tag === 'title');
        titles.add(title ? textOf(title.node) : '');
        // The page navigation is the labelled nav that links the neighbours (the site's own menu marks its section current too).
        const navs = elements.filter((element) => element.tag === 'nav' && element.attrs['aria-label'] && relOf(descendants(element), page > 1 ? 'prev' : 'next').length > 0);
        const current = navs.flatMap((nav) => descendants(nav).filter(({ attrs }) => attrs['aria-current'] === 'page'));
        if (navs.length !== 1 || current.length !== 1 || current[0]?.attrs.href !== url) problems.push(`${file}: ${navs.length} page navigations, current page ${current.map(({ attrs }) => attrs.href).join()}`);
        for (const [rel, neighbour] of [
          ['prev', page - 1],
          ['next', page + 1],
        ] as const) {
          const hrefs = relOf(elements, rel);
          const expected = neighbour >= 1 && neighbour <= pages ? urlOfFile(fileOf(neighbour)) : undefined;
          if (expected ? hrefs.length === 0 || hrefs.some((href) => href !== expected) : hrefs.length > 0) problems.push(`${file}: rel=${rel} → ${hrefs.join() || 'none'}, expected ${expected ?? 'none'}`);
        }
      }
      if (titles.size !== pages) problems.push(`${base}: ${pages} pages share titles`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
