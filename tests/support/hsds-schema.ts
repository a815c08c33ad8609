/**
 * Open Referral's published HSDS 3.0 JSON schemas (tests/fixtures/hsds-3.0/,
 * copied with their licence and commit) compiled with Ajv, and a check of a
 * whole /data/hsds/services.json page against them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hsds-3.0');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

let compiled: { service: ValidateFunction; serviceList: ValidateFunction; page: ValidateFunction } | undefined;

/**
 * The validators: a full service (`schema/compiled/service.json`), a service
 * as the /services list shows it (`service_list.json`) and the API's `Page`
 * (openapi.json). The schemas carry Frictionless Data keywords (`constraints`,
 * `core`, `datapackage_metadata`…) that JSON Schema does not define, hence
 * `strict: false`; `unique` constraints are checked by the tests themselves.
 */
function validators() {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const openapi = read('openapi.json') as { components: { schemas: { Page: object } } };
    compiled = {
      service: ajv.compile(read('service.json')),
      serviceList: ajv.compile(read('service_list.json')),
      page: ajv.compile(openapi.components.schemas.Page),
    };
  }
  return compiled;
}

/** One line per schema error: where in the file, and what the schema says. */
function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) => `${where}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/**
 * Every way `page` departs from HSDS 3.0: the Page object, each of its
 * `contents` as a full service and as a list item, and every id unique
 * across the file (the schemas mark ids `unique`, which JSON Schema cannot).
 */
export function hsdsProblems(page: unknown): string[] {
  const { service, serviceList, page: pageSchema } = validators();
  const problems = pageSchema(page) ? [] : describeErrors('page', pageSchema.errors);
  const contents = (page as { contents?: unknown }).contents;
  if (!Array.isArray(contents)) return [...problems, 'page: contents is not a list'];
  contents.forEach((item, index) => {
    if (!service(item)) problems.push(...describeErrors(`contents[${index}]`, service.errors));
    if (!serviceList(item)) problems.push(...describeErrors(`contents[${index}] (list)`, serviceList.errors));
  });
  const seen = new Map<string, string>();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      const { id } = value as { id?: unknown };
      if (typeof id === 'string') {
        if (seen.has(id)) problems.push(`${path}: id ${id} is already the id of ${seen.get(id)}`);
        seen.set(id, path);
      }
      for (const [name, child] of Object.entries(value)) if (!name.startsWith('x_')) visit(child, `${path}.${name}`);
    }
  };
  visit(contents, 'contents');
  return problems;
}
