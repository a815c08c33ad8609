import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import {
  checkServiceForm,
  entryFile,
  FORM_MESSAGE_KEYS,
  judgeOpeningHours,
  serviceEntry,
  type FormContext,
  type FormField,
  type ServiceFormValues,
} from '../../src/lib/service-form';
import { entryToYaml } from '../../src/lib/yaml-writer';
import { validateContent } from '../../src/lib/validation';
import { schemaAt } from '../../src/schemas/format';
import { messageTemplate } from '../../src/i18n';
import { parseOpeningHours, serviceSchema } from '../../src/schemas/services';
import { ADDRESS_VISIBILITIES, COSTS, REGISTER_RISKS, SERVICE_TYPES } from '../../src/schemas/vocabularies';
import { copyFixture } from './helpers';

const TODAY = '2026-11-01';

function context(lang: 'en' | 'ru' | 'sr' = 'en'): FormContext {
  return {
    lang,
    today: TODAY,
    places: ['by/soligorsk'],
    choices: {
      types: Object.keys(SERVICE_TYPES),
      cost: Object.keys(COSTS),
      address_visibility: Object.keys(ADDRESS_VISIBILITIES),
      narcology_register: Object.keys(REGISTER_RISKS),
    },
    messages: Object.fromEntries(FORM_MESSAGE_KEYS.map((key) => [key, messageTemplate(lang, key)])),
  };
}

const VALID: ServiceFormValues = {
  place: 'by/soligorsk',
  name: 'Пункт «Шанс»: обмен шприцев # 2',
  description: 'Бесплатные шприцы, налоксон.\nМожно прийти анонимно.',
  types: ['nsp', 'naloxone'],
  address: 'ул. Примерная, 1',
  address_visibility: 'public',
  opening_hours: 'Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00',
  phone: '+375 174 00 00 00',
  email: 'info@example.org',
  website: 'https://example.org/shans',
  cost: 'free',
  anonymous: 'true',
  narcology_register: 'no',
  status: 'verified',
  date: '2026-10-20',
  by: 'Outreach team "Chance"',
  source: 'Visit: it’s open',
  id: 'soligorsk-shans',
};

/** Whether the content schema accepts the value of one field. */
function schemaAccepts(path: (string | number)[], value: unknown): boolean {
  return z.safeParse(schemaAt(serviceSchema, path)!, value).success;
}

function formAccepts(field: FormField, value: string): boolean {
  return !checkServiceForm({ ...VALID, [field]: value }, context()).some(
    (problem) => problem.field === field && !problem.warning,
  );
}

describe('the browser form agrees with the content schema', () => {
  const table: { field: FormField; path: (string | number)[]; values: string[] }[] = [
    {
      field: 'id',
      path: ['id'],
      values: ['soligorsk-shans', 'a1', 'Soligorsk', 'soligorsk shans', '-shans', 'shans-', 'a--b', 'šans', ''],
    },
    {
      field: 'phone',
      path: ['phones', 0, 'number'],
      values: [
        '+375 174 00 00 00',
        '+381 (11) 000-0000',
        '+7 342 000 00 00',
        '8 017 000 00 00',
        '+0 11 000 0000',
        '+375',
        '375 17 000 00 00',
        '+375 17 000 00 00 ext 5',
      ],
    },
    {
      field: 'email',
      path: ['email'],
      values: [
        'info@example.org',
        'a.b+c@mail.example.rs',
        'info@example',
        'info example.org',
        '.info@example.org',
        'in..fo@example.org',
        'info@-example.org',
      ],
    },
    {
      field: 'website',
      path: ['website'],
      values: [
        'https://example.org',
        'http://example.org/path?q=1',
        'example.org',
        'www.example.org',
        'ftp://example.org',
        'https://',
        'mailto:info@example.org',
      ],
    },
    {
      field: 'date',
      path: ['verification', 'date'],
      values: ['2026-10-20', '2024-02-29', '2026-02-30', '2025-13-01', '20.10.2026', '2026-10', ''],
    },
    { field: 'name', path: ['name', 'en'], values: ['Shelter', ' ', ''] },
  ];

  for (const { field, path, values } of table) {
    it(`${field}: accepts and refuses the same values as the schema`, () => {
      for (const value of values)
        expect(formAccepts(field, value), `${field} = ${JSON.stringify(value)}`).toBe(schemaAccepts(path, value));
    });
  }

  it('opening hours: what the form accepts or refuses, the parser does too; the rest is left to it', () => {
    const samples = [
      '24/7',
      'Mo-Fr 09:00-18:00',
      'Mo,We,Fr 10:00-14:00',
      'Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00',
      'Su off',
      'PH off',
      'Mo-Fr 25:00-26:00',
      'Sa 10:00-10:75',
      'пн-пт 9-18',
      'Mo-Fr 9-18',
      'daily',
    ];
    const verdicts = samples.map(
      (value) => [value, judgeOpeningHours(value).verdict, 'error' in parseOpeningHours(value, 'by')] as const,
    );
    for (const [value, verdict, parserRefuses] of verdicts) {
      if (verdict === 'ok') expect(parserRefuses, value).toBe(false);
      if (verdict === 'invalid') expect(parserRefuses, value).toBe(true);
    }
    expect(verdicts.filter(([, verdict]) => verdict !== 'unknown').length).toBeGreaterThanOrEqual(7);
  });

  it('a date after today is refused, as the validator refuses it', () => {
    const problems = checkServiceForm({ ...VALID, date: '2026-11-02' }, context());
    expect(problems.map((problem) => problem.message)).toContain('the date 2026-11-02 is in the future');
  });

  it('unknown hours do not block the file but say they were not checked', () => {
    const problems = checkServiceForm({ ...VALID, opening_hours: 'пн-пт 9-18' }, context());
    expect(problems).toEqual([expect.objectContaining({ field: 'opening_hours', warning: true })]);
  });
});

describe('the file the form makes', () => {
  function problemsOf(values: ServiceFormValues, lang: 'en' | 'ru' | 'sr') {
    const root = copyFixture();
    const file = join(root, entryFile(values));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, entryToYaml(serviceEntry(values, lang), 'Made with the form'));
    return validateContent({ root, today: TODAY }).problems.map((problem) => `${problem.field}: ${problem.message}`);
  }

  it('passes the full validator, quotes, colons, # and line breaks included', () => {
    expect(checkServiceForm(VALID, context('ru'))).toEqual([]);
    expect(problemsOf(VALID, 'ru')).toEqual([]);
  });

  it('passes with only the required answers', () => {
    const minimal = {
      ...VALID,
      address: '',
      opening_hours: '',
      phone: '',
      email: '',
      website: '',
      anonymous: '',
      status: 'unverified',
    };
    expect(checkServiceForm(minimal, context('sr'))).toEqual([]);
    expect(problemsOf(minimal, 'sr')).toEqual([]);
  });

  it('screens the prose on the device as the validator does, and says what it found, masked', () => {
    const values = { ...VALID, description: 'Ask for Ivan Petrov, his personal number +375 29 123 45 67, or @ivan_p.' };
    const problems = checkServiceForm(values, context('en'));
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'description: this text seems to contain a phone number: "+3•• •• ••• •• ••"',
      'description: this text seems to contain a messenger handle or profile link: "@i•••_•"',
    ]);
    expect(problems[0]!.hint).toBe(messageTemplate('en', 'text.personal_data_hint'));
    expect(problemsOf(values, 'en').filter((problem) => problem.startsWith('description'))).toHaveLength(2);
  });

  it('refuses an address the entry would hide', () => {
    const problems = checkServiceForm({ ...VALID, address_visibility: 'approximate' }, context('en'));
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toContain(
      'address: with address_visibility "approximate" this field must be left out',
    );
  });

  it('explains problems in the page’s language with the validator’s words', () => {
    const problems = checkServiceForm({ ...VALID, types: [], phone: '8 017 000 00 00' }, context('sr'));
    expect(problems.map((problem) => problem.field)).toEqual(['types', 'phone']);
    expect(problems[0]!.message).toBe('potreban je spisak sa najmanje 1 stavkom, a polja nema');
    expect(problems[1]!.message).toBe(
      'potreban je broj telefona u međunarodnom obliku, npr. „+381 11 000 0000”, a upisano je "8 017 000 00 00"',
    );
  });
});

describe('Serbian typed in Cyrillic', () => {
  it('is stored in Latin script, the script Serbian content is kept in', () => {
    const entry = serviceEntry(
      { ...VALID, name: 'Дроп-ин центар Његош', description: 'Шприцеви и налоксон.', address: 'Улица 1' },
      'sr',
    );
    expect(entry.name).toEqual({ sr: 'Drop-in centar Njegoš' });
    expect(entry.description).toEqual({ sr: 'Špricevi i nalokson.' });
    expect(entry.address).toEqual({ sr: 'Ulica 1' });
  });
});
