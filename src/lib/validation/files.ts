/**
 * Reading content files: listing a folder, splitting frontmatter from a
 * body, parsing YAML with line numbers for the messages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, isCollection, isPair, LineCounter, parseDocument, type Node } from 'yaml';
import type { MessageKey } from '../../schemas/messages';

/** No entry comes near this size; a larger file is refused before it is parsed. */
export const MAX_FILE_KB = 256;
/** Levels of nested fields; the deepest schema (a monitoring record's availability map) needs 4. */
export const MAX_DEPTH = 10;
/** Indentation (spaces) or brackets beyond which the text cannot be an entry: checked before parsing. */
const MAX_INDENT = 64;

/** Every file under `dir` (hidden ones skipped), sorted; none when it does not exist. */
export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/** A file's parsed data and where its values are. */
export interface ParsedFile {
  data: unknown;
  /** Line of the value at a path, for annotations. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The text after the frontmatter, for Markdown files. */
  body?: string;
  /** The line the body starts on. */
  bodyLine?: number;
}

/** Why a file could not be read or parsed: a message key, its parameters, and the line when known. */
export interface ParseFailure {
  key: MessageKey;
  params?: Record<string, unknown>;
  line?: number;
}

/**
 * Reads a content file as text: refuses files over `MAX_FILE_KB` and bytes
 * that are not UTF-8, drops a byte-order mark and turns Windows line ends
 * (CRLF) into LF, so files saved by any editor read the same.
 */
export function readContentText(path: string): { ok: true; text: string } | { ok: false; failure: ParseFailure } {
  const size = statSync(path).size;
  if (size > MAX_FILE_KB * 1024) {
    return {
      ok: false,
      failure: { key: 'file.too_large', params: { size: Math.ceil(size / 1024), limit: MAX_FILE_KB } },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return { ok: false, failure: { key: 'file.not_text' } };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** The first line whose indentation or open brackets go deeper than any entry does, before the parser sees it. */
function tooDeepLine(source: string): number | undefined {
  const lines = source.split('\n');
  let brackets = 0;
  for (const [index, line] of lines.entries()) {
    if (line.length - line.trimStart().length > MAX_INDENT) return index + 1;
    // Brackets inside quotes are counted too: a false alarm needs more than MAX_DEPTH of them open at once.
    for (const char of line) {
      if (char === '[' || char === '{') brackets += 1;
      else if ((char === ']' || char === '}') && brackets > 0) brackets -= 1;
      if (brackets > MAX_DEPTH) return index + 1;
    }
  }
  return undefined;
}

/** How deep the parsed document nests, and whether it uses an alias; iterative, so no depth overflows the stack. */
function shapeOf(root: unknown): { depth: number; alias: boolean } {
  let depth = 0;
  const stack: { node: unknown; level: number }[] = [{ node: root, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (isAlias(node)) return { depth, alias: true };
    if (isPair(node)) {
      stack.push({ node: node.key, level }, { node: node.value, level });
    } else if (isCollection(node)) {
      depth = Math.max(depth, level + 1);
      if (depth > MAX_DEPTH) return { depth, alias: false };
      for (const item of node.items as Node[]) stack.push({ node: item, level: level + 1 });
    }
  }
  return { depth, alias: false };
}

/**
 * Parses YAML text; `lineOffset` shifts reported lines (frontmatter starts on
 * line 2). Too deep nesting is refused before parsing and again, exactly, after;
 * aliases are refused before they are expanded. It never throws.
 */
export function parseYamlText(
  source: string,
  lineOffset = 0,
): { ok: true; file: ParsedFile } | { ok: false; failure: ParseFailure } {
  const deepLine = tooDeepLine(source);
  if (deepLine !== undefined)
    return { ok: false, failure: { key: 'file.too_deep', params: { count: MAX_DEPTH }, line: deepLine + lineOffset } };
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    return {
      ok: false,
      failure: {
        key: 'format.yaml_syntax',
        params: { detail: error.message.split('\n')[0] ?? error.code },
        line: line === undefined ? undefined : line + lineOffset,
      },
    };
  }
  const shape = shapeOf(document.contents);
  if (shape.alias) return { ok: false, failure: { key: 'file.alias' } };
  if (shape.depth > MAX_DEPTH) return { ok: false, failure: { key: 'file.too_deep', params: { count: MAX_DEPTH } } };
  return {
    ok: true,
    file: {
      data: document.toJS({ maxAliasCount: 0 }),
      lineOf: (path) => {
        for (let depth = path.length; depth > 0; depth -= 1) {
          const node = document.getIn(path.slice(0, depth) as unknown[], true) as
            { range?: [number, number, number] } | undefined;
          const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
          if (line !== undefined) return line + lineOffset;
        }
        return undefined;
      },
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits `---` frontmatter from the body (and the line the body starts on); undefined when the file has none. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: match[2] ?? '', bodyLine: yaml.split('\n').length + 3 };
}

/** The file's name without folder and extension. */
export function baseName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}
