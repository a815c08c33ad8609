/** content/statements/<id>/<lang>.md: one language version of a position statement (Markdown; see src/lib/markdown.ts). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../schemas/format';
import { LOCALES } from '../../schemas/locales';
import { statementSchema, type Statement } from '../../schemas/statements';
import { notInFuture } from './checks';
import { defineCollection } from './collection';
import { screenBody, screenProse } from './privacy';
import type { CheckContext, Loaded } from './context';
import { baseName } from './files';

type StatementEntry = Loaded<Statement & { body: string }>;

/** The statement's folder, which groups its language versions; undefined when the file is not in one. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length === 4 && parts[2] !== undefined ? parts[2] : undefined;
}

/** A language version's id in Astro's collection: "<statement id>/<lang>", from its path. */
export function versionId(file: string): string {
  return file.split('/').slice(-2).join('/').replace(/\.md$/, '');
}

/** One version: its folder and file name, date, PDF and body. */
function checkVersion({ file, data }: StatementEntry, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const folder = folderOf(file);
  if (!folder) problems.push(context.fileProblem(file, 'check.statement_folder', { file }));
  else if (folder !== data.id)
    problems.push(context.problem(file, ['id'], 'check.id_file_mismatch', { id: data.id, file: folder }));
  if (baseName(file) !== data.lang)
    problems.push(context.problem(file, ['lang'], 'check.statement_lang', { file: baseName(file), lang: data.lang }));
  problems.push(...notInFuture(file, ['date'], data.date, context));
  if (data.pdf && !existsSync(join(context.root, 'public', data.pdf))) {
    problems.push(context.problem(file, ['pdf'], 'check.pdf_missing', { pdf: data.pdf }));
  }
  return problems;
}

/** Versions of one statement agree on the shared fields, and every language has a version or is marked untranslated. */
function checkVersions(id: string, group: StatementEntry[], context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['id', 'date', 'original_language', 'topics'] as const) {
    const values = new Set(group.map((entry) => JSON.stringify(entry.data[field])));
    if (values.size <= 1) continue;
    const list = group.map((item) => `${item.data.lang}: ${JSON.stringify(item.data[field])}`).join(', ');
    for (const entry of group)
      problems.push(context.problem(entry.file, [field], 'check.statement_mismatch', { field, id, values: list }));
  }
  const original = group.find((entry) => entry.data.lang === entry.data.original_language);
  for (const locale of LOCALES) {
    if (group.some((entry) => entry.data.lang === locale) || original?.data.untranslated.includes(locale)) continue;
    const target = original ?? group[0]!;
    problems.push(
      context.problem(target.file, ['untranslated'], 'check.statement_missing_locale', { id, lang: locale }),
    );
  }
  return problems;
}

/** Statements: each version on its own, then the versions of each statement together. */
export const statements = defineCollection({
  folder: 'statements',
  ext: '.md',
  format: 'frontmatter',
  schema: statementSchema,
  checkParsed: (file, data, context, body) => [...screenProse(file, data, context), ...screenBody(file, body, context)],
  toEntry: (data, body) => ({ ...data, body }),
  entryId: versionId,
  checkEntry: checkVersion,
  checkAll: (entries, context) => {
    // Versions are grouped by folder, so one whose id disagrees with its siblings is reported as such.
    const groups = new Map<string, StatementEntry[]>();
    for (const entry of entries) {
      const group = folderOf(entry.file) ?? entry.data.id;
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
    return [...groups].flatMap(([id, group]) => checkVersions(id, group, context));
  },
});
