/**
 * Pagefind's index, re-cut so that a first search downloads less
 * (scripts/search-index.ts applies it to each language after Pagefind writes
 * it). Two things of Pagefind 1.x's output cost a first query more than they
 * need to, and neither is an option of Pagefind's:
 *
 * - **Page names in the metadata.** Every search first loads the language's
 *   metadata, which names every indexed page's result file by its content
 *   hash (`ru_5521e94`). Seven random hex digits do not compress: at 10,000
 *   services they are 64 KB of the 65 KB file. Here the files are named
 *   `<language>_<group>_<number>` instead, `<group>` a hash of the original
 *   names of 512 pages in a row (so a name never means two contents, and a
 *   browser's cached copy is never wrong), `<number>` the page's place in
 *   the group in base 36: the names then compress to almost nothing and the
 *   metadata to about half.
 * - **Index chunk size.** Pagefind cuts the word index into chunks of about
 *   20,000 word positions; a query loads the chunk of each of its words. A
 *   chunk of frequent words is ~19 KB while the word searched for is often a
 *   third of it. Cut smaller, a query loads little more than its own words.
 *
 * The data structures are Pagefind's own (its `index/mod.rs`): only file
 * names and chunk boundaries change, chosen as Pagefind chooses them except
 * where `chunkRanges` says.
 */
import { createHash } from 'node:crypto';

/** A word of the index and, per page (by number), where on the page it occurs. */
export type PackedWord = [word: string, pages: [page: number, locations: number[]][]];
/** A chunk of the word index as Pagefind writes it: one field, its words in order. */
export type WordIndex = [words: PackedWord[]];
/** A page in the metadata: its result file's name, its word count, its fragment group. */
export type MetaPage = [hash: string, wordCount: number, group: string];
/** A chunk in the metadata: the first and last word it may hold (shortened to what tells them apart), its file. */
export type MetaChunk = [from: string, to: string, hash: string];
/** Pagefind's metadata: version, pages, index chunks, filters, sorts, meta field names. */
export type MetaIndex = [version: string, pages: MetaPage[], chunks: MetaChunk[], ...rest: unknown[]];

/** Word positions per index chunk: a quarter of Pagefind's 20,000 (measured at 10,000 services, see docs/benchmarks.md). */
export const CHUNK_POSITIONS = 5000;

/** Pagefind's `chunk_index`: words in order, a chunk closed once it holds `size` positions (a page counts one more). */
export function chunkWords(words: readonly PackedWord[], size = CHUNK_POSITIONS): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let positions = 0;
  for (const word of words) {
    positions += word[1].reduce((sum, [, locations]) => sum + locations.length + 1, 0);
    chunk.push(word);
    if (positions >= size) {
      chunks.push(chunk);
      chunk = [];
      positions = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** The shortest beginning of `word` that still sorts after `previous` (Pagefind's `get_prefixes`, second half). */
function distinctStart(previous: string, word: string): string {
  const left = [...previous];
  const right = [...word];
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common += 1;
  return right.slice(0, common + 1).join('');
}

/**
 * Each chunk's range of words for the metadata: from the shortest beginning
 * of its first word that tells it from the chunk before (as Pagefind's
 * `chunk_meta`) to its whole last word. Pagefind also shortens the last
 * word, so that a search for exactly that word falls outside the range and
 * loads its neighbour as well, "in case"; with small chunks, which close
 * right after a frequent word, that would be the case of the most searched
 * words (measured: "налоксон" loaded 17 KB of a neighbouring chunk).
 */
export function chunkRanges(chunks: readonly PackedWord[][]): [from: string, to: string][] {
  return chunks.map((chunk, index) => {
    const first = chunk[0]?.[0] ?? '';
    const before = chunks[index - 1]?.at(-1)?.[0];
    return [before === undefined ? first : distinctStart(before, first), chunk.at(-1)?.[0] ?? ''];
  });
}

/** Hex digest of `data`. */
export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Result files per name group: the names of a group change together, when
 * any of its pages does, so a saved offline copy of the index downloads a
 * group again (~300 KB at 0.6 KB a page) when one of its entries was edited,
 * not every result file of the language.
 */
export const NAME_GROUP = 512;

/**
 * New names for the pages' result files, in the order given:
 * `<language>_<group hash>_<number in the group, base 36>`, the group hash
 * taken over the original names of the group's pages. The same original name
 * (identical pages) keeps one new name.
 */
export function fragmentNames(hashes: readonly string[], language: string, group = NAME_GROUP): Map<string, string> {
  const unique = [...new Set(hashes)];
  const names = new Map<string, string>();
  for (let start = 0; start < unique.length; start += group) {
    const members = unique.slice(start, start + group);
    const set = hashOf(members.join('\n')).slice(0, 8);
    members.forEach((hash, index) => names.set(hash, `${language}_${set}_${index.toString(36)}`));
  }
  return names;
}

/**
 * `<language>_<hex>` names for contents, as Pagefind names its files: `length`
 * hex digits of each content's hash, more where two would collide.
 */
export function contentNames(contents: readonly Uint8Array[], language: string, length = 7): string[] {
  const taken = new Set<string>();
  return contents.map((content) => {
    const digest = hashOf(content);
    let size = length;
    while (taken.has(digest.slice(0, size)) && size < digest.length) size += 1;
    taken.add(digest.slice(0, size));
    return `${language}_${digest.slice(0, size)}`;
  });
}
