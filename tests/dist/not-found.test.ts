/**
 * The 404 page, which the host serves for every missing address at any
 * depth: quick exit first, every edition's home page and search box, no
 * link that depends on where the missing page was, and no search indexing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { elementsOf, urlsOf, type HtmlElement } from '../support/html';
import { editionPrefixes, readDist, requireDist } from '../support/dist';

let elements: HtmlElement[];

beforeAll(() => {
  requireDist();
  elements = elementsOf(readDist('404.html'));
});

describe('404 page', () => {
  it('offers quick exit as the first link', () => {
    const first = elements.find(({ tag, attrs }) => tag === 'a' && attrs.href);
    expect(first?.attrs).toMatchObject({ href: SITE.quickExitUrl, 'data-quick-exit': '' });
  });

  it('links to the home page and the search page of every edition, each in its language', () => {
    for (const edition of editionPrefixes()) {
      const home = `${SITE.base}/${edition}/`;
      expect(elements.some(({ tag, attrs }) => tag === 'a' && attrs.href === home), `link to ${home}`).toBe(true);
      const form = elements.find(({ tag, attrs }) => tag === 'form' && attrs.action === `${home}search/`);
      expect(form?.attrs.method, `search form of ${edition}`).toBe('get');
      const block = elements.find(({ tag, attrs }) => tag === 'li' && attrs['data-lang']?.toLowerCase() === edition);
      expect(block?.attrs.lang?.toLowerCase(), `the ${edition} text is marked as such`).toBe(edition);
    }
  });

  it('uses only addresses that work at any depth (no relative links)', () => {
    const urls = elements.flatMap((element) => urlsOf(element).map(({ url }) => url));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !/^(\/|https?:|#)/.test(url))).toEqual([]);
  });

  it('asks search engines not to index it', () => {
    expect(elements.some(({ tag, attrs }) => tag === 'meta' && attrs.name === 'robots' && attrs.content === 'noindex')).toBe(true);
  });
});
