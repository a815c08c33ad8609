/**
 * The 404 page, which the host serves for every missing address at any
 * depth: quick exit first, every edition's home page and search box, no
 * link that depends on where the missing page was, and no search indexing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { knownHelpLines } from '../../src/schemas/help-lines';
import { telHref } from '../../src/lib/contacts';
import { validateContent } from '../../src/lib/validation';
import { elementsOf, urlsOf, type HtmlElement } from '../support/html';
import { editionPrefixes, PROJECT_ROOT, readDist, requireDist } from '../support/dist';

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
    expect(urls.filter((url) => !/^(\/|https?:|#|tel:)/.test(url))).toEqual([]);
  });

  it('gives every edition the countries’ known help lines as tap-to-call links, and no empty slot', () => {
    const calls = elements.filter(({ tag, attrs }) => tag === 'a' && attrs.href?.startsWith('tel:'));
    const countries = validateContent({ root: PROJECT_ROOT }).countries.map((entry) => entry.data);
    const numbers = countries.flatMap((country) => knownHelpLines(country.help_lines).flatMap((line) => (line.phones ?? []).map((phone) => phone.number)));
    expect(numbers.length, 'the sample countries know some help line').toBeGreaterThan(0);
    // A number two countries share (103) is listed under each of them.
    for (const number of new Set(numbers)) {
      const countries = numbers.filter((other) => other === number).length;
      expect(calls.filter(({ attrs }) => attrs.href === telHref(number)).length, `${number} in every edition`).toBe(countries * editionPrefixes().length);
    }
    expect(calls.length).toBe(numbers.length * editionPrefixes().length);
  });

  it('asks search engines not to index it', () => {
    expect(elements.some(({ tag, attrs }) => tag === 'meta' && attrs.name === 'robots' && attrs.content === 'noindex')).toBe(true);
  });
});
