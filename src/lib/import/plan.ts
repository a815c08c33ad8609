/**
 * Plans an import: what each row of a sheet would become (a new entry, an
 * update of an existing one, nothing because it is already there, a
 * duplicate, or rejected) and the file each new or updated entry would be.
 * Every entry to be written is first checked by the full validator in a
 * scratch copy next to the project's countries, so a row is only accepted
 * when the file it makes would pass `npm run validate` — with its messages
 * when it would not.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { Country } from '../../schemas/countries';
import type { Problem } from '../../schemas/format';
import type { Locale } from '../../schemas/locales';
import { serviceSchema, type Service } from '../../schemas/services';
import { entryYaml } from '../scaffold';
import { validateContent, type Loaded } from '../validation';
import { KnownServices, type DuplicateMatch, type KnownService } from './duplicates';
import type { ImportField, Mapping } from './mapping';
import type { SheetRow } from './read-sheet';
import { rowEntry, type RowNote } from './row-entry';

/** What happens to one row. */
export type RowStatus = 'new' | 'changed' | 'present' | 'duplicate' | 'rejected';

/** The plan for one row. */
export interface RowPlan {
  row: number;
  status: RowStatus;
  /** The entry's file, relative to the project root (new, changed and present rows). */
  file?: string;
  duplicate?: DuplicateMatch;
  notes: RowNote[];
  /** Why a row is rejected: the importer's own reasons (missing name, unknown city)… */
  errors: RowNote[];
  /** …or the validator's problems with the file it would make. */
  problems: Problem[];
  /** The text to write, for new and changed rows. */
  yaml?: string;
}

/** Everything `planImport` needs. */
export interface ImportInput {
  root: string;
  rows: readonly SheetRow[];
  mapping: Mapping;
  countries: Loaded<Country>[];
  services: Loaded<Service>[];
  sheetName: string;
  today: string;
  lang: Locale;
}

/** Each field's text in a row, by the mapping's columns; fill-down fields repeat the last value above. */
function cellsByField(
  rows: readonly SheetRow[],
  mapping: Mapping,
): { row: SheetRow; cells: Partial<Record<ImportField, string>> }[] {
  const header = rows.find((row) => row.number === mapping.header_row)?.cells ?? [];
  const columns = header.map((title) => (title ? mapping.columns[title] : null) ?? null);
  const last: Partial<Record<ImportField, string>> = {};
  return rows
    .filter((row) => row.number > mapping.header_row && row.cells.some((cell) => cell.trim()))
    .map((row) => {
      const cells: Partial<Record<ImportField, string>> = {};
      row.cells.forEach((cell, index) => {
        const field = columns[index];
        if (field && cell) cells[field] = cells[field] ? `${cells[field]}, ${cell}` : cell;
      });
      for (const field of mapping.fill_down) {
        if (cells[field]) last[field] = cells[field];
        else if (last[field]) cells[field] = last[field];
      }
      return { row, cells };
    });
}

function known(
  service: {
    id: string;
    country: string;
    city: string;
    name: Record<string, string | undefined>;
    phones?: { number: string }[];
  },
  where: KnownService['where'],
): KnownService {
  return {
    id: service.id,
    country: service.country,
    city: service.city,
    names: Object.values(service.name).filter((name): name is string => Boolean(name)),
    phones: (service.phones ?? []).map((phone) => phone.number),
    where,
  };
}

/** An entry with its defaults applied and without its verification, for "is this the same?". */
function comparable(entry: unknown): string | undefined {
  const parsed = serviceSchema.safeParse(entry);
  if (!parsed.success) return undefined;
  const { verification: _ignored, ...facts } = parsed.data;
  return JSON.stringify(facts, Object.keys(facts).sort());
}

/**
 * An existing entry with the sheet's facts written over it: texts are replaced
 * in the sheet's language only (translations stay), and the verification
 * becomes the sheet's, since the facts now come from it.
 */
function merged(
  existing: Record<string, unknown>,
  entry: Record<string, unknown>,
  lang: Locale,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(entry)) {
    const old = existing[key];
    const isText =
      value && typeof value === 'object' && !Array.isArray(value) && lang in value && Object.keys(value).length === 1;
    out[key] = isText && old && typeof old === 'object' ? { ...old, ...value } : value;
  }
  out.untranslated = existing.untranslated ?? entry.untranslated;
  out.original_language = existing.original_language ?? entry.original_language;
  return out;
}

/** Decides each row's status before validation. */
function classify(input: ImportInput): RowPlan[] {
  const countries = new Map(input.countries.map(({ data }) => [data.id, data]));
  const byId = new Map(input.services.map((service) => [service.data.id, service]));
  const index = new KnownServices();
  for (const { file, data } of input.services) index.add(known(data, { file }));
  // Ids taken by earlier rows: a later row with the same id is the same service written twice.
  const claimed = new Map<string, KnownService>();
  return cellsByField(input.rows, input.mapping).map(({ row, cells }) => {
    const built = rowEntry(cells, { mapping: input.mapping, countries, today: input.today });
    const plan: RowPlan = {
      row: row.number,
      status: 'rejected',
      notes: built.notes,
      errors: built.errors,
      problems: [],
    };
    const entry = built.entry;
    if (!entry || built.errors.length) return plan;
    const id = String(entry.id);
    const comment = `Imported from ${input.sheetName}, row ${row.number}, by npm run import on ${input.today}. Unverified: check it with the service.`;
    const self = known(entry as Parameters<typeof known>[0], { row: row.number });
    const earlier = claimed.get(id);
    if (earlier) {
      const phone = self.phones.find((number) => earlier.phones.includes(number));
      const duplicate: DuplicateMatch = phone
        ? { of: earlier, reason: 'phone', value: phone }
        : { of: earlier, reason: 'name', value: earlier.names[0] ?? id };
      return { ...plan, status: 'duplicate', duplicate, notes: [] };
    }
    claimed.set(id, self);
    const duplicate = index.match(self);
    const existing = byId.get(id);
    if (existing) {
      const raw = parse(readFileSync(join(input.root, existing.file), 'utf8')) as Record<string, unknown>;
      const update = merged(raw, entry, input.mapping.language);
      const same = comparable(update) === comparable(raw);
      if (same) return { ...plan, status: 'present', file: existing.file, notes: [] };
      return { ...plan, status: 'changed', file: existing.file, yaml: entryYaml(update, comment) };
    }
    if (duplicate) return { ...plan, status: 'duplicate', duplicate, notes: [] };
    index.add(self);
    const file = `content/services/${String(entry.country)}/${String(entry.city)}/${id}.yaml`;
    return { ...plan, status: 'new', file, yaml: entryYaml(entry, comment) };
  });
}

/**
 * Runs the validator over the files the plan would write, in a scratch folder
 * holding them and the project's countries; a row whose file has problems is
 * rejected with them.
 */
function validatePlanned(root: string, plans: RowPlan[], lang: Locale, today: string): void {
  const toWrite = plans.filter((plan) => plan.yaml && plan.file);
  if (toWrite.length === 0) return;
  const scratch = mkdtempSync(join(tmpdir(), 'import-'));
  try {
    mkdirSync(join(scratch, 'content'), { recursive: true });
    const countries = join(root, 'content', 'countries');
    if (existsSync(countries)) symlinkSync(countries, join(scratch, 'content', 'countries'), 'dir');
    for (const plan of toWrite) {
      mkdirSync(dirname(join(scratch, plan.file!)), { recursive: true });
      writeFileSync(join(scratch, plan.file!), plan.yaml!);
    }
    const byFile = new Map<string, Problem[]>();
    for (const problem of validateContent({ root: scratch, lang, today }).problems) {
      byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    }
    for (const plan of toWrite) {
      const problems = byFile.get(plan.file!);
      if (!problems) continue;
      plan.status = 'rejected';
      plan.problems = problems;
      plan.yaml = undefined;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The plan for every non-blank row below the header, in sheet order. */
export function planImport(input: ImportInput): RowPlan[] {
  const plans = classify(input);
  validatePlanned(input.root, plans, input.lang, input.today);
  return plans;
}
