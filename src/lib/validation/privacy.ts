/**
 * The privacy screen applied to the free text of services, pathways and
 * statements (cases have their own, stricter one in cases.ts): the same
 * rules as `screenFreeText`, reported with the field, the masked fragment
 * and what to do instead.
 */
import { PERSONAL_DATA_LABELS, screenFreeText } from '../../schemas/anonymity';
import type { Problem } from '../../schemas/format';
import { inspectMarkdown } from '../markdown';
import type { MarkdownBody } from './collection';
import type { CheckContext } from './context';

/** Fields that are not prose: identifiers, dates, contacts in their own fields, addresses, links. */
const NOT_PROSE = new Set([
  'id',
  'country',
  'city',
  'address',
  'opening_hours',
  'number',
  'email',
  'website',
  'messengers',
  'url',
  'external_url',
  'pdf',
  'date',
  'until',
  'updated',
  'recorded',
  'services',
  'round',
  'service',
]);

/** Every prose string of parsed data with its path, contact fields and identifiers left out. */
function proseIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => proseIn(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => (NOT_PROSE.has(key) ? [] : proseIn(value, [...path, key])));
  }
  return [];
}

/** Problems for personal data in one text at `path` (or at a body line). */
export function screenText(
  file: string,
  path: PropertyKey[],
  value: string,
  context: CheckContext,
  options: { streets?: boolean; line?: number } = {},
): Problem[] {
  return screenFreeText(value, options).map((finding) => {
    const hidden = finding.kind === 'street_address';
    const problem = hidden
      ? context.problem(file, path, 'text.street_hidden', { fragment: finding.masked })
      : context.problem(file, path, 'text.personal_data', {
          kind: PERSONAL_DATA_LABELS[context.lang][finding.kind],
          fragment: finding.masked,
        });
    return options.line === undefined ? problem : { ...problem, line: options.line };
  });
}

/** Problems for personal data in a Markdown body, each at its line in the file. */
export function screenBody(file: string, body: MarkdownBody | undefined, context: CheckContext): Problem[] {
  if (!body) return [];
  return inspectMarkdown(body.text).texts.flatMap(({ value, line }) =>
    screenText(file, ['body'], value, context, { line: line === undefined ? undefined : line + body.line - 1 }),
  );
}

/** Problems for personal data anywhere in the prose of a parsed file. */
export function screenProse(
  file: string,
  data: unknown,
  context: CheckContext,
  options: { streets?: boolean } = {},
): Problem[] {
  return proseIn(data).flatMap(({ path, value }) => screenText(file, path, value, context, options));
}

/** Whether a service's address is public (the default), read defensively from raw data. */
export function addressIsPublic(data: unknown): boolean {
  const visibility = (data as { address_visibility?: unknown } | null)?.address_visibility;
  return visibility === undefined || visibility === 'public';
}
