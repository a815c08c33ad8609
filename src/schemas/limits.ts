/**
 * How long a contributed text may be. No honest entry comes near these
 * limits; they stop a pasted document or a megabyte of filler from reaching
 * every page, export and search index. Used by the validator (every string
 * of every file) and by the no-account form.
 */

/** Limits by field name (the last name in the field's path, languages skipped). */
export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  id: 80,
  name: 200,
  title: 300,
  by: 200,
  documented_by: 200,
  contact: 200,
  number: 40,
  url: 2000,
  website: 2000,
  external_url: 2000,
  summary: 1500,
};

/** Any other text field (descriptions, notes, directions, a country's details). */
export const DEFAULT_TEXT_LIMIT = 5000;

/** The body of a statement or guide, in characters. */
export const BODY_LIMIT = 60_000;

const LANGUAGE_KEYS = new Set(['ru', 'sr', 'en']);

/** The limit for the text at `path`, e.g. `['name', 'ru']` → 200. */
export function textLimit(path: readonly PropertyKey[]): number {
  const field = [...path].reverse().find((part) => typeof part === 'string' && !LANGUAGE_KEYS.has(part));
  return (typeof field === 'string' && FIELD_LIMITS[field]) || DEFAULT_TEXT_LIMIT;
}

/** Every string in `data` with its path (data from a parsed file, whose depth is already limited). */
export function stringsIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  return [];
}

/** Texts in `data` longer than their field allows. */
export function overlongTexts(data: unknown): { path: PropertyKey[]; length: number; limit: number }[] {
  return stringsIn(data).flatMap(({ path, value }) => {
    const limit = textLimit(path);
    return value.length > limit ? [{ path, length: value.length, limit }] : [];
  });
}
