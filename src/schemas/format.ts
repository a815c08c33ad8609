/**
 * Turns zod issues and cross-check findings into messages a contributor who
 * is not a programmer can act on:
 *
 *   content/services/by/soligorsk/dispensary.yaml › coordinates.lat: expected a number between -90 and 90, got "53,8"
 *     hint: …
 *
 * Used by the build integration and by `npm run validate` alike.
 */
import { z } from 'astro/zod';
import type { Locale } from './locales';
import { isMessageKey, message, type MessageKey } from './messages';
import { VOCABULARIES, type Vocabulary } from './vocabularies';

/** One thing wrong with one file. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Dotted field path, e.g. `coordinates.lat` or `phones[0].number`; empty for the whole file. */
  field: string;
  message: string;
  hint?: string;
  /** 1-based line of the field in the file, when known (for pull-request annotations). */
  line?: number;
}

type Path = readonly PropertyKey[];

/** `['phones', 0, 'number']` → `phones[0].number`. */
export function formatPath(path: Path): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value found at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) {
      current = def.innerType as AnySchema;
    } else if (def.type === 'pipe') {
      current = (def.out as AnySchema)._zod.def.type === 'transform' ? (def.in as AnySchema) : (def.out as AnySchema);
    } else {
      return current;
    }
  }
  return current;
}

/** The sub-schema that describes the value at `path`, following objects, arrays and maps. */
export function schemaAt(schema: AnySchema, path: Path): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const part of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else if (def.type === 'record') current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

function metaExpected(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 10; depth += 1) {
    const meta = z.globalRegistry.get(current) as { expected?: string } | undefined;
    if (meta?.expected) return meta.expected;
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (['optional', 'default', 'nullable', 'prefault'].includes(def.type)) current = def.innerType as AnySchema;
    else if (def.type === 'pipe') current = def.out as AnySchema;
    else current = undefined;
  }
  return undefined;
}

function enumValues(schema: AnySchema): string[] | undefined {
  const def = unwrap(schema)._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'literal') return (def.values as unknown[]).map(String);
  return undefined;
}

/** Describes in plain words what a schema accepts. */
export function describeExpected(schema: AnySchema | undefined, lang: Locale): string {
  if (!schema) return message(lang, 'format.text');
  const key = metaExpected(schema);
  if (key && isMessageKey(`expected.${key}`)) return message(lang, `expected.${key}` as MessageKey);
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
  const numeric = inner as unknown as {
    minValue?: number | null;
    maxValue?: number | null;
    format?: string | null;
    minLength?: number | null;
  };
  switch (def.type) {
    case 'enum':
      return message(lang, 'format.one_of', { values: enumValues(inner)!.join(', ') });
    case 'literal':
      return message(lang, 'format.the_value', { value: enumValues(inner)!.join(', ') });
    case 'number': {
      const { minValue: min, maxValue: max } = numeric;
      if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max)) {
        return message(lang, 'format.number_between', { min, max });
      }
      if (numeric.format === 'safeint') return message(lang, 'format.whole_number');
      if (typeof min === 'number' && Number.isFinite(min)) return message(lang, 'format.number_at_least', { min });
      return message(lang, 'format.number');
    }
    case 'boolean':
      return message(lang, 'format.true_or_false');
    case 'array': {
      const min = (
        inner as unknown as { _zod: { def: { checks?: { _zod: { def: { check: string; minimum?: number } } }[] } } }
      )._zod.def.checks
        ?.map((check) => check._zod.def)
        .find((check) => check.check === 'min_length')?.minimum;
      return min ? message(lang, 'format.list_at_least', { count: min }) : message(lang, 'format.list');
    }
    case 'object':
    case 'record':
      return message(lang, 'format.group');
    default:
      return message(lang, 'format.text');
  }
}

/**
 * Describes in plain words the value a contributor wrote, as the second half
 * of `format.expected_got` ("got …" in English, «а поле пустое» in Russian).
 */
export function describeGot(value: unknown, lang: Locale): string {
  if (value === undefined || value === null) return message(lang, 'format.got_nothing');
  if (typeof value === 'string')
    return value.trim() === ''
      ? message(lang, 'format.got_empty_text')
      : message(lang, 'format.got_text', { value: JSON.stringify(truncate(value)) });
  if (typeof value === 'number') return message(lang, 'format.got_number', { value });
  if (typeof value === 'boolean') return message(lang, 'format.got_yes_no', { value: String(value) });
  if (value instanceof Date) return message(lang, 'format.got_text', { value: value.toISOString().slice(0, 10) });
  if (Array.isArray(value)) return message(lang, 'format.got_list');
  return message(lang, 'format.got_group');
}

/** The value a contributor wrote, quoted, for the parenthesis after a custom check's message. */
function describeWritten(value: unknown, lang: Locale): string {
  return message(lang, 'format.you_wrote', {
    value: typeof value === 'string' ? JSON.stringify(truncate(value)) : String(value),
  });
}

function truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Levenshtein distance, to suggest the value a contributor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The vocabulary key among `options` whose label, in any language, is what a
 * contributor wrote: "Nalokson" or "налоксон" → naloxone.
 */
export function keyOfLabel(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const wanted = value.trim().toLocaleLowerCase();
  for (const vocabulary of Object.values(VOCABULARIES) as Vocabulary[]) {
    for (const key of options) {
      const terms = vocabulary[key];
      if (terms && Object.values(terms).some((term) => term.label.toLocaleLowerCase() === wanted)) return key;
    }
  }
  return undefined;
}

/** The closest of `options` to `value`, if it is close enough to be a likely typo. */
export function closest(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const lower = value.toLowerCase().trim();
  let best: { option: string; score: number } | undefined;
  for (const option of options) {
    const score = option.startsWith(lower) || lower.startsWith(option) ? 0.5 : distance(lower, option);
    if (!best || score < best.score) best = { option, score };
  }
  return best && best.score <= Math.max(2, Math.floor(best.option.length / 3)) ? best.option : undefined;
}

/** What every issue of one failed parse is read against. */
interface IssueContext {
  file: string;
  /** The parsed file, to quote what was written. */
  data: unknown;
  /** The schema it was checked against, to say what was expected. */
  schema: AnySchema;
  lang: Locale;
}

/** Fields the schema does not know: one problem each, with the likely meant field or the list of known ones. */
function unknownFieldProblems(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  { file, schema, lang }: IssueContext,
): Problem[] {
  const parent = schemaAt(schema, issue.path);
  const parentDef = parent
    ? (unwrap(parent)._zod.def as unknown as { shape?: Record<string, unknown>; keyType?: AnySchema })
    : undefined;
  const allowed = parentDef?.shape
    ? Object.keys(parentDef.shape)
    : parentDef?.keyType
      ? (enumValues(parentDef.keyType) ?? [])
      : [];
  return issue.keys.map((key) => {
    const suggestion = closest(key, allowed);
    // `{ lat: 45,2551 }` reads as lat: 45 plus a field named "2551": say what really happened.
    const splitNumber = /^\d+$/.test(key);
    return {
      file,
      field: formatPath([...issue.path, key]),
      message: message(lang, 'format.unknown_field', { key }),
      hint: splitNumber
        ? message(lang, 'format.decimal_comma_hint')
        : suggestion
          ? message(lang, 'format.did_you_mean', { value: suggestion })
          : message(lang, 'format.unknown_field_hint', { keys: allowed.join(', ') }),
    };
  });
}

/** A custom check's problem: its message key's words, what was written, and its `<key>_hint` when there is one. */
function customProblem(issue: z.core.$ZodIssueCustom, { file, data, lang }: IssueContext): Problem {
  const got = valueAt(data, issue.path);
  const key = issue.message;
  const params = (issue.params ?? {}) as Record<string, unknown>;
  const text = isMessageKey(key) ? message(lang, key, params) : key;
  const hintKey = `${key}_hint`;
  return {
    file,
    field: formatPath(issue.path),
    message:
      got !== undefined && got !== null && typeof got !== 'object' ? `${text} (${describeWritten(got, lang)})` : text,
    hint: isMessageKey(hintKey) ? message(lang, hintKey, params) : undefined,
  };
}

/** Any other issue: what was expected and what was written, with the likely meant value or "required". */
function expectedProblem(issue: z.core.$ZodIssue, { file, data, schema, lang }: IssueContext): Problem {
  const got = valueAt(data, issue.path);
  const target = schemaAt(schema, issue.path);
  const options = target ? enumValues(target) : undefined;
  const suggestion = options ? (closest(got, options) ?? keyOfLabel(got, options)) : undefined;
  return {
    file,
    field: formatPath(issue.path),
    message: message(lang, 'format.expected_got', {
      expected: describeExpected(target, lang),
      got: describeGot(got, lang),
    }),
    hint: suggestion
      ? message(lang, 'format.did_you_mean', { value: suggestion })
      : got === undefined
        ? message(lang, 'format.required_hint')
        : undefined,
  };
}

/** The problems of one issue. */
function issueProblems(issue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  if (issue.code === 'unrecognized_keys') return unknownFieldProblems(issue, context);
  if (issue.code === 'invalid_union') {
    // A union's branches each report; the first branch's issues are the most useful.
    const [firstBranch = []] = issue.errors;
    return firstBranch.flatMap((inner) => issueProblems({ ...inner, path: [...issue.path, ...inner.path] }, context));
  }
  if (issue.code === 'custom') return [customProblem(issue, context)];
  return [expectedProblem(issue, context)];
}

/**
 * Turns the issues of one failed parse into problems. `data` is the parsed file
 * (to quote what was written) and `schema` the schema it was checked against
 * (to say what was expected).
 */
export function formatIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: AnySchema,
  lang: Locale = 'en',
): Problem[] {
  const context: IssueContext = { file, data, schema, lang };
  return dedupe(issues.flatMap((issue) => issueProblems(issue, context)));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}|${problem.field}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One problem as the lines a person reads in a terminal or a build log. */
export function renderProblem(problem: Problem, lang: Locale = 'en'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const head = problem.field ? `${where} › ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
  return problem.hint ? `${head}\n    ${message(lang, 'format.hint')}: ${problem.hint}` : head;
}
