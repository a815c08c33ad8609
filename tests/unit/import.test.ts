import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../../src/lib/validation';
import { KnownServices } from '../../src/lib/import/duplicates';
import { findHeaderRow, recogniseHeader, starterMapping } from '../../src/lib/import/mapping';
import { decimal, findTerms, openingHours, phones, termIndex, yesNo } from '../../src/lib/import/normalise';
import { csvDelimiter, decodeCsv, readSheet } from '../../src/lib/import/read-sheet';
import { SERVICE_TYPE_SYNONYMS } from '../../src/lib/import/synonyms';
import { SERVICE_TYPES } from '../../src/schemas/vocabularies';
import type { Locale } from '../../src/schemas/locales';
import { runImport as importSheet } from '../../src/lib/import/run';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const TODAY = '2026-12-01';

describe('reading cells', () => {
  const types = termIndex(SERVICE_TYPES, SERVICE_TYPE_SYNONYMS);

  it('finds service types from labels, abbreviations and synonyms in three languages and both Serbian scripts', () => {
    expect(findTerms('ОЗТ, лечение, ПОШ', types)).toEqual({ keys: ['ost', 'drug_treatment', 'nsp'], unknown: [] });
    expect(findTerms('Program zamene igala i šprica; testiranje na HIV', types).keys).toEqual(['nsp', 'hiv_testing']);
    expect(findTerms('Програм замене игала и шприца', types).keys).toEqual(['nsp']);
    expect(findTerms('Needle and syringe programme / naloxone', types).keys).toEqual(['nsp', 'naloxone']);
    expect(findTerms('лечение ВИЧ', types).keys).toEqual(['hiv_treatment']);
    expect(findTerms('юрист, ярмарка вакансий', types)).toEqual({ keys: ['legal_aid'], unknown: ['ярмарка вакансий'] });
  });

  it('reads yes, no and unknown in Russian, Serbian and English, and refuses anything else', () => {
    expect(['да', 'Да', 'yes', 'da', 'да.', '+'].map(yesNo)).toEqual(Array(6).fill('yes'));
    expect(['нет', 'No', 'ne', 'не'].map(yesNo)).toEqual(['no', 'no', 'no', 'no']);
    expect(['неизвестно', 'nepoznato', 'непознато', 'unknown', '?'].map(yesNo)).toEqual(Array(5).fill('unknown'));
    expect(yesNo('')).toBeUndefined();
    expect(yesNo('иногда')).toBe('invalid');
  });

  it('writes local phone numbers in international form with the country code and reports the rest', () => {
    expect(phones('8 029 100-00-01, +375 29 100-00-02', 'by').numbers).toEqual([
      '+375 29 100 00 01',
      '+375 29 100 00 02',
    ]);
    expect(phones('064 1234567', 'rs').numbers).toEqual(['+381 64 1234567']);
    expect(phones('8 (342) 200-00-00', 'ru').numbers).toEqual(['+7 342 200 00 00']);
    expect(phones('123', 'by')).toEqual({ numbers: [], unknown: ['123'] });
  });

  it('takes opening hours only when they cannot be misread, and passes them to the validator in its syntax', () => {
    expect(openingHours('пн-пт 9-18', 'by')).toEqual({ value: 'Mo-Fr 09:00-18:00' });
    expect(openingHours('pon-pet 8.00-16.00', 'rs')).toEqual({ value: 'Mo-Fr 08:00-16:00' });
    expect(openingHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00', 'by')).toEqual({
      value: 'Mo-Fr 09:00-17:00; Sa 10:00-14:00',
    });
    // "9-5" reads as overnight 09:00-05:00, but most likely means 9 to 17: not guessed.
    expect(openingHours('пн-пт 9-5', 'by')).toEqual({ problem: 'ambiguous' });
    expect(openingHours('по записи', 'by')).toEqual({ problem: 'unreadable' });
  });

  it('reads decimal commas and points', () => {
    expect(decimal('52,7876')).toBe(52.7876);
    expect(decimal(' 27.5 ')).toBe(27.5);
    expect(decimal('52°47′')).toBeUndefined();
  });
});

describe('headers and sheets', () => {
  it('recognises column titles in Russian, Serbian (Latin and Cyrillic) and English', () => {
    expect(recogniseHeader('Название')).toEqual({ field: 'name', lang: 'ru' });
    expect(recogniseHeader('Naziv')).toEqual({ field: 'name', lang: 'sr' });
    expect(recogniseHeader('Адреса')).toEqual({ field: 'address', lang: 'sr' });
    expect(recogniseHeader('Часы работы')?.field).toBe('opening_hours');
    expect(recogniseHeader('Radno vreme')?.field).toBe('opening_hours');
    expect(recogniseHeader('Phone')?.field).toBe('phones');
    expect(recogniseHeader('Описание услуг')?.field).toBe('description');
    expect(recogniseHeader('Комментарий')).toBeUndefined();
  });

  it('finds the header row under a title and makes a starter mapping in the sheet’s language', () => {
    const rows = [
      { number: 1, cells: ['Spisak službi', 'Spisak službi'] },
      { number: 2, cells: ['', ''] },
      { number: 3, cells: ['Naziv', 'Adresa', 'Telefon', 'Napomena'] },
    ];
    expect(findHeaderRow(rows)?.number).toBe(3);
    const mapping = starterMapping(rows, 'beograd.ods')!;
    expect(mapping).toMatchObject({
      header_row: 3,
      language: 'sr',
      columns: { Naziv: 'name', Adresa: 'address', Telefon: 'phones', Napomena: null },
    });
  });

  it('tells the CSV separator and reads Windows-1251 files', () => {
    expect(csvDelimiter('Название;Широта\nА;52,78\n')).toBe(';');
    expect(csvDelimiter('Name,Address\nA,B\n')).toBe(',');
    const cp1251 = new Uint8Array([0xcd, 0xe0, 0xe7, 0xe2, 0xe0, 0xed, 0xe8, 0xe5]); // «Название»
    expect(decodeCsv(cp1251)).toBe('Название');
  });

  it('reads the same rows from the CSV, XLSX and ODS fixtures, merged cells filled in', () => {
    const [csv, xlsx, ods] = ['csv', 'xlsx', 'ods'].map((ext) => readSheet(join(FIXTURES, `soligorsk.${ext}`)));
    expect(xlsx).toEqual(ods);
    expect(xlsx![4]!.cells[0]).toBe('Солигорск'); // merged down from row 4
    expect(csv![4]!.cells[0]).toBe(''); // the CSV has the merged cell empty: fill_down handles it
    const withoutCity = (rows: typeof csv) =>
      rows!
        .filter((row) => row.number >= 3 && row.cells.some(Boolean))
        .map((row) => [row.number, ...row.cells.slice(1)]);
    expect(withoutCity(csv)).toEqual(withoutCity(xlsx));
  });
});

describe('duplicates', () => {
  it('recognises a service by a shared phone, or by a similar name in the same city whatever the script', () => {
    const known = new KnownServices();
    known.add({
      id: 'belgrade-red-cross',
      country: 'rs',
      city: 'belgrade',
      names: ['Crveni krst Beograd'],
      phones: ['+381 11 000 0000'],
      where: { file: 'x.yaml' },
    });
    const row = { id: 'other', country: 'rs', city: 'belgrade', phones: [] as string[] };
    expect(known.match({ ...row, names: ['Црвени крст Београд'] })).toMatchObject({ reason: 'name' });
    expect(known.match({ ...row, names: ['Crveni krst, Beograd'] })).toMatchObject({ reason: 'name' });
    expect(known.match({ ...row, city: 'novi-sad', names: ['Crveni krst Beograd'] })).toBeUndefined();
    expect(known.match({ ...row, names: ['Sasvim drugo ime'], phones: ['+381 11 000 0000'] })).toMatchObject({
      reason: 'phone',
    });
    expect(known.match({ ...row, names: ['Centar za socijalni rad'] })).toBeUndefined();
  });
});

/** A scratch project: the real content/ copied, public/ linked (the validator checks statement PDFs there). */
function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-test-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(root, 'public'), 'dir');
  return root;
}

/** Runs the script itself: for its flags, help and exit codes. */
function runScript(root: string, args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', 'import.ts'), '--root', root, '--today', TODAY, ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Runs an import in-process (what the script does after reading its flags), collecting the report. */
function runImport(root: string, args: string[]) {
  const [sheet, ...flags] = args;
  const lang = flags.includes('--lang') ? (flags[flags.indexOf('--lang') + 1] as Locale) : 'en';
  const lines: string[] = [];
  const code = importSheet({
    root,
    sheet: sheet!,
    mappingFile: sheet!.replace(/\.[^.]+$/, '.mapping.yaml'),
    lang,
    write: flags.includes('--write'),
    update: flags.includes('--update'),
    today: TODAY,
    print: (line) => lines.push(line),
  });
  return { code, out: lines.join('\n') };
}

function serviceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(join(root, 'content', 'services')).sort();
}

const EXPECTED_DRY_RUN = [
  'row 4: would create content/services/by/soligorsk/soligorsk-kabinet-profilaktiki-primer.yaml',
  'row 5: would create content/services/by/soligorsk/soligorsk-konsultatsionnyy-punkt-ravnyy-primer.yaml',
  'row 7: would create content/services/by/soligorsk/soligorsk-yuridicheskaya-konsultatsiya-primer-prava.yaml',
  'row 8: looks like content/services/by/soligorsk/soligorsk-red-cross.yaml (similar name “Солигорская районная организация Белорусского общества Красного Креста” in the same city) — not imported; check by hand',
  'row 9: looks like row 4 of this sheet (same phone +375 29 100 00 01) — not imported',
  'row 10: rejected',
  'row 11: rejected',
];

describe.each(['csv', 'xlsx', 'ods'])('npm run import on the messy %s fixture', (ext) => {
  const sheet = join(FIXTURES, `soligorsk.${ext}`);

  it('reports every row in a dry run and writes nothing', () => {
    const root = scratchProject();
    const before = serviceFiles(root);
    const { code, out } = runImport(root, [sheet, '--lang', 'en']);
    expect(code).toBe(1); // two rows are rejected
    expect(out.split('\n').filter((line) => /^row \d+:/.test(line))).toEqual(EXPECTED_DRY_RUN);
    expect(out).toContain('  ✗ the name is empty');
    expect(out).toContain('  ✗ city “Гродно” is not among the cities of by (soligorsk, minsk)');
    expect(out).toContain('opening hours “пн-пт 9-18” written as Mo-Fr 09:00-18:00');
    expect(out).toContain('opening hours “по записи” could not be read');
    expect(out).toContain('did not understand these offers: ярмарка вакансий');
    expect(out).toContain('7 rows read: 3 new entries, 2 possible duplicates, 2 rejected');
    expect(out).toContain('Dry run: nothing was written.');
    expect(serviceFiles(root)).toEqual(before);
  });

  it('writes entries that pass the validator, and a second import writes nothing and finds them present', () => {
    const root = scratchProject();
    const before = serviceFiles(root);
    expect(runImport(root, [sheet, '--write']).code).toBe(1);
    const added = serviceFiles(root).filter((file) => !before.includes(file));
    expect(added).toHaveLength(3);
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
    const entry = readFileSync(
      added.find((file) => file.endsWith('kabinet-profilaktiki-primer.yaml'))!,
      'utf8',
    );
    expect(entry).toContain('status: unverified');
    expect(entry).toContain('title: Spreadsheet "soligorsk"');
    expect(entry).toContain('number: +375 29 100 00 01');
    expect(entry).toContain('lat: 52.7876');
    const contents = added.map((file) => readFileSync(file, 'utf8'));

    const again = runImport(root, [sheet, '--write', '--lang', 'ru']);
    expect(serviceFiles(root)).toEqual([...before, ...added].sort());
    expect(added.map((file) => readFileSync(file, 'utf8'))).toEqual(contents);
    const lines = again.out.split('\n').filter((line) => /^строка \d+:/.test(line));
    expect(lines.filter((line) => line.includes('уже есть'))).toHaveLength(3);
    expect(lines.filter((line) => /будет создан|создан /.test(line))).toEqual([]);
    expect(again.out).toContain('Записано 0 файлов.');
  });
});

describe('npm run import: mapping, updates and usage', () => {
  it('writes a starter mapping next to a sheet that has none, and stops', () => {
    const root = scratchProject();
    const sheet = join(root, 'services.xlsx');
    cpSync(join(FIXTURES, 'soligorsk.xlsx'), sheet);
    const { code, out } = runImport(root, [sheet]);
    expect(code).toBe(1);
    expect(out).toContain('wrote a starter mapping');
    const mapping = readFileSync(join(root, 'services.mapping.yaml'), 'utf8');
    expect(mapping).toContain('header_row: 3');
    expect(mapping).toContain('language: ru');
    expect(mapping).toContain('Телефон: phones');
    expect(mapping).toContain('Комментарий: null');
  });

  it('never overwrites a changed entry without --update', () => {
    const root = scratchProject();
    const sheet = join(FIXTURES, 'soligorsk.csv');
    runImport(root, [sheet, '--write']);
    const file = join(root, 'content/services/by/soligorsk/soligorsk-kabinet-profilaktiki-primer.yaml');
    const edited = readFileSync(file, 'utf8').replace('cost: free', 'cost: paid');
    writeFileSync(file, edited);
    expect(runImport(root, [sheet]).out).toContain(
      'row 4: differs from content/services/by/soligorsk/soligorsk-kabinet-profilaktiki-primer.yaml — would update it with --update',
    );
    expect(runImport(root, [sheet, '--write']).out).toContain('not changed (add --update to update it)');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(runImport(root, [sheet, '--write', '--update']).out).toContain('row 4: updated');
    expect(readFileSync(file, 'utf8')).toContain('cost: free');
    expect(validateContent({ root, today: TODAY }).problems).toEqual([]);
  });

  it('rejects a row whose free text carries private contacts, with the validator’s privacy message', () => {
    const root = scratchProject();
    const sheet = join(root, 'private.csv');
    writeFileSync(
      sheet,
      'Name;City;Services;Description\nDrop-in «Example»;Soligorsk;naloxone;Ask for the nurse, Telegram @private_person_99\n',
    );
    writeFileSync(
      join(root, 'private.mapping.yaml'),
      'header_row: 1\nlanguage: en\ncountry: by\ncolumns: { Name: name, City: city, Services: types, Description: description }\nsource: Test sheet\nby: Import test\n',
    );
    const { code, out } = runImport(root, [sheet]);
    expect(code).toBe(1);
    expect(out).toMatch(/^row 2: rejected\n {2}✗ description\.en: /m);
  });

  it('answers --help, runs a dry run, and refuses wrong usage with exit code 2', () => {
    const root = scratchProject();
    const help = runScript(root, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run import -- FILE');
    const dryRun = runScript(root, [join(FIXTURES, 'soligorsk.ods'), '--lang', 'sr']);
    expect(dryRun.code).toBe(1);
    expect(dryRun.out).toContain(
      'red 4: biće napravljen content/services/by/soligorsk/soligorsk-kabinet-profilaktiki-primer.yaml',
    );
    expect(runScript(root, []).code).toBe(2);
    expect(runScript(root, [join(FIXTURES, 'soligorsk.csv'), '--update', '--lang', 'de']).code).toBe(2);
  }, 120_000);
});
