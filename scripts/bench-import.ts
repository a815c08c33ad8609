/**
 * npm run bench:import [-- --rows 5000]
 *
 * Measures `npm run import` on a large sheet: writes a synthetic XLSX of N
 * rows (made-up services in the sample countries' cities, local phones,
 * Russian headers, hours in local notation), then times reading, a dry run
 * and a --write run into a scratch copy of content/. Prints figures; asserts
 * nothing.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { readCommandLine } from './cli';
import { readSheet } from '../src/lib/import/read-sheet';
import { runImport } from '../src/lib/import/run';

const HELP = `Usage: npm run bench:import -- [--rows N]

Times npm run import on a synthetic sheet of N rows (default 5000): reading
the XLSX, a dry run, and a --write run into a scratch copy of content/.`;

const ROOT = resolve(import.meta.dirname, '..');
const OFFERS = [
  'ПОШ, тест на ВИЧ',
  'ОЗТ',
  'налоксон; аутрич',
  'юрист',
  'приют, социальная помощь',
  'трудоустройство',
  'реабилитация',
  'психолог',
];
const HOURS = ['пн-пт 9-18', 'Mo-Fr 10:00-16:00', 'по записи', 'пн, ср, пт 10-14', ''];
const CITIES = ['Солигорск', 'Минск'];

/** A made-up word, so names differ the way real ones do (the duplicate check compares every pair in a city). */
function word(seed: number): string {
  const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
  let out = '';
  for (
    let index = 0, value = seed * 2654435761;
    index < 7;
    index += 1, value = Math.floor(value / 7) + seed * 31 + index
  )
    out += letters[value % letters.length];
  return out;
}

function sheetRows(count: number): string[][] {
  const header = [
    'Город',
    'Название',
    'Услуги',
    'Адрес',
    'Телефон',
    'Часы работы',
    'Анонимно',
    'Бесплатно',
    'Широта',
    'Долгота',
  ];
  const rows = Array.from({ length: count }, (_, index) => [
    CITIES[index % CITIES.length]!,
    `Пункт «${word(index + 1)} ${word(index + 7919)}»`,
    OFFERS[index % OFFERS.length]!,
    `ул. ${word(index + 104729)}, ${(index % 90) + 1}`,
    `8 029 ${String(1_000_000 + index).slice(1, 4)}-${String(index % 100).padStart(2, '0')}-${String(Math.floor(index / 100) % 100).padStart(2, '0')}`,
    HOURS[index % HOURS.length]!,
    index % 3 ? 'да' : 'нет',
    index % 2 ? 'да' : '',
    index % CITIES.length ? '53,90' : '52,79',
    index % CITIES.length ? '27,56' : '27,54',
  ]);
  return [header, ...rows];
}

let cpuAtStart = process.cpuUsage();

/** Wall time since `start`, and the CPU time this process used meanwhile (the machine may be shared). */
function seconds(start: number): string {
  const cpu = process.cpuUsage(cpuAtStart);
  cpuAtStart = process.cpuUsage();
  return `${((performance.now() - start) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`;
}

function main(): number {
  const commandLine = readCommandLine({ rows: { type: 'string', default: '5000' } }, HELP);
  if ('exit' in commandLine) return commandLine.exit;
  const count = Number(commandLine.values.rows);
  const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
    symlinkSync(join(ROOT, 'public'), join(work, 'public'), 'dir');
    const sheet = join(work, `services-${count}.xlsx`);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheetRows(count)), 'Службы');
    writeFileSync(sheet, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
    const mappingFile = join(work, 'mapping.yaml');
    writeFileSync(
      mappingFile,
      `header_row: 1\nlanguage: ru\ncountry: by\ncolumns: { Город: city, Название: name, Услуги: types, Адрес: address, Телефон: phones, Часы работы: opening_hours, Анонимно: anonymous, Бесплатно: cost, Широта: lat, Долгота: lon }\nsource: Synthetic benchmark sheet\nby: Benchmark\n`,
    );
    let start = performance.now();
    cpuAtStart = process.cpuUsage();
    readSheet(sheet);
    console.log(`read ${count} rows of XLSX: ${seconds(start)}`);
    const counts = new Map<string, number>();
    const run = (write: boolean) =>
      runImport({
        root: work,
        sheet,
        mappingFile,
        lang: 'en',
        write,
        update: false,
        today: '2026-12-01',
        print: (line) => {
          const status = /^row \d+: (would create|created|looks like|rejected|already present)/.exec(line)?.[1];
          if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
        },
      });
    start = performance.now();
    cpuAtStart = process.cpuUsage();
    run(false);
    console.log(
      `dry run (read, plan, duplicate check, validate every entry): ${seconds(start)} — ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`,
    );
    counts.clear();
    start = performance.now();
    cpuAtStart = process.cpuUsage();
    run(true);
    console.log(`--write: ${seconds(start)} — ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`);
    counts.clear();
    start = performance.now();
    cpuAtStart = process.cpuUsage();
    run(false);
    console.log(
      `second import of the same sheet: ${seconds(start)} — ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
