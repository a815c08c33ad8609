/**
 * Reads a spreadsheet (CSV, XLSX or ODS) into rows of text cells, numbered as
 * the contributor sees them in their spreadsheet program (row 1 is the first).
 *
 * CSV goes through csv-parse, which keeps every cell as the text that was
 * written ("029 123-45-67" keeps its leading zero, "52,78" stays text); XLSX
 * and ODS through SheetJS (@e965/xlsx), reading each cell's displayed text.
 * Merged cells are unmerged by copying the value into every cell of the
 * merge: a city merged over ten rows belongs to each of the ten services.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import * as XLSX from '@e965/xlsx';

/** One row of a sheet: its number in the sheet (1-based) and its cells as trimmed text. */
export interface SheetRow {
  number: number;
  cells: string[];
}

/** The formats the importer reads, by file extension. */
export const SHEET_FORMATS = ['csv', 'xlsx', 'ods'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/** The format of a file from its extension, or undefined when the importer cannot read it. */
export function sheetFormat(file: string): SheetFormat | undefined {
  const ext = extname(file).slice(1).toLowerCase();
  return (SHEET_FORMATS as readonly string[]).includes(ext) ? (ext as SheetFormat) : undefined;
}

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), or, when the
 * bytes are not valid UTF-8, Windows-1251 — what Excel writes for
 * "CSV" on a computer set to Russian or Serbian Cyrillic.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/**
 * The field separator of a CSV text, judged on its first non-empty lines:
 * Excel writes ";" where the decimal mark is a comma (ru, sr), "," elsewhere.
 */
export function csvDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .slice(0, 10);
  const count = (char: string) => lines.reduce((sum, line) => sum + line.split(char).length - 1, 0);
  return ['\t', ';', ','].reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

function rowsFromCsv(text: string): SheetRow[] {
  const records = parseCsv(text, {
    delimiter: csvDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return records.map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => cell.trim()) }));
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  // The displayed text (w) is what the contributor sees: 52,78 rather than 52.78 in a Russian sheet.
  return String(cell.w ?? cell.v).trim();
}

function rowsFromWorkbook(bytes: Uint8Array): SheetRow[] {
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: false, dense: false });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!];
  if (!sheet?.['!ref']) return [];
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r += 1) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c += 1) cells.push(cellText(sheet[XLSX.utils.encode_cell({ r, c })]));
    rows.push(cells);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r += 1) {
      for (let c = merge.s.c; c <= merge.e.c; c += 1) if (rows[r]) rows[r]![c] = value;
    }
  }
  return rows.map((cells, index) => ({ number: index + 1, cells }));
}

/** Every row of the first sheet of a CSV, XLSX or ODS file, blank rows included (they keep the numbering). */
export function readSheet(file: string): SheetRow[] {
  const format = sheetFormat(file);
  const bytes = readFileSync(file);
  if (format === 'csv') return rowsFromCsv(decodeCsv(bytes));
  return rowsFromWorkbook(bytes);
}
