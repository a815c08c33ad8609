import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateContent } from '../../src/lib/validation';
import { copyFixture } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TODAY = '2026-11-01';

/** Runs `npm run new` with one answer per line on stdin. */
function run(root: string, args: string[], answers: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', 'new.ts'), '--root', root, '--today', TODAY, ...args], {
    input: answers.map((answer) => `${answer}\n`).join(''),
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function files(root: string, folder: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        )
      : [];
  return walk(join(root, 'content', folder))
    .map((file) => file.slice(root.length + 1))
    .sort();
}

/** A service interview in English, answer by answer; tests replace single answers. */
const SERVICE_ANSWERS = {
  country: '1',
  city: '1',
  name: 'Drop-in centre',
  description: 'Clean needles, syringes and naloxone, free of charge.',
  types: '1,3',
  address: '',
  nameRu: '',
  nameSr: '',
  hours: 'Mo-Fr 09:00-17:00',
  phone: '+375 17 000 00 00',
  cost: '1',
  status: '1',
  date: '2026-10-20',
  by: 'Outreach team of the local network',
  source: 'Visit to the service',
  sourceAuthor: '',
  sourceYear: '',
  sourceLanguage: '',
  id: '',
};

function serviceAnswers(changes: Partial<Record<keyof typeof SERVICE_ANSWERS, string[]>> = {}): string[] {
  return Object.entries(SERVICE_ANSWERS).flatMap(
    ([key, value]) => changes[key as keyof typeof SERVICE_ANSWERS] ?? [value],
  );
}

describe('npm run new: a service', () => {
  it('asks again after each wrong answer, saying why, then writes an entry that passes the validator', () => {
    const root = copyFixture();
    const { code, out } = run(
      root,
      ['--lang', 'en', '--type', 'service'],
      serviceAnswers({
        country: ['7', '1'],
        name: ['', 'Drop-in centre'],
        types: ['1,99', 'needles', '1,3'],
        hours: ['Mo-Fr 25:00-26:00', 'пн-пт 9-17', 'no', 'Mo-Fr 9:00-17:00', 'yes'],
        phone: ['8 017 000 00 00', '+375 17 000 00 00'],
        date: ['20.10.2026', '2026-12-24', '2026-10-20'],
        id: ['Drop In', 'test-dispensary', ''],
      }),
    );
    expect(code).toBe(0);
    expect(out).toContain('✗ "7" is not one of the options.');
    expect(out).toContain('✗ expected some text, got empty text');
    expect(out).toContain('✗ "1,99" is not one of the options.');
    expect(out).toContain('✗ these opening hours cannot be read');
    expect(out).toContain('Understood as "Mo-Fr 09:00-17:00". Is that right? (yes/no)');
    expect(out).toContain('✗ expected a phone number in international format');
    expect(out).toContain('✗ expected a date written as YYYY-MM-DD, e.g. 2026-03-01, got "20.10.2026"');
    expect(out).toContain('✗ the date 2026-12-24 is in the future');
    expect(out).toContain('✗ expected an identifier of lower-case Latin letters, digits and hyphens');
    expect(out).toContain('There is already an entry with the id "test-dispensary"');

    const file = 'content/services/by/soligorsk/soligorsk-drop-in-centre.yaml';
    expect(out).toContain(`Written: ${file}`);
    expect(files(root, 'services')).toEqual([file, 'content/services/by/soligorsk/test-dispensary.yaml']);
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
    const written = parse(readFileSync(join(root, file), 'utf8'));
    expect(written).toMatchObject({
      id: 'soligorsk-drop-in-centre',
      name: { en: 'Drop-in centre' },
      types: ['nsp', 'naloxone'],
      opening_hours: 'Mo-Fr 09:00-17:00',
      phones: [{ number: '+375 17 000 00 00' }],
      cost: 'free',
      verification: { status: 'verified', date: '2026-10-20' },
      original_language: 'en',
      untranslated: ['ru', 'sr'],
    });
  });

  it('never overwrites: the id of an existing entry is refused and the existing file is unchanged', () => {
    const root = copyFixture();
    const existing = join(root, 'content/services/by/soligorsk/test-dispensary.yaml');
    const before = readFileSync(existing, 'utf8');
    const { code, out } = run(
      root,
      ['--lang', 'en', '--type', 'service'],
      serviceAnswers({ id: ['test-dispensary', 'test-dispensary'] }),
    );
    expect(out).toContain('There is already an entry with the id "test-dispensary"');
    expect(code).toBe(1);
    expect(out).toContain('Stopped. Nothing was written.');
    expect(readFileSync(existing, 'utf8')).toBe(before);
    expect(files(root, 'services')).toEqual(['content/services/by/soligorsk/test-dispensary.yaml']);
  });

  it('writes translations given on the way and lists only the missing language as untranslated', () => {
    const root = copyFixture();
    const { code } = run(
      root,
      ['--lang', 'en', '--type', 'service'],
      serviceAnswers({
        nameRu: ['Пункт обмена шприцев', 'Бесплатные шприцы и налоксон.'],
        id: ['soligorsk-drop-in'],
      }),
    );
    expect(code).toBe(0);
    const written = parse(readFileSync(join(root, 'content/services/by/soligorsk/soligorsk-drop-in.yaml'), 'utf8'));
    expect(written.name).toEqual({ ru: 'Пункт обмена шприцев', en: 'Drop-in centre' });
    expect(written.untranslated).toEqual(['sr']);
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
  });

  it('keeps Serbian typed in Cyrillic in Latin script', () => {
    const root = copyFixture();
    const { code } = run(
      root,
      ['--lang', 'sr', '--type', 'service'],
      serviceAnswers({
        name: ['Дроп-ин центар'],
        description: ['Шприцеви и налоксон.'],
        id: ['soligorsk-drop-in'],
      }),
    );
    expect(code).toBe(0);
    const written = parse(readFileSync(join(root, 'content/services/by/soligorsk/soligorsk-drop-in.yaml'), 'utf8'));
    expect(written.name).toEqual({ sr: 'Drop-in centar' });
    expect(written.description).toEqual({ sr: 'Špricevi i nalokson.' });
  });

  it('asks in Russian and explains with the validator’s Russian messages', () => {
    const root = copyFixture();
    const { code, out } = run(
      root,
      ['--lang', 'ru', '--type', 'service'],
      serviceAnswers({
        name: ['Пункт обмена шприцев'],
        description: ['Бесплатные шприцы и налоксон.'],
        nameRu: [''],
        nameSr: [''],
        date: ['вчера', '2026-10-20'],
        id: [''],
      }),
    );
    expect(out).toContain('Название службы на языке: русский');
    expect(out).toContain('✗ нужна дата в виде ГГГГ-ММ-ДД');
    expect(code).toBe(0);
    const file = 'content/services/by/soligorsk/soligorsk-punkt-obmena-shpritsev.yaml';
    expect(out).toContain(`Записано: ${file}`);
    expect(parse(readFileSync(join(root, file), 'utf8')).original_language).toBe('ru');
  });

  it('explains how to add a city that is not in the country’s file, and writes nothing', () => {
    const root = copyFixture();
    const { code, out } = run(root, ['--lang', 'en', '--type', 'service'], ['1', '2']);
    expect(code).toBe(1);
    expect(out).toContain('Add the city to content/countries/by.yaml');
    expect(files(root, 'services')).toHaveLength(1);
  });

  it('stops without writing when the answers run out', () => {
    const root = copyFixture();
    const { code, out } = run(root, ['--lang', 'en', '--type', 'service'], ['1', '1', 'Half-finished']);
    expect(code).toBe(1);
    expect(out).toContain('Stopped. Nothing was written.');
    expect(files(root, 'services')).toHaveLength(1);
  });

  it('asks for the language first when --lang is not given', () => {
    const root = copyFixture();
    const { out } = run(root, ['--type', 'service'], ['2', '1', '1']);
    expect(out).toContain('Language / Язык / Jezik');
    expect(out).toContain('Grad');
  });
});

describe('npm run new: a rights case', () => {
  const CASE = [
    'yes',
    '1',
    '1',
    '2025-09',
    '1',
    '1',
    '2',
    '1',
    '4',
    'A clinic refused an HIV test',
    'A person was refused an HIV test without a referral.',
    '',
    '',
    'Local network',
    '',
  ];

  it('refuses personal data in the text, explains why, and writes an anonymous, valid case', () => {
    const root = copyFixture();
    const answers = [...CASE];
    answers.splice(10, 1, 'Call him on +375 29 123 45 67.', CASE[10]!);
    answers.splice(3, 1, '2025-09-14', CASE[3]!);
    const { code, out } = run(root, ['--lang', 'en', '--type', 'case'], answers);
    expect(out).toContain('✗ this text seems to contain');
    expect(out).toContain('with precision "month", write only the month');
    expect(out).not.toContain('123 45 67');
    expect(code).toBe(0);
    const file = 'content/cases/by/soligorsk-a-clinic-refused-an-hiv-test.yaml';
    expect(files(root, 'cases')).toContain(file);
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
    expect(parse(readFileSync(join(root, file), 'utf8'))).toMatchObject({
      consent: true,
      date: '2025-09',
      precision: 'month',
      city: 'soligorsk',
    });
  });

  it('writes nothing without the person’s consent', () => {
    const root = copyFixture();
    const { code, out } = run(root, ['--lang', 'en', '--type', 'case'], ['no']);
    expect(code).toBe(1);
    expect(out).toContain('only be added with the person’s agreement');
    expect(files(root, 'cases')).toEqual(['content/cases/by/test-case.yaml']);
  });
});

describe('npm run new: usage', () => {
  it('documents itself and exits 2 on wrong usage', () => {
    const help = run(ROOT, ['--help'], []);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run new');
    expect(run(ROOT, ['--lang', 'de'], []).code).toBe(2);
    expect(run(ROOT, ['--type', 'pathway'], []).code).toBe(2);
  });
});

describe('npm run new: an event', () => {
  it('refuses private details and a repeat rule it cannot read, explains why, and writes an event that passes the validator', () => {
    const root = copyFixture();
    const answers = [
      '1', // country
      '1', // city
      '1', // kind: service fair
      'Service fair',
      'Ask for Ivan, +375 29 123 45 67.', // the privacy screen refuses a private number
      'Doctors and social workers in one place, with referrals.',
      '', // no Russian title
      '', // no Serbian title
      '2026-13-01',
      '2026-01-12',
      '10-13',
      '13:00-10:00',
      '10:00-13:00',
      'FREQ=MONTLY;BYDAY=2MO',
      'FREQ=MONTHLY;BYDAY=2MO',
      '2', // unverified
      '', // today
      'Outreach team of the local network',
      'Leaflet of the organisers',
      'Social centre of Soligorsk', // its publisher
      '25', // not a year
      '2025',
      'English', // not a language code
      'en',
      '', // suggested id
    ];
    const { code, out } = run(root, ['--lang', 'en', '--type', 'event'], answers);
    expect(out).toContain('✗ this text seems to contain');
    expect(out).toContain('this repeat rule cannot be read: Invalid FREQ value: MONTLY');
    expect(out).toContain('a time range on the 24-hour clock, e.g. "10:00-13:00"');
    expect(out).toContain('✗ the event ends before or when it starts');
    expect(code, out.slice(-1500)).toBe(0);
    const [file] = files(root, 'events').filter((name) => !name.endsWith('test-fair.yaml'));
    expect(file).toBe('content/events/by/soligorsk-service-fair.yaml');
    const data = parse(readFileSync(join(root, file!), 'utf8')) as Record<string, unknown>;
    expect(data.schedule).toEqual({ start: '2026-01-12', time: '10:00-13:00', repeat: 'FREQ=MONTHLY;BYDAY=2MO' });
    expect(data.untranslated).toEqual(['ru', 'sr']);
    expect(out).toContain('✗ expected a year written with four digits, without quotes, e.g. 2018, got the number 25');
    expect(out).toContain('✗ expected a language code such as ru, sr, sr-Latn, be or en (BCP 47), got "English"');
    const source = {
      title: 'Leaflet of the organisers',
      author: 'Social centre of Soligorsk',
      year: 2025,
      language: 'en',
    };
    expect(data.sources).toEqual([source]);
    expect(data.verification).toMatchObject({ source });
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
  });
});
