/**
 * Validates every file under content/: each collection's files are read,
 * parsed and checked against their schema (collection modules in this
 * folder, listed in collections.ts), then each entry and each collection is
 * checked against the rest of the content. Reports every problem in one run.
 * Used by `npm run validate`, by the build integration and by the tests.
 */
import { formatPath, type Problem } from '../../schemas/format';
import type { Locale } from '../../schemas/locales';
import { isMessageKey, message } from '../../schemas/messages';
import type { Collection } from './collection';
import { loadCollection, type StoredEntry } from './collection';
import { COLLECTIONS } from './collections';
import type { CheckContext, CollectionName, ContentEntries } from './context';
import type { ParsedFile } from './files';

export type { CheckContext, CollectionName, ContentEntries, Loaded } from './context';
export type { StoredEntry } from './collection';

/** Options of a validation run. */
export interface ValidateOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  /** Language of the messages. */
  lang?: Locale;
  /** "Today", for the future-date checks; tests pass a fixed day. */
  today?: string;
  /**
   * Keep what was read for the build's content loaders in this process
   * (`loadForBuild`), when nothing is wrong: each file is then parsed once
   * per build instead of twice. Set by the build integration.
   */
  shareWithBuild?: boolean;
}

/** What a validation run found: problems, the number of files, and every schema-valid entry by collection. */
export type ValidationResult = { problems: Problem[]; files: number } & ContentEntries;

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * Where a validation run leaves its entries for the content loaders. A
 * global symbol, not a module variable: Astro loads the integrations (from
 * astro.config.mjs) and src/content.config.ts as separate module instances.
 */
const SHARED = Symbol.for('enpud.validated-entries');
type Shared = { root: string; stored: Partial<Record<CollectionName, StoredEntry[]>> };
const shared = globalThis as { [SHARED]?: Shared };

function createContext(options: ValidateOptions, parsedFiles: Map<string, ParsedFile>): CheckContext {
  const lang = options.lang ?? 'en';
  return {
    lang,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    root: options.root,
    content: Object.fromEntries(NAMES.map((name) => [name, []])) as unknown as ContentEntries,
    files: Object.fromEntries(NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, string[]>,
    problem: (file, path, key, params = {}) => {
      const hintKey = `${key}_hint`;
      return {
        file,
        field: formatPath(path),
        line: parsedFiles.get(file)?.lineOf(path),
        message: message(lang, key, params),
        hint: isMessageKey(hintKey) ? message(lang, hintKey, params) : undefined,
      };
    },
    fileProblem: (file, key, params = {}) => ({ file, field: '', message: message(lang, key, params) }),
  };
}

/** Validates all content under `<root>/content`. */
export function validateContent(options: ValidateOptions): ValidationResult {
  const parsedFiles = new Map<string, ParsedFile>();
  const context = createContext(options, parsedFiles);
  const problems: Problem[] = [];
  const stored: Shared['stored'] = {};
  for (const name of NAMES) {
    const loaded = loadCollection(COLLECTIONS[name] as Collection<unknown>, context, parsedFiles);
    (context.content as unknown as Record<CollectionName, unknown[]>)[name] = loaded.entries;
    context.files[name] = loaded.files;
    stored[name] = loaded.stored;
    problems.push(...loaded.problems);
  }
  for (const name of NAMES) {
    const collection = COLLECTIONS[name] as Collection<unknown>;
    const entries = context.content[name];
    if (collection.checkEntry) for (const entry of entries) problems.push(...collection.checkEntry(entry, context));
    if (collection.checkAll) problems.push(...collection.checkAll(entries, context));
  }
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  if (options.shareWithBuild) shared[SHARED] = problems.length === 0 ? { root: options.root, stored } : undefined;
  const files = NAMES.reduce((sum, name) => sum + context.files[name].length, 0);
  return { problems, files, ...context.content };
}

/**
 * One collection read exactly as the validator reads it, for the build's
 * content loader: the entries to store (files without problems) and the
 * problems. Checks that need other collections are the validator's run
 * before the build (src/integrations/content-validation.ts). When that run
 * found nothing wrong in the same `root` and `reuse` is set (a build, not a
 * dev server watching for edits), its reading is used instead of a second one.
 */
export function loadForBuild(
  name: CollectionName,
  root: string,
  reuse = false,
): { stored: StoredEntry[]; problems: Problem[] } {
  const kept = shared[SHARED];
  const reused = reuse && kept?.root === root ? kept.stored[name] : undefined;
  if (reused) return { stored: reused, problems: [] };
  const parsedFiles = new Map<string, ParsedFile>();
  const { stored, problems } = loadCollection(
    COLLECTIONS[name] as Collection<unknown>,
    createContext({ root }, parsedFiles),
    parsedFiles,
  );
  return { stored, problems };
}

/** The closing line of a run: how many files and problems. */
export function summarize(result: Pick<ValidationResult, 'problems' | 'files'>, lang: Locale = 'en'): string {
  if (result.problems.length === 0) return message(lang, 'summary.ok', { count: result.files });
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  return message(lang, 'summary.problems', {
    count: result.problems.length,
    in_files: message(lang, 'summary.in_files', { count: files }),
  });
}
