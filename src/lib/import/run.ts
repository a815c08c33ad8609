/**
 * One run of `npm run import` after its flags are read: loads or writes the
 * column mapping, plans every row, writes what may be written, and prints the
 * report in the contributor's language. Kept apart from the script so tests
 * run it in-process and the script answers --help without loading it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Problem } from '../../schemas/format';
import type { Locale } from '../../schemas/locales';
import type { UiKey } from '../../i18n';
import { message } from '../../schemas/messages';
import { validateContent } from '../validation';
import { IMPORT_FIELDS, mappingYaml, readMapping, starterMapping, type Mapping } from './mapping';
import { planImport, type RowPlan, type RowStatus } from './plan';
import { readSheet, type SheetRow } from './read-sheet';

/** What to import and how. */
export interface ImportOptions {
  root: string;
  /** Absolute path of the sheet. */
  sheet: string;
  /** Absolute path of the mapping file. */
  mappingFile: string;
  lang: Locale;
  write: boolean;
  update: boolean;
  today: string;
  /** Where report lines go (console.log in the script). */
  print: (line: string) => void;
}

/** A key of the importer's report, without its `import.` prefix: the words are in the dictionaries (src/i18n/*.ts). */
type ImportKey = UiKey extends infer Key ? (Key extends `import.${infer Name}` ? Name : never) : never;

/** The importer's message `key` in `lang`: `{{name}}` placeholders filled, plural form chosen by `count`. */
function importMessage(lang: Locale, key: ImportKey, params: Record<string, string | number> = {}): string {
  return message(lang, `import.${key}`, params);
}

/** A validator problem without its file (the row says which), hint included. */
function problemText(problem: Problem, lang: Locale): string {
  const text = `${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
  return problem.hint ? `${text}\n    ${message(lang, 'format.hint')}: ${problem.hint}` : text;
}

const STATUSES: RowStatus[] = ['new', 'changed', 'present', 'duplicate', 'rejected'];

/** The report line and indented details for one row. */
function rowReport(plan: RowPlan, lang: Locale, written: boolean, update: boolean): string[] {
  const t = (key: ImportKey, params: Record<string, string | number> = {}) =>
    importMessage(lang, key, { row: plan.row, ...params });
  const file = plan.file ?? '';
  let head: string;
  if (plan.status === 'new') head = t(written ? 'row.new_written' : 'row.new', { file });
  else if (plan.status === 'changed')
    head = t(written && update ? 'row.changed_written' : written ? 'row.changed_skipped' : 'row.changed', { file });
  else if (plan.status === 'present') head = t('row.present', { file });
  else if (plan.status === 'duplicate') {
    const match = plan.duplicate!;
    const reason = t(match.reason === 'phone' ? 'reason.phone' : 'reason.name', { value: match.value });
    head =
      'file' in match.of.where
        ? t('row.duplicate_file', { where: match.of.where.file, reason })
        : t('row.duplicate_row', { where: match.of.where.row, reason });
  } else head = t('row.rejected');
  const details = [
    ...plan.errors.map((note) => `  ✗ ${t(`note.${note.key}`, note.params)}`),
    ...plan.problems.map((problem) => `  ✗ ${problemText(problem, lang)}`),
    ...plan.notes.map((note) => `  · ${t(`note.${note.key}`, note.params)}`),
  ];
  return [head, ...details];
}

function summary(plans: RowPlan[], lang: Locale): string {
  const counts = STATUSES.filter((status) => plans.some((plan) => plan.status === status)).map((status) =>
    importMessage(lang, `summary.${status}` as const, { count: plans.filter((plan) => plan.status === status).length }),
  );
  return `${importMessage(lang, 'summary.rows', { count: plans.length })}: ${counts.join(', ')}`;
}

/** The mapping to use, or an exit code after writing a starter or explaining what is wrong. */
function loadMapping(
  rows: SheetRow[],
  sheet: string,
  mappingFile: string,
  lang: Locale,
  print: (line: string) => void,
): Mapping | number {
  const near = relative(process.cwd(), mappingFile);
  const shown = near && !near.startsWith('..') ? near : mappingFile;
  if (!existsSync(mappingFile)) {
    const starter = starterMapping(rows, basename(sheet));
    if (!starter) {
      print(importMessage(lang, 'mapping.no_header', { file: sheet }));
      return 1;
    }
    const comments = {
      intro: importMessage(lang, 'mapping.intro', { sheet: basename(sheet), fields: IMPORT_FIELDS.join(', ') }),
      country: importMessage(lang, 'mapping.country'),
      columns: importMessage(lang, 'mapping.columns'),
    };
    writeFileSync(mappingFile, mappingYaml(starter, comments), { flag: 'wx' });
    print(importMessage(lang, 'mapping.written', { file: shown }));
    return 1;
  }
  const read = readMapping(readFileSync(mappingFile, 'utf8'));
  if (!read.ok) {
    print(
      [importMessage(lang, 'mapping.invalid', { file: shown }), ...read.problems.map((line) => `  ✗ ${line}`)].join(
        '\n',
      ),
    );
    return 1;
  }
  const header = rows.find((row) => row.number === read.mapping.header_row)?.cells ?? [];
  const missing = Object.keys(read.mapping.columns).find((column) => !header.includes(column));
  if (missing) {
    print(importMessage(lang, 'mapping.missing_column', { column: missing, row: read.mapping.header_row }));
    return 1;
  }
  return read.mapping;
}

/**
 * Runs an import and returns the exit code: 0 no row rejected, 1 rows
 * rejected or a mapping to write or fix first.
 */
export function runImport(options: ImportOptions): number {
  const { root, sheet, lang, print } = options;
  const rows = readSheet(sheet);
  const mapping = loadMapping(rows, sheet, options.mappingFile, lang, print);
  if (typeof mapping === 'number') return mapping;

  const content = validateContent({ root, lang, today: options.today });
  const plans = planImport({
    root,
    rows,
    mapping,
    countries: content.countries,
    services: content.services,
    sheetName: basename(sheet),
    today: options.today,
    lang,
  });
  let written = 0;
  if (options.write) {
    for (const plan of plans) {
      if (!plan.yaml || !plan.file || (plan.status === 'changed' && !options.update)) continue;
      const target = join(root, plan.file);
      mkdirSync(dirname(target), { recursive: true });
      // A new entry never replaces a file that appeared meanwhile ('wx'); an update replaces on purpose.
      writeFileSync(target, plan.yaml, { flag: plan.status === 'new' ? 'wx' : 'w' });
      written += 1;
    }
  }
  for (const plan of plans) print(rowReport(plan, lang, options.write, options.update).join('\n'));
  print(`\n${summary(plans, lang)}`);
  print(
    options.write ? importMessage(lang, 'summary.written', { count: written }) : importMessage(lang, 'summary.dry_run'),
  );
  if (plans.some((plan) => plan.status === 'new' || plan.status === 'changed'))
    print(importMessage(lang, 'summary.next'));
  return plans.some((plan) => plan.status === 'rejected') ? 1 : 0;
}
