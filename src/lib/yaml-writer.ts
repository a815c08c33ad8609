/**
 * Writes an entry as the text of a YAML file, on the visitor's device. Entries
 * made by the no-account forms hold only strings, numbers, booleans, lists and
 * plain objects, so a few lines do the work of a YAML library (~30 KB gzip) in a
 * browser that pays for every byte. Its own module so the tally form does not
 * load the service form's checks with it.
 */

function yamlScalar(value: unknown): string {
  // JSON strings are valid YAML double-quoted scalars: every quote, colon and # is safe.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function yamlLines(value: Record<string, unknown>, indent: string): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    if (Array.isArray(item)) {
      if (item.every((element) => typeof element !== 'object'))
        return [`${indent}${key}: [${item.map(yamlScalar).join(', ')}]`];
      return [
        `${indent}${key}:`,
        ...item.flatMap((element) => {
          const [first, ...rest] = yamlLines(element as Record<string, unknown>, `${indent}    `);
          return [`${indent}  - ${first!.trimStart()}`, ...rest];
        }),
      ];
    }
    if (item !== null && typeof item === 'object')
      return [`${indent}${key}:`, ...yamlLines(item as Record<string, unknown>, `${indent}  `)];
    return [`${indent}${key}: ${yamlScalar(item)}`];
  });
}

/** The entry as the text of a YAML file, with a first comment line. */
export function entryToYaml(entry: Record<string, unknown>, comment: string): string {
  return `# ${comment}\n${yamlLines(entry, '').join('\n')}\n`;
}
