/**
 * One collection's validation, as data: where its files live, how they are
 * parsed, its schema and its checks. `loadCollection` reads and parses the
 * files; the orchestrator (index.ts) then runs the checks with every
 * collection loaded.
 */
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { formatIssues, formatPath, type Problem } from '../../schemas/format';
import { BODY_LIMIT, overlongTexts } from '../../schemas/limits';
import { inspectMarkdown } from '../markdown';
import type { Locale } from '../../schemas/locales';
import { isMessageKey, message } from '../../schemas/messages';
import type { CheckContext, Loaded } from './context';
import {
  listFiles,
  parseYamlText,
  readContentText,
  splitFrontmatter,
  type ParseFailure,
  type ParsedFile,
} from './files';

/** How one collection is read and checked. `T` is the entry a check sees. */
export interface Collection<T> {
  /** Folder under `content/`. */
  folder: string;
  /** File extension, with the dot. */
  ext: string;
  /** `yaml`: the whole file is data; `frontmatter`: YAML between `---` lines, then a body. */
  format: 'yaml' | 'frontmatter';
  schema: z.ZodType;
  /** Builds the entry from schema-valid data and the body (frontmatter files). */
  toEntry(data: unknown, body: string): T;
  /** The entry's id in Astro's collection (default: its `id` field). */
  entryId(file: string, data: Record<string, unknown>): string;
  /** Checks of the raw parsed data (and Markdown body), run even when the schema fails (e.g. personal data). */
  checkParsed?(file: string, data: unknown, context: CheckContext, body?: MarkdownBody): Problem[];
  /** Checks of one schema-valid entry, with every collection loaded. */
  checkEntry?(entry: Loaded<T>, context: CheckContext): Problem[];
  /** Checks across all entries of this collection, with every collection loaded. */
  checkAll?(entries: Loaded<T>[], context: CheckContext): Problem[];
}

/** Declares a collection; the entry type follows from the schema unless `toEntry` says otherwise. */
export function defineCollection<S extends z.ZodType, T = z.output<S>>(
  spec: Omit<Collection<NoInfer<T>>, 'schema' | 'toEntry' | 'entryId'> & {
    schema: S;
    toEntry?: (data: z.output<S>, body: string) => T;
    entryId?: Collection<T>['entryId'];
  },
): Collection<T> {
  return {
    ...spec,
    toEntry: (spec.toEntry ?? ((data) => data as unknown as T)) as Collection<T>['toEntry'],
    entryId: spec.entryId ?? ((_file, data) => String(data.id)),
  };
}

/** A file's Markdown body and the line it starts on. */
export interface MarkdownBody {
  text: string;
  line: number;
}

/** One entry as the build's content loader stores it. */
export interface StoredEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

/** What loading one collection found. */
export interface LoadedCollection<T> {
  entries: Loaded<T>[];
  /** Every file read (project-relative), valid or not. */
  files: string[];
  /** Problems found while reading, parsing and checking against the schema. */
  problems: Problem[];
  /** What the build stores for each file that has no problem: Astro's id, the schema's output, the Markdown body. */
  stored: StoredEntry[];
}

function fieldToPath(field: string): PropertyKey[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function failureProblem(file: string, failure: ParseFailure, lang: Locale): Problem {
  const hintKey = failure.key === 'format.yaml_syntax' ? 'format.yaml_hint' : `${failure.key}_hint`;
  return {
    file,
    field: '',
    line: failure.line,
    message: message(lang, failure.key, failure.params),
    hint: isMessageKey(hintKey) ? message(lang, hintKey, failure.params) : undefined,
  };
}

/** Parses one file's text; a problem when it cannot be read as the collection's format. */
function parseSource(
  file: string,
  source: string,
  format: Collection<unknown>['format'],
  lang: Locale,
): ParsedFile | Problem {
  let yaml = source;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (format === 'frontmatter') {
    const split = splitFrontmatter(source);
    if (!split) return { file, field: '', line: 1, message: message(lang, 'format.frontmatter_missing') };
    ({ yaml, body, bodyLine } = split);
  }
  const parsed = parseYamlText(yaml, format === 'frontmatter' ? 1 : 0);
  return parsed.ok ? { ...parsed.file, body, bodyLine } : failureProblem(file, parsed.failure, lang);
}

/** Texts longer than their field's limit, the body included. */
function lengthProblems(file: string, parsed: ParsedFile, context: CheckContext): Problem[] {
  const problems = overlongTexts(parsed.data).map(({ path, length, limit }) =>
    context.problem(file, path, 'text.too_long', { count: length, limit }),
  );
  if (parsed.body !== undefined && parsed.body.length > BODY_LIMIT) {
    problems.push({
      ...context.problem(file, ['body'], 'text.too_long', { count: parsed.body.length, limit: BODY_LIMIT }),
    });
  }
  return problems;
}

/** What a Markdown body may not contain: raw HTML, unsafe links, images from other sites. */
function bodyProblems(file: string, parsed: ParsedFile, lang: Locale): Problem[] {
  if (parsed.body === undefined) return [];
  const offset = (parsed.bodyLine ?? 1) - 1;
  return inspectMarkdown(parsed.body).findings.map(({ kind, fragment, line }) => ({
    file,
    field: 'body',
    line: line === undefined ? undefined : line + offset,
    message: message(lang, `markdown.${kind}`, { fragment }),
    hint: message(lang, `markdown.${kind}_hint`),
  }));
}

/** One file: read, parse, raw checks, schema. Returns its problems and, when valid, its entry. */
function loadFile<T>(
  collection: Collection<T>,
  file: string,
  full: string,
  context: CheckContext,
  parsedFiles: Map<string, ParsedFile>,
): { problems: Problem[]; entry?: Loaded<T>; stored?: StoredEntry } {
  const { lang } = context;
  const read = readContentText(full);
  if (!read.ok) return { problems: [failureProblem(file, read.failure, lang)] };
  const parsed = parseSource(file, read.text, collection.format, lang);
  if ('message' in parsed) return { problems: [parsed] };
  parsedFiles.set(file, parsed);
  const problems = [
    ...lengthProblems(file, parsed, context),
    ...bodyProblems(file, parsed, lang),
    ...(collection.checkParsed?.(
      file,
      parsed.data,
      context,
      parsed.body === undefined ? undefined : { text: parsed.body, line: parsed.bodyLine ?? 1 },
    ) ?? []),
  ];
  const result = collection.schema.safeParse(parsed.data);
  if (!result.success) {
    for (const problem of formatIssues(file, result.error.issues, parsed.data, collection.schema, lang)) {
      const issue = result.error.issues.find((item) => formatPath(item.path) === problem.field);
      problems.push({ ...problem, line: parsed.lineOf(issue?.path ?? fieldToPath(problem.field)) });
    }
    return { problems };
  }
  const data = result.data as Record<string, unknown>;
  return {
    problems,
    entry: { file, data: collection.toEntry(data, parsed.body ?? '') },
    stored: { id: collection.entryId(file, data), file, data, body: parsed.body },
  };
}

/**
 * Reads, parses and schema-checks every file of a collection; each parsed
 * file is added to `parsedFiles`, where the context finds the lines of later problems.
 */
export function loadCollection<T>(
  collection: Collection<T>,
  context: CheckContext,
  parsedFiles: Map<string, ParsedFile>,
): LoadedCollection<T> {
  const { root, lang } = context;
  const loaded: LoadedCollection<T> = { entries: [], files: [], problems: [], stored: [] };
  for (const full of listFiles(join(root, 'content', collection.folder))) {
    const file = relative(root, full).split(sep).join('/');
    loaded.files.push(file);
    if (!full.endsWith(collection.ext)) {
      const wasMdx = full.endsWith('.mdx') && collection.ext === '.md';
      loaded.problems.push(
        wasMdx
          ? context.fileProblem(file, 'markdown.not_markdown', { file })
          : context.fileProblem(file, 'check.file_type', {
              folder: `content/${collection.folder}`,
              ext: collection.ext,
            }),
      );
      continue;
    }
    try {
      const { problems, entry, stored } = loadFile(collection, file, full, context, parsedFiles);
      loaded.problems.push(...problems);
      if (entry) loaded.entries.push(entry);
      if (stored && problems.length === 0) loaded.stored.push(stored);
    } catch (error) {
      // Whatever a file holds, the run goes on and names it: a per-file failure is never the validator's crash.
      loaded.problems.push(
        failureProblem(file, { key: 'file.unreadable', params: { detail: String(error).split('\n')[0] } }, lang),
      );
    }
  }
  return loaded;
}
