/**
 * Validates every file under content/: parses it, checks it against its
 * schema, then checks entries against each other (unique ids, countries and
 * cities that exist, coordinates inside the country, no dates in the future,
 * statement versions that agree, no personal data in cases, no raw HTML in
 * statements, pathway steps that name existing services). Reports every problem in one run. Used by `npm run validate`,
 * by the build integration and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { findPersonalData, PERSONAL_DATA_LABELS } from '../schemas/anonymity';
import { caseSchema, type RightsCase } from '../schemas/cases';
import { countrySchema, type Country } from '../schemas/countries';
import { closest, formatIssues, formatPath, type Problem } from '../schemas/format';
import { findUnsafeMarkup } from '../schemas/html-safety';
import { LOCALES, type Locale } from '../schemas/locales';
import { isMessageKey, message, type MessageKey } from '../schemas/messages';
import { pathwaySchema, type Pathway } from '../schemas/pathways';
import { serviceSchema, type Service } from '../schemas/services';
import { statementSchema, type Statement } from '../schemas/statements';
import { PAGES } from './routes';

/** Options of a validation run. */
export interface ValidateOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  /** Language of the messages. */
  lang?: Locale;
  /** "Today", for the future-date checks; tests pass a fixed day. */
  today?: string;
}

/** A parsed, schema-valid entry and where it came from. */
export interface Loaded<T> {
  file: string;
  data: T;
}

/** What a validation run found. */
export interface ValidationResult {
  problems: Problem[];
  files: number;
  services: Loaded<Service>[];
  countries: Loaded<Country>[];
  statements: Loaded<Statement & { body: string }>[];
  cases: Loaded<RightsCase>[];
  pathways: Loaded<Pathway>[];
}

function listFiles(dir: string): string[] {
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

interface ParsedFile {
  data: unknown;
  /** Line of the value at a path, for annotations. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  body?: string;
}

function parseYamlText(source: string, lineOffset = 0): { ok: true; file: ParsedFile } | { ok: false; line?: number; detail: string } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    return { ok: false, line: line === undefined ? undefined : line + lineOffset, detail: error.message.split('\n')[0] ?? error.code };
  }
  return {
    ok: true,
    file: {
      data: document.toJS(),
      lineOf: (path) => {
        for (let depth = path.length; depth > 0; depth -= 1) {
          const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
          const pair = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
          if (pair !== undefined) return pair + lineOffset;
        }
        return undefined;
      },
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Checks one file against a schema; returns the entry or adds problems. */
function checkFile<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  problems: Problem[],
  lang: Locale,
  format: 'yaml' | 'frontmatter',
  onParsed?: (parsed: ParsedFile) => void,
): { data: z.output<S>; parsed: ParsedFile } | undefined {
  let yamlSource = source;
  let body: string | undefined;
  let lineOffset = 0;
  if (format === 'frontmatter') {
    const match = FRONTMATTER.exec(source);
    if (!match) {
      problems.push({ file, field: '', line: 1, message: message(lang, 'format.frontmatter_missing') });
      return undefined;
    }
    yamlSource = match[1] ?? '';
    body = match[2] ?? '';
    lineOffset = 1;
  }
  const parsed = parseYamlText(yamlSource, lineOffset);
  if (!parsed.ok) {
    problems.push({
      file,
      field: '',
      line: parsed.line,
      message: message(lang, 'format.yaml_syntax', { detail: parsed.detail }),
      hint: message(lang, 'format.yaml_hint'),
    });
    return undefined;
  }
  parsed.file.body = body;
  onParsed?.(parsed.file);
  const result = schema.safeParse(parsed.file.data);
  if (!result.success) {
    for (const problem of formatIssues(file, result.error.issues, parsed.file.data, schema, lang)) {
      const issue = result.error.issues.find((item) => formatPath(item.path) === problem.field);
      problems.push({ ...problem, line: parsed.file.lineOf(issue?.path ?? fieldToPath(problem.field)) });
    }
    return undefined;
  }
  return { data: result.data, parsed: parsed.file };
}

function fieldToPath(field: string): PropertyKey[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function problemAt(
  list: Problem[],
  lang: Locale,
  file: string,
  parsed: ParsedFile | undefined,
  path: PropertyKey[],
  key: MessageKey,
  params: Record<string, unknown> = {},
): void {
  const hintKey = `${key}_hint`;
  list.push({
    file,
    field: formatPath(path),
    line: parsed?.lineOf(path),
    message: message(lang, key, params),
    hint: isMessageKey(hintKey) ? message(lang, hintKey, params) : undefined,
  });
}

/** Every free-text value of a case file, wherever it was written, with its path. */
function caseTexts(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => caseTexts(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      // Dates of the case itself are checked by the schema, not as prose.
      ['date', 'recorded', 'id', 'country', 'city'].includes(key) && path.length === 0 ? [] : caseTexts(value, [...path, key]),
    );
  }
  return [];
}

/** Case ids that would take the address of another page under /<locale>/cases/. */
const RESERVED_CASE_IDS = [PAGES.caseStatistics, PAGES.caseGuide].map((path) => path.split('/').pop()!);

function baseName(file: string): string {
  return file.split('/').pop()!.replace(/\.[^.]+$/, '');
}

/** Validates all content under `<root>/content`. */
export function validateContent(options: ValidateOptions): ValidationResult {
  const lang = options.lang ?? 'en';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const contentDir = join(options.root, 'content');
  const problems: Problem[] = [];
  const result: ValidationResult = { problems, files: 0, services: [], countries: [], statements: [], cases: [], pathways: [] };
  const parsedByFile = new Map<string, ParsedFile>();
  const rel = (full: string) => relative(options.root, full).split(sep).join('/');

  function each(folder: string, ext: string, visit: (file: string, source: string) => void): void {
    for (const full of listFiles(join(contentDir, folder))) {
      const file = rel(full);
      result.files += 1;
      if (!full.endsWith(ext)) {
        problems.push({ file, field: '', message: message(lang, 'check.file_type', { folder: `content/${folder}`, ext }) });
        continue;
      }
      let source: string;
      try {
        source = readFileSync(full, 'utf8');
      } catch (error) {
        problems.push({ file, field: '', message: message(lang, 'check.read_error', { detail: String(error) }) });
        continue;
      }
      visit(file, source);
    }
  }

  function checkAnonymity(file: string, data: unknown): void {
    // Read from the raw file: a case that fails its schema is still screened.
    const precision = (data as { precision?: unknown } | null)?.precision === 'day' ? 'day' : 'month';
    for (const { path, value } of caseTexts(data)) {
      for (const finding of findPersonalData(value, { precision })) {
        problemAt(problems, lang, file, parsedByFile.get(file), path, 'case.personal_data', {
          kind: PERSONAL_DATA_LABELS[lang][finding.kind],
          fragment: finding.masked,
        });
      }
    }
  }

  each('countries', '.yaml', (file, source) => {
    const checked = checkFile(file, source, countrySchema, problems, lang, 'yaml');
    if (!checked) return;
    parsedByFile.set(file, checked.parsed);
    result.countries.push({ file, data: checked.data });
    if (checked.data.id !== baseName(file)) {
      problemAt(problems, lang, file, checked.parsed, ['id'], 'check.id_file_mismatch', { id: checked.data.id, file: baseName(file) });
    }
  });
  // Ids of every service file, valid or not, so a broken service does not also break the pathways naming it.
  const serviceFileIds = new Set<string>();
  each('services', '.yaml', (file, source) => {
    serviceFileIds.add(baseName(file));
    const checked = checkFile(file, source, serviceSchema, problems, lang, 'yaml');
    if (!checked) return;
    parsedByFile.set(file, checked.parsed);
    result.services.push({ file, data: checked.data });
  });
  each('cases', '.yaml', (file, source) => {
    // Personal data is looked for in the raw file, so it is caught even when other fields are wrong.
    const checked = checkFile(file, source, caseSchema, problems, lang, 'yaml', (parsed) => {
      parsedByFile.set(file, parsed);
      checkAnonymity(file, parsed.data);
    });
    if (!checked) return;
    result.cases.push({ file, data: checked.data });
  });
  each('pathways', '.yaml', (file, source) => {
    const checked = checkFile(file, source, pathwaySchema, problems, lang, 'yaml');
    if (!checked) return;
    parsedByFile.set(file, checked.parsed);
    result.pathways.push({ file, data: checked.data });
  });
  each('statements', '.mdx', (file, source) => {
    const checked = checkFile(file, source, statementSchema, problems, lang, 'frontmatter');
    if (!checked) return;
    parsedByFile.set(file, checked.parsed);
    result.statements.push({ file, data: { ...checked.data, body: checked.parsed.body ?? '' } });
  });

  const countries = new Map(result.countries.map((entry) => [entry.data.id, entry.data]));

  function checkUniqueIds(entries: Loaded<{ id: string }>[]): void {
    const seen = new Map<string, string>();
    for (const { file, data } of entries) {
      const other = seen.get(data.id);
      if (other) problemAt(problems, lang, file, parsedByFile.get(file), ['id'], 'check.duplicate_id', { id: data.id, other });
      else seen.set(data.id, file);
    }
  }

  function checkPlace(file: string, country: string, city: string | undefined, point?: { lat: number; lon: number }): void {
    const parsed = parsedByFile.get(file);
    const found = countries.get(country);
    if (!found) {
      problemAt(problems, lang, file, parsed, ['country'], 'check.unknown_country', { country });
      return;
    }
    if (city !== undefined && !found.cities[city]) {
      problemAt(problems, lang, file, parsed, ['city'], 'check.unknown_city', {
        country,
        city,
        cities: Object.keys(found.cities).join(', ') || '—',
      });
    }
    if (point) {
      const { south, west, north, east } = found.bounds;
      if (point.lat < south || point.lat > north || point.lon < west || point.lon > east) {
        problemAt(problems, lang, file, parsed, ['coordinates'], 'check.outside_country', {
          lat: point.lat,
          lon: point.lon,
          country: found.name.en ?? country,
        });
      }
    }
  }

  function checkNotFuture(file: string, path: PropertyKey[], date: string | undefined): void {
    if (date && date > today) problemAt(problems, lang, file, parsedByFile.get(file), path, 'check.in_future', { date });
  }

  checkUniqueIds(result.countries);
  checkUniqueIds(result.services);
  checkUniqueIds(result.cases);
  checkUniqueIds(result.pathways);

  for (const { file, data } of result.countries) checkNotFuture(file, ['updated'], data.updated);

  for (const { file, data } of result.services) {
    if (data.id !== baseName(file)) {
      problemAt(problems, lang, file, parsedByFile.get(file), ['id'], 'check.id_file_mismatch', { id: data.id, file: baseName(file) });
    }
    const expectedFile = `content/services/${data.country}/${data.city}/${data.id}.yaml`;
    if (file !== expectedFile) {
      problems.push({ file, field: '', message: message(lang, 'check.service_folder', { expected: expectedFile }) });
    }
    checkPlace(file, data.country, data.city, data.coordinates);
    checkNotFuture(file, ['verification', 'date'], data.verification.date);
    data.monitoring.forEach((record, index) => checkNotFuture(file, ['monitoring', index, 'date'], record.date));
  }

  for (const { file, data } of result.cases) {
    if (data.id !== baseName(file)) {
      problemAt(problems, lang, file, parsedByFile.get(file), ['id'], 'check.id_file_mismatch', { id: data.id, file: baseName(file) });
    }
    if (RESERVED_CASE_IDS.includes(data.id)) {
      problemAt(problems, lang, file, parsedByFile.get(file), ['id'], 'check.reserved_id', { id: data.id });
    }
    checkPlace(file, data.country, data.city);
    checkNotFuture(file, ['date'], data.date);
    checkNotFuture(file, ['recorded'], data.recorded);
  }

  const servicesById = new Map(result.services.map((entry) => [entry.data.id, entry.data]));
  const serviceIds = [...new Set([...serviceFileIds, ...servicesById.keys()])];
  for (const { file, data } of result.pathways) {
    const parsed = parsedByFile.get(file);
    if (data.id !== baseName(file)) {
      problemAt(problems, lang, file, parsed, ['id'], 'check.id_file_mismatch', { id: data.id, file: baseName(file) });
    }
    checkPlace(file, data.country, data.city);
    checkNotFuture(file, ['verification', 'date'], data.verification.date);
    data.steps.forEach((step, stepIndex) =>
      step.services.forEach((id, index) => {
        const path = ['steps', stepIndex, 'services', index];
        const service = servicesById.get(id);
        if (!service && !serviceFileIds.has(id)) {
          const suggestion = closest(id, serviceIds);
          problems.push({
            file,
            field: formatPath(path),
            line: parsed?.lineOf(path),
            message: message(lang, 'check.unknown_service', { id }),
            hint: suggestion ? message(lang, 'format.did_you_mean', { value: suggestion }) : message(lang, 'check.unknown_service_hint'),
          });
        } else if (service && service.country !== data.country) {
          problemAt(problems, lang, file, parsed, path, 'check.pathway_service_country', { id, other: service.country, country: data.country });
        }
      }),
    );
  }

  const versions = new Map<string, Loaded<Statement & { body: string }>[]>();
  for (const entry of result.statements) {
    const { file, data } = entry;
    const parsed = parsedByFile.get(file);
    const parts = file.split('/');
    const folder = parts.at(-2);
    if (parts.length !== 4 || folder === 'statements') {
      problems.push({ file, field: '', message: message(lang, 'check.statement_folder', { file }) });
    } else if (folder !== data.id) {
      problemAt(problems, lang, file, parsed, ['id'], 'check.id_file_mismatch', { id: data.id, file: folder });
    }
    if (baseName(file) !== data.lang) {
      problemAt(problems, lang, file, parsed, ['lang'], 'check.statement_lang', { file: baseName(file), lang: data.lang });
    }
    checkNotFuture(file, ['date'], data.date);
    if (data.pdf && !existsSync(join(options.root, 'public', data.pdf))) {
      problemAt(problems, lang, file, parsed, ['pdf'], 'check.pdf_missing', { pdf: data.pdf });
    }
    for (const fragment of findUnsafeMarkup(entry.data.body)) {
      problems.push({ file, field: 'body', message: message(lang, 'check.unsafe_html', { fragment }), hint: message(lang, 'check.unsafe_html_hint') });
    }
    // Versions are grouped by folder, so one whose id disagrees with its siblings is reported as such.
    const group = parts.length === 4 && folder ? folder : data.id;
    versions.set(group, [...(versions.get(group) ?? []), entry]);
  }
  for (const [id, group] of versions) {
    for (const field of ['id', 'date', 'original_language', 'topics'] as const) {
      const values = new Set(group.map((entry) => JSON.stringify(entry.data[field])));
      if (values.size > 1) {
        for (const entry of group) {
          problemAt(problems, lang, entry.file, parsedByFile.get(entry.file), [field], 'check.statement_mismatch', {
            field,
            id,
            values: group.map((item) => `${item.data.lang}: ${JSON.stringify(item.data[field])}`).join(', '),
          });
        }
      }
    }
    const original = group.find((entry) => entry.data.lang === entry.data.original_language);
    for (const locale of LOCALES) {
      if (group.some((entry) => entry.data.lang === locale)) continue;
      const declared = original?.data.untranslated.includes(locale);
      if (!declared) {
        const target = original ?? group[0]!;
        problemAt(problems, lang, target.file, parsedByFile.get(target.file), ['untranslated'], 'check.statement_missing_locale', {
          id,
          lang: locale,
        });
      }
    }
  }

  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return result;
}

/** The closing line of a run: how many files and problems. */
export function summarize(result: ValidationResult, lang: Locale = 'en'): string {
  if (result.problems.length === 0) return message(lang, 'summary.ok', { files: result.files });
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  return message(lang, 'summary.problems', { count: result.problems.length, files });
}
