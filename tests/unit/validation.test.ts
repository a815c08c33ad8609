import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';
import { copyFixture, edit, VALID_FIXTURE, write } from './helpers';

const TODAY = '2026-11-23';
const SERVICE = 'content/services/by/soligorsk/test-dispensary.yaml';
const CASE = 'content/cases/by/test-case.yaml';

function messagesFor(root: string, lang: 'en' | 'ru' | 'sr' = 'en'): string[] {
  return validateContent({ root, today: TODAY, lang }).problems.map((problem) => renderProblem(problem, lang));
}

describe('the sample content of the repository', () => {
  it('passes validation', () => {
    const result = validateContent({ root: join(import.meta.dirname, '..', '..') });
    expect(result.problems.map((problem) => renderProblem(problem))).toEqual([]);
    expect(result.services.length).toBeGreaterThanOrEqual(10);
    expect(result.countries.map((entry) => entry.data.id).sort()).toEqual(expect.arrayContaining(['by', 'rs', 'ru']));
  });
});

describe('validation of broken entries', () => {
  it('accepts the valid fixture', () => {
    expect(messagesFor(VALID_FIXTURE)).toEqual([]);
  });

  it('explains a coordinate written with a comma', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'lat: 52.8', 'lat: "53,8"');
    expect(messagesFor(root)).toContainEqual(
      `${SERVICE}:12 › coordinates.lat: expected a number between -90 and 90, got "53,8"`,
    );
  });

  it('names a missing required field', () => {
    const root = copyFixture();
    edit(root, SERVICE, /^types: .*\n/m, '');
    const [message] = messagesFor(root);
    expect(message).toMatch(/test-dispensary\.yaml › types: expected a list with at least 1 item, got nothing/);
    expect(message).toContain('hint: add this field');
  });

  it('suggests the service type that was probably meant', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'types: [ost,', 'types: [ots,');
    const [message] = messagesFor(root);
    expect(message).toContain('types[0]: expected one of: nsp, ost,');
    expect(message).toContain('got "ots"');
    expect(message).toContain('did you mean "ost"?');
  });

  it('rejects a wrong type with the value found', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'anonymous: false', 'anonymous: "no"');
    expect(messagesFor(root)).toContainEqual(
      `${SERVICE}:18 › anonymous: expected true or false (without quotes), got "no"`,
    );
  });

  it('rejects coordinates outside the stated country', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'lat: 52.8, lon: 27.55', 'lat: 27.55, lon: 52.8');
    expect(messagesFor(root).join('\n')).toContain('coordinates: the point 27.55, 52.8 lies outside Belarus');
  });

  it('reports malformed YAML with its line and a hint', () => {
    const root = copyFixture();
    write(root, SERVICE, 'id: test-dispensary\nname: [unclosed\ncountry: by\n');
    const [message] = messagesFor(root);
    expect(message).toMatch(/test-dispensary\.yaml:\d+: the file is not valid YAML/);
    expect(message).toContain('hint: check the indentation');
  });

  it('rejects unparseable opening hours with the parser’s reason', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'Mo-Fr 08:00-17:00', 'Mo-Fr 25:00-26:00');
    expect(messagesFor(root).join('\n')).toMatch(
      /opening_hours: these opening hours cannot be read: .*outside of the current day/,
    );
  });

  it('rejects loose opening hours the parser would have to guess, such as "9 to 5"', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'Mo-Fr 08:00-17:00', 'Mo-Fr 9 to 5');
    const messages = messagesFor(root).join('\n');
    expect(messages).toMatch(/opening_hours: these opening hours cannot be read: .*"-" for "to"/);
    expect(messages).toMatch(/could mean 5 \(in the morning\) or 17/);
  });

  it('rejects a monitoring record with an unknown commodity or a future date', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'needles_syringes: always', 'needles: always');
    edit(root, SERVICE, 'date: 2025-12-01', 'date: 2027-01-01');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain('monitoring[0].commodities.needles: unknown field "needles"');
    expect(messages).toContain('did you mean "needles_syringes"?');
  });

  it('rejects a verification date in the future', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'date: 2026-01-10', 'date: 2027-01-10');
    expect(messagesFor(root).join('\n')).toContain('verification.date: the date 2027-01-10 is in the future');
  });

  it('requires each language or an explicit untranslated mark', () => {
    const root = copyFixture();
    edit(root, SERVICE, '  ru: Описание.\n', '');
    expect(messagesFor(root).join('\n')).toContain('description.ru: the "ru" text is missing');
    edit(root, SERVICE, 'original_language: en', 'original_language: en\nuntranslated: [ru]');
    expect(messagesFor(root)).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const root = copyFixture();
    const copy = 'content/services/by/soligorsk/copy.yaml';
    write(root, copy, readFileSync(join(root, SERVICE), 'utf8'));
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain('the id "test-dispensary" is also used by');
  });

  it('rejects references to a city the country does not have', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'city: soligorsk', 'city: minsk');
    expect(messagesFor(root).join('\n')).toContain('the country "by" has no city "minsk"');
  });

  it('rejects statement versions that disagree on the date', () => {
    const root = copyFixture();
    edit(root, 'content/statements/sample-statement/en.md', 'date: 2026-01-05', 'date: 2026-01-06');
    expect(messagesFor(root).join('\n')).toContain('date differs between language versions of "sample-statement"');
  });

  it('rejects a statement version whose id disagrees with its siblings', () => {
    const root = copyFixture();
    edit(root, 'content/statements/sample-statement/sr.md', 'id: sample-statement', 'id: sample-statment');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain(
      'sample-statement/sr.md:2 › id: the id "sample-statment" does not match the file name "sample-statement"',
    );
    expect(messages).toContain('id differs between language versions of "sample-statement"');
    expect(messages).toContain('sr: "sample-statment"');
  });

  it('rejects a statement whose PDF is not in public/', () => {
    const root = copyFixture();
    edit(
      root,
      'content/statements/sample-statement/en.md',
      'topics: [stigma]',
      'topics: [stigma]\npdf: /files/statements/sample.pdf',
    );
    expect(messagesFor(root).join('\n')).toMatch(
      /sample-statement\/en\.md:\d+ › pdf: there is no file public\/files\/statements\/sample\.pdf/,
    );
    mkdirSync(join(root, 'public', 'files', 'statements'), { recursive: true });
    write(root, 'public/files/statements/sample.pdf', '%PDF-1.4\n');
    expect(messagesFor(root)).toEqual([]);
  });

  it('rejects raw HTML that could run in a statement', () => {
    const root = copyFixture();
    edit(root, 'content/statements/sample-statement/en.md', 'A paragraph', '<img src=x onerror=alert(1)> A paragraph');
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(
        'sample-statement/en.md:11 › body: HTML is not allowed in the text: "<img src=x onerror=alert(1)>"',
      ),
    );
  });

  it('rejects a case without consent and masks personal data it finds', () => {
    const root = copyFixture();
    edit(root, CASE, 'consent: true', 'consent: false');
    edit(root, CASE, 'refused an appointment.', 'refused an appointment; call +375 29 123 45 67.');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain('consent: expected exactly true, got false');
    expect(messages).toContain('summary.en: this text seems to contain a phone number: "+3');
    expect(messages).not.toContain('123 45 67');
  });

  it('names the field and masks each kind of personal data in a case', () => {
    const root = copyFixture();
    edit(
      root,
      CASE,
      '  ru: Человеку отказали в приёме.',
      '  ru: Человеку, 1987 г.р., отказали в приёме на ул. Ленина, д. 5.',
    );
    edit(root, CASE, '  sr: Osobi je odbijen prijem.', '  sr: Osobi je 12. marta odbijen prijem; JMBG 0101990710123.');
    edit(root, CASE, 'documented_by: Test team', 'documented_by: Test team (write to case.worker@example.org)');
    const messages = messagesFor(root);
    const text = messages.join('\n');
    expect(text).toMatch(/test-case\.yaml:\d+ › summary\.ru: this text seems to contain a date of birth: "19/);
    expect(text).toMatch(/test-case\.yaml:\d+ › summary\.ru: this text seems to contain a street address: "ул/);
    expect(text).toMatch(/summary\.sr: this text seems to contain an exact date \(cases give only the month\): "12/);
    expect(text).toMatch(/summary\.sr: this text seems to contain a passport or ID number: "JM/);
    expect(text).toMatch(/documented_by: this text seems to contain an e-mail address: "ca/);
    for (const fragment of ['1987', 'Ленина', 'marta', '0101990710123', 'case.worker', 'example.org']) {
      expect(text).not.toContain(fragment);
    }
    expect(messages.every((message) => message.includes('hint:'))).toBe(true);
  });

  it('allows an exact date in the text of a case dated to the day', () => {
    const root = copyFixture();
    edit(
      root,
      CASE,
      '  en: A person was refused an appointment.',
      '  en: A person was refused an appointment on 12 October 2025.',
    );
    expect(messagesFor(root).join('\n')).toContain('summary.en: this text seems to contain an exact date');
    edit(root, CASE, 'date: 2025-10', 'date: 2025-10-12\nprecision: day');
    expect(messagesFor(root)).toEqual([]);
  });

  it('rejects an unknown case category and suggests the closest one', () => {
    const root = copyFixture();
    edit(root, CASE, 'categories: [health_care]', 'categories: [healthcare, torture]');
    const text = messagesFor(root).join('\n');
    expect(text).toMatch(/test-case\.yaml:\d+ › categories\[0\]: expected one of: health_care, police_abuse/);
    expect(text).toContain('got "healthcare"');
    expect(text).toContain('did you mean "health_care"?');
    expect(text).toContain('categories[1]:');
    expect(text).toContain('got "torture"');
  });

  it('rejects a case id that would take the address of the statistics page', () => {
    const root = copyFixture();
    edit(root, CASE, 'id: test-case', 'id: statistics');
    write(root, 'content/cases/by/statistics.yaml', readFileSync(join(root, CASE), 'utf8'));
    rmSync(join(root, CASE));
    expect(messagesFor(root)).toEqual([
      expect.stringMatching(
        /cases\/by\/statistics\.yaml:1 › id: the id "statistics" is the address of another page of the site\n.*hint: choose another id/,
      ),
    ]);
  });

  it('rejects a case date finer than its precision', () => {
    const root = copyFixture();
    edit(root, CASE, 'date: 2025-10', 'date: 2025-10-12');
    expect(messagesFor(root).join('\n')).toContain('date: with precision "month", write only the month');
  });

  it('reports every problem of every file in one run', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'types: [ost,', 'types: [ots,');
    edit(root, SERVICE, 'Mo-Fr 08:00-17:00', 'garbage');
    edit(root, CASE, 'outcome: pending', 'outcome: won');
    expect(messagesFor(root).length).toBeGreaterThanOrEqual(3);
  });

  it('speaks the contributor’s language', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'lat: 52.8', 'lat: "53,8"');
    expect(messagesFor(root, 'ru')).toContainEqual(
      `${SERVICE}:12 › coordinates.lat: нужно число от -90 до 90, а написано "53,8"`,
    );
    expect(messagesFor(root, 'sr')).toContainEqual(
      `${SERVICE}:12 › coordinates.lat: potreban je broj od -90 do 90, a upisano je "53,8"`,
    );
  });
});
