/**
 * tsx scripts/search-index.ts [--dist DIR]
 *
 * Builds the Pagefind search index of dist/, one language at a time, through
 * Pagefind's Node API. The CLI (`pagefind --site dist`) holds every page of
 * every language in memory until it writes: at 30,000 services (90,000
 * indexed pages) it peaked at 7.2 GB. Each language is a separate index in
 * Pagefind's format anyway (its own words, fragments, filters and metadata,
 * all named by content), so this script indexes one language, writes it,
 * stops Pagefind's process so its memory is returned, and goes on with the
 * next; at the end it writes the entry file that lists all of them, exactly as
 * the CLI would have.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { repack } from './search-repack';
import { LOCALES } from '../src/schemas/locales';
import { readCommandLine } from './cli';

const HELP = `Usage: tsx scripts/search-index.ts [--dist DIR]

Indexes the pages of each language (dist/<locale>/**/*.html; the Serbian
Cyrillic edition searches the Serbian index) with Pagefind, one language at a
time to keep memory low, and writes dist/pagefind/. Run after astro build.

Options:
  --dist DIR   the built site (default: dist)
  -h, --help   show this help

Exit codes: 0 indexed, 1 Pagefind reported an error.`;

/**
 * Files Pagefind writes that the site never loads: its ready-made search
 * interfaces (the search page has its own, src/scripts/site-search.ts), the
 * highlighting script, and the web worker, which the search page turns off.
 * Removed so no one downloads them, the offline packs cannot pick them up,
 * and dist/ does not carry ~0.5 MB of dead code.
 */
const UNUSED_OUTPUT = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** What Pagefind's entry file says about each language's index. */
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** Indexes one language's pages into `output`; returns that language's part of the entry file. */
async function indexLanguage(dist: string, locale: string, output: string): Promise<Entry> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: dist, glob: `${locale}/**/*.html` });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as Entry;
  for (const [language, written] of Object.entries(entry.languages))
    written.hash = repack(output, language, written.hash);
  const pages = entry.languages[locale]?.page_count ?? 0;
  console.log(`search index ${locale}: ${pages} of ${added.page_count} pages indexed`);
  await index.deleteIndex();
  // Ends Pagefind's process, so the next language starts from nothing.
  await close();
  return entry;
}

async function main(): Promise<number> {
  const commandLine = readCommandLine({ dist: { type: 'string', default: 'dist' } }, HELP);
  if ('exit' in commandLine) return commandLine.exit;
  const dist = commandLine.values.dist;
  const output = join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  let merged: Entry | undefined;
  for (const locale of LOCALES) {
    const entry = await indexLanguage(dist, locale, output);
    // A page of another language in this folder would make an index that overwrites one written before.
    const again = Object.keys(entry.languages).filter((language) => merged?.languages[language]);
    if (again.length) throw new Error(`${dist}/${locale}/ holds pages in ${again.join(', ')}, indexed already`);
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  }
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(merged));
  for (const name of UNUSED_OUTPUT) rmSync(join(output, name), { force: true });
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(
      `Pagefind could not index ${process.argv.join(' ')}: ${error instanceof Error ? error.message : String(error)}`,
    );
    await close();
    process.exit(1);
  },
);
