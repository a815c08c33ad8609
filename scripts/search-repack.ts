/**
 * Re-cuts a language's Pagefind index in place after Pagefind wrote it:
 * smaller word index chunks and short result file names (see
 * src/lib/search-repack.ts for why). Used by scripts/search-index.ts.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cbor2';
import {
  chunkRanges,
  chunkWords,
  contentNames,
  fragmentNames,
  hashOf,
  type MetaIndex,
  type WordIndex,
} from '../src/lib/search-repack';

/** Every file of Pagefind's index: gzip of a signature and CBOR. */
const SIGNATURE = 'pagefind_dcd';

function readIndexFile<T>(path: string): T {
  const raw = gunzipSync(readFileSync(path));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${path} is not a Pagefind file`);
  return decode(raw.subarray(SIGNATURE.length)) as T;
}

/** Writes `value` as a Pagefind file under `name(bytes)`; returns the name. */
function writeIndexFile(value: unknown, name: (encoded: Uint8Array) => string, path: (name: string) => string): string {
  const encoded = encode(value);
  const chosen = name(encoded);
  writeFileSync(path(chosen), gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encoded]), { level: 9 }));
  return chosen;
}

/** Cuts the language's word index into smaller chunks (see src/lib/search-repack.ts); updates `meta`. */
function rechunk(output: string, language: string, meta: MetaIndex): void {
  const chunkPath = (name: string) => join(output, 'index', `${name}.pf_index`);
  const words = meta[2].flatMap(([, , hash]) => readIndexFile<WordIndex>(chunkPath(hash))[0]);
  for (const [, , hash] of meta[2]) rmSync(chunkPath(hash));
  const chunks = chunkWords(words);
  const encoded = chunks.map((chunk) => encode([chunk]));
  const names = contentNames(encoded, language);
  chunks.forEach((chunk, index) => writeIndexFile([chunk], () => names[index]!, chunkPath));
  meta[2] = chunkRanges(chunks).map(([from, to], index) => [from, to, names[index]!]);
}

/** Gives the language's result files short names (see src/lib/search-repack.ts); updates `meta`. */
function renameFragments(output: string, language: string, meta: MetaIndex): void {
  // Pages in a fragment group are keys inside the group's file: Pagefind does not group ours, and they would keep their names.
  if (meta[1].some(([, , group]) => group)) return;
  const names = fragmentNames(
    meta[1].map(([hash]) => hash),
    language,
  );
  const fragmentPath = (name: string) => join(output, 'fragment', `${name}.pf_fragment`);
  for (const [hash, name] of names) renameSync(fragmentPath(hash), fragmentPath(name));
  meta[1] = meta[1].map(([hash, words, group]) => [names.get(hash)!, words, group]);
}

/** Re-cuts one language's index as Pagefind wrote it under `metaHash`; returns the hash of its new metadata. */
export function repack(output: string, language: string, metaHash: string): string {
  const metaPath = (hash: string) => join(output, `pagefind.${hash}.pf_meta`);
  const meta = readIndexFile<MetaIndex>(metaPath(metaHash));
  rechunk(output, language, meta);
  renameFragments(output, language, meta);
  rmSync(metaPath(metaHash));
  return writeIndexFile(meta, (encoded) => `${language}_${hashOf(encoded).slice(0, 10)}`, metaPath);
}
