import { describe, expect, it } from 'vitest';
import { chunkRanges, chunkWords, contentNames, fragmentNames, type PackedWord } from '../../src/lib/search-repack';

/** A word on `pages` pages with `locations` positions on each. */
const word = (text: string, pages: number, locations = 1): PackedWord => [
  text,
  Array.from({ length: pages }, (_, page) => [page, Array.from({ length: locations }, (__, at) => at)]),
];

describe('chunkWords', () => {
  it('closes a chunk once it holds the given number of positions, a page counting one more', () => {
    // 2 pages × (1 location + 1) = 4 positions each.
    const words = ['a', 'b', 'c', 'd', 'e'].map((text) => word(text, 2));
    expect(chunkWords(words, 8).map((chunk) => chunk.map(([text]) => text))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('keeps a word that alone exceeds the size whole, in a chunk of its own after the chunk before it closes', () => {
    const words = [word('a', 1), word('big', 100, 3), word('c', 1)];
    expect(chunkWords(words, 10).map((chunk) => chunk.map(([text]) => text))).toEqual([['a', 'big'], ['c']]);
  });

  it('keeps every word, in order', () => {
    const words = Array.from({ length: 50 }, (_, index) => word(`w${String(index).padStart(2, '0')}`, (index % 7) + 1));
    expect(chunkWords(words, 12).flat()).toEqual(words);
  });
});

describe('chunkRanges', () => {
  const chunks = [
    [word('мол', 1), word('на', 1)],
    [word('навык', 1), word('налоксон', 1)],
    [word('намерен', 1), word('направлен', 1)],
    [word('юрист', 1)],
  ];

  it('starts a chunk at the shortest beginning of its first word that sorts after the chunk before, as Pagefind does', () => {
    expect(chunkRanges(chunks).map(([from]) => from)).toEqual(['мол', 'нав', 'нам', 'ю']);
  });

  it('ends a chunk at its whole last word, so that searching for that word needs this chunk only', () => {
    const ranges = chunkRanges(chunks);
    expect(ranges.map(([, to]) => to)).toEqual(['на', 'налоксон', 'направлен', 'юрист']);
    // Pagefind's own search: the chunk whose range holds the word, compared as strings.
    const holding = ranges.filter(([from, to]) => 'налоксон' >= from && 'налоксон' <= to);
    expect(holding).toEqual([['нав', 'налоксон']]);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(chunkRanges([[word('a😀x', 1)], [word('a😀y', 1)]])).toEqual([
      ['a😀x', 'a😀x'],
      ['a😀y', 'a😀y'],
    ]);
  });
});

describe('fragmentNames', () => {
  const hashes = ['ru_5521e94', 'ru_16e35e5', 'ru_5521e94', 'ru_9d2db1c', 'ru_7777777'];

  it('numbers the files in base 36 after the language and one hash per group of pages', () => {
    const names = [...fragmentNames(hashes, 'ru', 2).values()];
    expect(names).toHaveLength(4);
    expect(names[0]).toMatch(/^ru_[0-9a-f]{8}_0$/);
    expect(names[1]).toBe(names[0]!.replace(/_0$/, '_1'));
    expect(names[2]).toMatch(/^ru_[0-9a-f]{8}_0$/);
    expect(names[2]).not.toBe(names[0]);
    expect(names[3]).toBe(names[2]!.replace(/_0$/, '_1'));
  });

  it('gives identical pages (one original file) one name', () => {
    const names = fragmentNames(hashes, 'ru');
    expect(names.get('ru_5521e94')).toBe(names.get(hashes[2]!));
  });

  it('renames the files of a group when one of its pages changes, so a name never stands for two contents, and only those', () => {
    const before = fragmentNames(hashes, 'ru', 2);
    const after = fragmentNames(['ru_5521e94', 'ru_16e35e5', 'ru_0000000', 'ru_7777777'], 'ru', 2);
    const kept = [...after.values()].filter((name) => [...before.values()].includes(name));
    expect(kept).toEqual([before.get('ru_5521e94'), before.get('ru_16e35e5')]);
  });
});

describe('contentNames', () => {
  it('names each content by its hash, like Pagefind: language and seven hex digits', () => {
    const names = contentNames([Buffer.from('one'), Buffer.from('two')], 'sr');
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^sr_[0-9a-f]{7}$/);
    expect(names[0]).not.toBe(names[1]);
  });

  it('lengthens a name that would repeat one given before', () => {
    const names = contentNames([Buffer.from('same'), Buffer.from('same')], 'en');
    expect(names[1]!.startsWith(names[0]!)).toBe(true);
    expect(names[1]).not.toBe(names[0]);
  });
});
