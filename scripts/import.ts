/**
 * npm run import -- FILE [--mapping FILE] [--lang ru|sr|en] [--write [--update]]
 *
 * Imports services from a spreadsheet (CSV, XLSX, ODS). A dry run by default:
 * prints what each row would become. Exit codes: 0 no row rejected, 1 rows
 * rejected or a mapping to check first, 2 wrong usage.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLangOption, readCommandLine } from './cli';
import { todayIso } from '../src/lib/dates';
import { sheetFormat } from '../src/lib/import/read-sheet';
import type { Locale } from '../src/schemas/locales';

const HELP = `Usage: npm run import -- FILE [options]

Reads services from a spreadsheet (.csv, .xlsx or .ods) and turns each row
into an entry under content/services/. Nothing is written unless you say
--write; without it you get a report per row (a dry run).

The first time, a starter column mapping is written next to the sheet
(FILE without its extension + .mapping.yaml), made from the header row:
column titles in Russian, Serbian or English are recognised. Check it, then
run the same command again.

Options:
  --mapping FILE      the column mapping (default: next to the sheet)
  --lang ru|sr|en     language of the report (default: en, or $CONTENT_LANG)
  --write             write the new entries
  --update            with --write, also update entries that already exist
                      and differ from the sheet (never without it)
  --root DIR          project folder (default: current folder)
  --today YYYY-MM-DD  the day to record as the import date (default: today)
  -h, --help          show this help

Every entry is checked like "npm run validate" before it is written.
Imported entries are marked unverified, with the sheet as their source.
A row that looks like an existing entry (same phone, or a similar name in
the same city) is reported and never merged.

Exit code: 0 no row rejected, 1 rows rejected or a mapping to check,
2 wrong usage.`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      mapping: { type: 'string' },
      lang: { type: 'string' },
      write: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      root: { type: 'string', default: process.cwd() },
      today: { type: 'string' },
    },
    HELP,
    true,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values, positionals } = commandLine;
  const langOption = values.lang ?? process.env.CONTENT_LANG ?? 'en';
  if (!isLangOption(langOption)) return 2;
  const lang: Locale = langOption;
  if (positionals.length !== 1) {
    console.error(`Give exactly one spreadsheet file (.csv, .xlsx or .ods).\n\n${HELP}`);
    return 2;
  }
  const sheet = resolve(positionals[0]!);
  if (!sheetFormat(sheet)) {
    console.error(`${positionals[0]} is not a .csv, .xlsx or .ods file.`);
    return 2;
  }
  if (!existsSync(sheet)) {
    console.error(`There is no file ${positionals[0]}.`);
    return 2;
  }
  if (values.update && !values.write) {
    console.error('--update only makes sense with --write.');
    return 2;
  }
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today must be a date written YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const root = resolve(values.root!);
  if (!existsSync(join(root, 'content'))) {
    console.error(`There is no content/ folder in ${root}. Run this in the project folder, or pass --root.`);
    return 2;
  }

  // Loaded only now, so --help and usage mistakes answer at once.
  const { runImport } = await import('../src/lib/import/run');
  return runImport({
    root,
    sheet,
    mappingFile: resolve(values.mapping ?? sheet.replace(/\.[^.]+$/, '.mapping.yaml')),
    lang,
    write: values.write!,
    update: values.update!,
    today,
    print: (line) => console.log(line),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The import itself failed — this is a bug, please report it: ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
