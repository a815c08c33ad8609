import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { validateContent } from '../../src/lib/validation';
import {
  AUDIENCES,
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_OUTCOMES,
  MONITORING_ITEMS,
  PERPETRATORS,
  SERVICE_TYPES,
  STATEMENT_TOPICS,
} from '../../src/schemas/vocabularies';
import { copyFixture } from './helpers';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'docs', 'templates');
const LANGUAGE_FOLDERS = ['', 'ru', 'sr'];

/** Where each template goes in a content folder, given its parsed data. */
const TARGETS: Record<string, (data: Record<string, unknown>) => string> = {
  'service.yaml': (data) => `content/services/${data.country}/${data.city}/${data.id}.yaml`,
  'case.yaml': (data) => `content/cases/${data.country}/${data.id}.yaml`,
  'event.yaml': (data) => `content/events/${data.country}/${data.id}.yaml`,
  'country.yaml': (data) => `content/countries/${data.id}.yaml`,
  'statement.md': (data) => `content/statements/${data.id}/${data.lang}.md`,
  'round.yaml': (data) => `content/rounds/${data.id}.yaml`,
  'tally.yaml': (data) => `content/tallies/${data.round}/${data.service}.yaml`,
};

/**
 * A tally counts answers to a round at a service, so both must exist: the
 * round template of the same language, and the fixture's service under the
 * tally's service id (its types offer what the template asks about).
 */
function addTallyNeighbours(root: string, folder: string, data: Record<string, unknown>): void {
  const round = readFileSync(join(TEMPLATES, folder, 'round.yaml'), 'utf8');
  const roundFile = join(root, TARGETS['round.yaml']!(parse(round) as Record<string, unknown>));
  mkdirSync(dirname(roundFile), { recursive: true });
  writeFileSync(roundFile, round);
  const service = readFileSync(join(root, 'content/services/by/soligorsk/test-dispensary.yaml'), 'utf8');
  writeFileSync(
    join(root, `content/services/by/soligorsk/${data.service}.yaml`),
    service.replace(/^id: .*$/m, `id: ${data.service}`),
  );
}

/** Switches every optional field on, as the template tells a contributor to: delete "# " before it. */
function withOptionalFields(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^# (?=[a-z_]+:|  +\S)/, ''))
    .join('\n');
}

function frontmatter(text: string): string {
  return /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? text;
}

function problemsWhenAdded(folder: string, name: string, text: string) {
  const data = parse(name.endsWith('.md') ? frontmatter(text) : text) as Record<string, unknown>;
  const root = copyFixture();
  if (name === 'tally.yaml') addTallyNeighbours(root, folder, data);
  const file = join(root, TARGETS[name]!(data));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  // Switching `pdf` on means placing the PDF under public/ too, as the template says (the validator checks it is there).
  if (typeof data.pdf === 'string') {
    const pdf = join(root, 'public', data.pdf);
    mkdirSync(dirname(pdf), { recursive: true });
    writeFileSync(pdf, '%PDF-1.4\n');
  }
  return validateContent({ root, today: '2026-11-01' }).problems.map(
    (problem) => `${problem.file} › ${problem.field}: ${problem.message}`,
  );
}

for (const folder of LANGUAGE_FOLDERS) {
  describe(`templates in docs/templates/${folder}`, () => {
    for (const name of Object.keys(TARGETS)) {
      const text = readFileSync(join(TEMPLATES, folder, name), 'utf8');

      it(`${name} is a valid entry as it stands`, () => {
        expect(problemsWhenAdded(folder, name, text)).toEqual([]);
      });

      it(`${name} stays valid with every optional field switched on`, () => {
        const full = withOptionalFields(text);
        expect(full).not.toBe(text);
        expect(problemsWhenAdded(folder, name, full)).toEqual([]);
      });

      if (folder) {
        it(`${name} has the same fields as the English template`, () => {
          const fields = (source: string) => {
            const data = parse(name.endsWith('.md') ? frontmatter(source) : source) as Record<string, unknown>;
            return Object.keys(data).sort();
          };
          const english = readFileSync(join(TEMPLATES, name), 'utf8');
          expect(fields(withOptionalFields(text))).toEqual(fields(withOptionalFields(english)));
        });
      }
    }

    it('name every choice a contributor can make', () => {
      const read = (name: string) => readFileSync(join(TEMPLATES, folder, name), 'utf8');
      const mentions = (text: string, keys: string[]) => keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(text));
      expect(mentions(read('service.yaml'), [...Object.keys(SERVICE_TYPES), ...Object.keys(AUDIENCES)])).toEqual([]);
      expect(
        mentions(read('case.yaml'), [
          ...Object.keys(CASE_CATEGORIES),
          ...Object.keys(PERPETRATORS),
          ...Object.keys(CASE_ACTIONS),
          ...Object.keys(CASE_OUTCOMES),
        ]),
      ).toEqual([]);
      expect(mentions(read('statement.md'), Object.keys(STATEMENT_TOPICS))).toEqual([]);
      expect(mentions(read('round.yaml'), Object.keys(MONITORING_ITEMS))).toEqual([]);
    });
  });
}
