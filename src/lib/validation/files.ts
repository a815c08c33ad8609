/**
 * Reading content files: listing a folder, splitting frontmatter from a
 * body, parsing YAML with line numbers for the messages.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

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
  /** The text after the frontmatter, for Markdown and MDX files. */
  body?: string;
}

/** Why a file could not be parsed. */
export interface ParseFailure {
  line?: number;
  detail: string;
}

/** Parses YAML text; `lineOffset` shifts reported lines (frontmatter starts on line 2). */
export function parseYamlText(
  source: string,
  lineOffset = 0,
): { ok: true; file: ParsedFile } | { ok: false; failure: ParseFailure } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    return {
      ok: false,
      failure: {
        line: line === undefined ? undefined : line + lineOffset,
        detail: error.message.split('\n')[0] ?? error.code,
      },
    };
  }
  return {
    ok: true,
    file: {
      data: document.toJS(),
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

/** Splits `---` frontmatter from the body; undefined when the file has none. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : undefined;
}

/** The file's name without folder and extension. */
export function baseName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}
