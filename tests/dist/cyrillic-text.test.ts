/**
 * The text of the Serbian Cyrillic edition reads as Serbian Cyrillic:
 * - no English was transliterated into gibberish («едиториал теам», «оф
 *   аццесс»): text in another language keeps its script and its `lang`;
 * - no Serbian UI word was left in Latin script outside an element marked as
 *   another language or as a name (`translate="no"`), in the page text or in
 *   the messages handed to its scripts (`data-messages`);
 * - no human text for a script travels outside `data-messages` (in other
 *   `data-*` JSON or a `<script type="application/json">`), where the
 *   edition would leave it in Latin script;
 * - the map loads the edition's own data (places, service types and names in
 *   Cyrillic) and links to the edition's pages, not to the Latin ones.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYRILLIC_SEGMENT } from '../../src/lib/cyrillic-edition';
import { mapAddressesOf, type MapFile, type MapPageAddresses } from '../../src/lib/map-format';
import { SITE } from '../../src/site.config';
import { listHtmlFiles, readDist, requireDist } from '../support/dist';
import { elementsOf } from '../support/html';

/** Frequent English words as the transliteration would spell them; none is a Serbian word. */
const TRANSLITERATED_ENGLISH = ['оф', 'анд', 'тхе', 'сампле', 'теам', 'едиториал', 'аццесс', 'тхис', 'wитх', 'ентрy', 'qуалитy', 'нетwорк'];
/** Frequent Serbian UI words, as they look when a string was not transliterated. */
const LATIN_SERBIAN = ['pronađen', 'otvori', 'dodaj', 'listić', 'uslug', 'službe', 'službi', 'prikaži', 'prikazano', 'zatvor', 'sačuvaj', 'radno vreme', 'sada radi', 'odgovara', 'sledeć', 'danas', 'otkazan'];
/** Elements whose content is code, data or typed by the reader, never page prose. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'textarea', 'kbd', 'samp', 'var', 'svg', 'math']);

const wordPattern = (words: string[]) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'giu');
const ENGLISH_IN_CYRILLIC = wordPattern(TRANSLITERATED_ENGLISH);
/** A word with letters only Serbian Latin script has: never in text that was transliterated. */
const SERBIAN_LATIN_WORD = /\p{L}*[čćđšžČĆĐŠŽ]\p{L}*/gu;
const LATIN_SERBIAN_WORD = new RegExp(`(?<!\\p{L})(?:${LATIN_SERBIAN.join('|')})`, 'giu');
/** A word that mixes Cyrillic and Latin letters is always a transliteration accident. */
const MIXED_SCRIPT_WORD = /(?=\p{L}*\p{Script=Cyrillic})(?=\p{L}*\p{Script=Latin})\p{L}+/gu;

/** A piece of text of a page and whether the page says it is Serbian. */
interface TextPiece {
  text: string;
  serbian: boolean;
  where: string;
}

/** Every text node, every string of `data-messages` and of other JSON for scripts, with the language it is marked as. */
function textPieces(html: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const visit = (node: T.ParentNode, serbian: boolean, path: string) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        pieces.push({ text: (child as T.TextNode).value, serbian, where: path });
        continue;
      }
      if (!('tagName' in child)) continue;
      const attrs = Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value]));
      const lang = attrs.lang;
      const childSerbian = (lang === undefined ? serbian : /^sr(?:-|$)/i.test(lang)) && attrs.translate !== 'no';
      const childPath = `${path} > ${child.tagName}${attrs.class ? `.${attrs.class.split(/\s+/)[0]}` : ''}`;
      for (const [name, value] of Object.entries(attrs)) {
        if (name !== 'data-messages' && !(name.startsWith('data-') && /^\s*[[{]/.test(value))) continue;
        for (const text of jsonStrings(value)) pieces.push({ text, serbian: childSerbian, where: `${childPath}[${name}]` });
      }
      if (child.tagName === 'script' && attrs.type === 'application/json') {
        const json = child.childNodes.map((node) => (node as T.TextNode).value ?? '').join('');
        for (const text of jsonStrings(json)) pieces.push({ text, serbian: childSerbian, where: `${childPath}[type=application/json]` });
      }
      if (NOT_PROSE.has(child.tagName)) continue;
      visit(child, childSerbian, childPath);
      if (child.tagName === 'template') visit((child as T.Template).content, childSerbian, childPath);
    }
  };
  visit(parse(html), false, '');
  return pieces;
}

function jsonStrings(json: string): string[] {
  const out: string[] = [];
  try {
    JSON.parse(json, (_key, value: unknown) => {
      if (typeof value === 'string') out.push(value);
      return value;
    });
  } catch {
    // not JSON: the Cyrillic edition's own test reports that
  }
  return out;
}

let dist: string;
let pages: string[];

beforeAll(() => {
  dist = requireDist();
  pages = listHtmlFiles(dist).filter((file) => file.startsWith(`${CYRILLIC_SEGMENT}/`));
});

/** "file: «match» in …: …text…" for each match of `pattern` in the pieces `select` keeps. */
function findings(pattern: RegExp, select: (piece: TextPiece) => boolean): string[] {
  const found: string[] = [];
  for (const file of pages) {
    for (const piece of textPieces(readDist(file, dist)).filter(select)) {
      for (const match of piece.text.matchAll(pattern)) {
        const context = piece.text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' ');
        found.push(`${file}: «${match[0]}» in${piece.where}: …${context}…`);
      }
    }
  }
  return found;
}

describe('text of the Serbian Cyrillic edition', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has no English word transliterated into Cyrillic', () => {
    const found = [...findings(ENGLISH_IN_CYRILLIC, () => true), ...findings(MIXED_SCRIPT_WORD, () => true)];
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });

  it('has no Serbian UI word left in Latin script outside text marked as another language or as a name', () => {
    const found = findings(LATIN_SERBIAN_WORD, (piece) => piece.serbian);
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });
});

/** The file under dist/ of a site-relative URL: `/sr-cyrl/map/services.json` → `sr-cyrl/map/services.json`. */
const fileOfUrl = (url: string) => url.slice(SITE.base.length).replace(/^\//, '');

describe('the map of the Serbian Cyrillic edition', () => {
  /** What the map page of the edition loads and links to, as its script works it out from the page. */
  const addresses = () => {
    const map = elementsOf(readDist(`${CYRILLIC_SEGMENT}/map/index.html`, dist)).find(({ tag }) => tag === 'service-map');
    expect(map, 'the map page has a <service-map>').toBeDefined();
    return mapAddressesOf(JSON.parse(map!.attrs['data-config'] ?? '{}') as MapPageAddresses, 'sr-Cyrl');
  };

  it('loads data of its own and links to the edition\'s service pages and slip', () => {
    const { data, serviceUrl, slipUrl } = addresses();
    const edition = `${SITE.base}/${CYRILLIC_SEGMENT}/`;
    expect({ data, serviceUrl, slipUrl }).toEqual({
      data: expect.stringMatching(`^${edition}`),
      serviceUrl: expect.stringMatching(`^${edition}`),
      slipUrl: expect.stringMatching(`^${edition}`),
    });
    expect(existsSync(join(dist, fileOfUrl(data))), data).toBe(true);
  });

  it('shows places, service types and names in Cyrillic, with no Serbian word left in Latin script', () => {
    const { data } = addresses();
    const file = JSON.parse(readDist(fileOfUrl(data), dist)) as MapFile;
    const texts = [
      ...file.typeLabels.map((text) => ({ text, where: 'type' })),
      ...file.places.flatMap((place) => [
        { text: place.cityName, where: `city ${place.city}` },
        { text: place.countryName, where: `country ${place.country}` },
      ]),
      ...file.rows.map(([id, name]) => ({ text: name, where: `service ${id}` })),
    ];
    expect(texts.length).toBeGreaterThan(10);
    const found = texts.flatMap(({ text, where }) =>
      [SERBIAN_LATIN_WORD, LATIN_SERBIAN_WORD, ENGLISH_IN_CYRILLIC, MIXED_SCRIPT_WORD].flatMap((pattern) =>
        [...text.matchAll(pattern)].map((match) => `${data}: «${match[0]}» in ${where}: ${text}`),
      ),
    );
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
    // At least one text of each kind really is Cyrillic: a file of ids and numbers would pass the above.
    for (const kind of ['type', 'city', 'service'])
      expect(texts.some(({ text, where }) => where.startsWith(kind) && /\p{Script=Cyrillic}/u.test(text)), kind).toBe(
        true,
      );
  });
});
