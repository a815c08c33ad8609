import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outdatedReportUrl } from '../../src/lib/routes';

const FOLDER = join(import.meta.dirname, '..', '..', '.github', 'ISSUE_TEMPLATE');

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string; options?: unknown[] };
  validations?: { required?: boolean };
}

describe('GitHub issue forms', () => {
  const forms = readdirSync(FOLDER)
    .filter((name) => name !== 'config.yml')
    .map((name) => ({
      name,
      form: parse(readFileSync(join(FOLDER, name), 'utf8')) as {
        name: string;
        description: string;
        labels: string[];
        body: FormField[];
      },
    }));

  it('exist for a new service, outdated information and a new statement', () => {
    expect(forms.map((item) => item.name).sort()).toEqual([
      'new-service.yml',
      'new-statement.yml',
      'outdated-information.yml',
    ]);
  });

  for (const { name, form } of forms) {
    it(`${name} follows GitHub's form syntax: labelled fields with unique ids, at least one required`, () => {
      expect(form.name && form.description).toBeTruthy();
      const fields = form.body.filter((field) => field.type !== 'markdown');
      const ids = fields.map((field) => field.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const field of fields) {
        expect(['input', 'textarea', 'dropdown', 'checkboxes']).toContain(field.type);
        expect(field.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(field.attributes.label).toBeTruthy();
        if (field.type === 'dropdown' || field.type === 'checkboxes')
          expect(field.attributes.options?.length).toBeGreaterThan(0);
      }
      expect(fields.some((field) => field.validations?.required)).toBe(true);
    });
  }

  it('the "Report outdated information" link opens the outdated-information form and fills in a field it has', () => {
    const link = new URL(outdatedReportUrl('some-service', 'https://example.org/ru/services/some-service/'));
    const form = forms.find((item) => item.name === link.searchParams.get('template'));
    expect(form?.name).toBe('outdated-information.yml');
    expect(link.searchParams.get('title')).toContain('some-service');
    const prefilled = [...link.searchParams.keys()].filter((key) => !['template', 'title', 'labels'].includes(key));
    const fieldIds = form!.form.body.map((field) => field.id);
    expect(prefilled.length).toBeGreaterThan(0);
    for (const key of prefilled) expect(fieldIds).toContain(key);
    expect(link.searchParams.get('page')).toBe('https://example.org/ru/services/some-service/');
    expect(form!.form.labels).toContain('outdated');
  });
});
