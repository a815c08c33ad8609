/**
 * Counts read as a native speaker says them: "21 служба", "22 službe",
 * "25 служб" — in the UI, in validator messages and in the form — through the
 * dictionaries' plural forms, chosen by i18next with Intl.PluralRules; the
 * importer's report shares them.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations, type UiKey } from '../../src/i18n';
import { formatMessage, isPluralForms, type MessageTemplate } from '../../src/i18n/format';
import { checkServiceForm, FORM_MESSAGE_KEYS, type ServiceFormValues } from '../../src/lib/service-form';
import { summarize } from '../../src/lib/validation';
import { LOCALES } from '../../src/schemas/locales';

const COUNTS = [1, 2, 5, 11, 21, 22, 25] as const;
type Row = Record<(typeof COUNTS)[number], string>;
const row = (forms: string[]): Row => Object.fromEntries(COUNTS.map((count, index) => [count, forms[index]!])) as Row;

/** What each count must read, per language and message. */
const EXPECTED: Record<'ru' | 'sr', [UiKey, Row][]> = {
  ru: [
    ['directory.count', row(['1 служба', '2 службы', '5 служб', '11 служб', '21 служба', '22 службы', '25 служб'])],
    [
      'search.results',
      row([
        '1 результат',
        '2 результата',
        '5 результатов',
        '11 результатов',
        '21 результат',
        '22 результата',
        '25 результатов',
      ]),
    ],
    [
      'statistics.total',
      row([
        'Опубликован 1 случай.',
        'Опубликовано 2 случая.',
        'Опубликовано 5 случаев.',
        'Опубликовано 11 случаев.',
        'Опубликован 21 случай.',
        'Опубликовано 22 случая.',
        'Опубликовано 25 случаев.',
      ]),
    ],
    [
      'format.list_at_least',
      row([
        'нужен список хотя бы из 1 пункта',
        'нужен список хотя бы из 2 пунктов',
        'нужен список хотя бы из 5 пунктов',
        'нужен список хотя бы из 11 пунктов',
        'нужен список хотя бы из 21 пункта',
        'нужен список хотя бы из 22 пунктов',
        'нужен список хотя бы из 25 пунктов',
      ]),
    ],
    [
      'summary.in_files',
      row(['в 1 файле', 'в 2 файлах', 'в 5 файлах', 'в 11 файлах', 'в 21 файле', 'в 22 файлах', 'в 25 файлах']),
    ],
    [
      'text.too_long',
      row(
        [1, 2, 5, 11, 21, 22, 25].map(
          (n, i) =>
            `в этом тексте ${n} ${['знак', 'знака', 'знаков', 'знаков', 'знак', 'знака', 'знаков'][i]}; предел для этого поля — {{limit}}`,
        ),
      ),
    ],
    [
      'file.too_deep',
      row(
        ['1 уровня', '2 уровней', '5 уровней', '11 уровней', '21 уровня', '22 уровней', '25 уровней'].map(
          (depth) => `в файле поля вложены глубже ${depth}`,
        ),
      ),
    ],
    [
      'monitoring.headline_respondents',
      row([
        'Опрошен 1 человек',
        'Опрошены 2 человека',
        'Опрошено 5 человек',
        'Опрошено 11 человек',
        'Опрошен 21 человек',
        'Опрошены 22 человека',
        'Опрошено 25 человек',
      ]),
    ],
    [
      'monitoring.headline_interviewers',
      row([
        'опрашивал 1 равный интервьюер',
        'опрашивали 2 равных интервьюера',
        'опрашивали 5 равных интервьюеров',
        'опрашивали 11 равных интервьюеров',
        'опрашивал 21 равный интервьюер',
        'опрашивали 22 равных интервьюера',
        'опрашивали 25 равных интервьюеров',
      ]),
    ],
    [
      'monitoring.headline_hidden',
      row(
        ['1 человека', '2 человек', '5 человек', '11 человек', '21 человека', '22 человек', '25 человек'].map(
          (people) => `В этом раунде опрошено меньше ${people}, поэтому цифры не показываются.`,
        ),
      ),
    ],
    [
      'slip.overflow',
      row(
        ['1 службы', '2 служб', '5 служб', '11 служб', '21 службы', '22 служб', '25 служб'].map(
          (max) => `На одну страницу помещается не больше ${max}; остальные не вошли.`,
        ),
      ),
    ],
    [
      'service.stale',
      row(
        ['1 месяца', '2 месяцев', '5 месяцев', '11 месяцев', '21 месяца', '22 месяцев', '25 месяцев'].map(
          (months) => `Эти сведения последний раз проверялись более ${months} назад и могли устареть.`,
        ),
      ),
    ],
    [
      'import.summary.rows',
      row([
        'прочитана 1 строка',
        'прочитаны 2 строки',
        'прочитано 5 строк',
        'прочитано 11 строк',
        'прочитана 21 строка',
        'прочитаны 22 строки',
        'прочитано 25 строк',
      ]),
    ],
  ],
  sr: [
    ['directory.count', row(['1 služba', '2 službe', '5 službi', '11 službi', '21 služba', '22 službe', '25 službi'])],
    [
      'search.results',
      row(['1 rezultat', '2 rezultata', '5 rezultata', '11 rezultata', '21 rezultat', '22 rezultata', '25 rezultata']),
    ],
    [
      'statistics.total',
      row([
        'Objavljen je 1 slučaj.',
        'Objavljena su 2 slučaja.',
        'Objavljeno je 5 slučajeva.',
        'Objavljeno je 11 slučajeva.',
        'Objavljen je 21 slučaj.',
        'Objavljena su 22 slučaja.',
        'Objavljeno je 25 slučajeva.',
      ]),
    ],
    [
      'format.list_at_least',
      row([
        'potreban je spisak sa najmanje 1 stavkom',
        'potreban je spisak sa najmanje 2 stavke',
        'potreban je spisak sa najmanje 5 stavki',
        'potreban je spisak sa najmanje 11 stavki',
        'potreban je spisak sa najmanje 21 stavkom',
        'potreban je spisak sa najmanje 22 stavke',
        'potreban je spisak sa najmanje 25 stavki',
      ]),
    ],
    [
      'summary.in_files',
      row(['u 1 fajlu', 'u 2 fajla', 'u 5 fajlova', 'u 11 fajlova', 'u 21 fajlu', 'u 22 fajla', 'u 25 fajlova']),
    ],
    [
      'text.too_long',
      row(
        [1, 2, 5, 11, 21, 22, 25].map(
          (n, i) =>
            `ovaj tekst ima ${n} ${['znak', 'znaka', 'znakova', 'znakova', 'znak', 'znaka', 'znakova'][i]}; granica za ovo polje je {{limit}}`,
        ),
      ),
    ],
    [
      'monitoring.headline_respondents',
      row([
        'Anketirana je 1 osoba',
        'Anketirane su 2 osobe',
        'Anketirano je 5 osoba',
        'Anketirano je 11 osoba',
        'Anketirana je 21 osoba',
        'Anketirane su 22 osobe',
        'Anketirano je 25 osoba',
      ]),
    ],
    [
      'monitoring.headline_cities',
      row(['u 1 gradu', 'u 2 grada', 'u 5 gradova', 'u 11 gradova', 'u 21 gradu', 'u 22 grada', 'u 25 gradova']),
    ],
    [
      'monitoring.headline_hidden',
      row(
        ['1 osobe', '2 osobe', '5 osoba', '11 osoba', '21 osobe', '22 osobe', '25 osoba'].map(
          (people) => `U ovom krugu je anketirano manje od ${people}, pa se brojke ne prikazuju.`,
        ),
      ),
    ],
    [
      'slip.overflow',
      row(
        [
          'staje najviše 1 služba',
          'staju najviše 2 službe',
          'staje najviše 5 službi',
          'staje najviše 11 službi',
          'staje najviše 21 služba',
          'staju najviše 22 službe',
          'staje najviše 25 službi',
        ].map((max) => `Na jednu stranu ${max}; ostale su izostavljene.`),
      ),
    ],
    [
      'service.stale',
      row(
        ['1 meseca', '2 meseca', '5 meseci', '11 meseci', '21 meseca', '22 meseca', '25 meseci'].map(
          (months) => `Ovi podaci su poslednji put provereni pre više od ${months} i možda više nisu tačni.`,
        ),
      ),
    ],
    [
      'import.summary.rows',
      row([
        'pročitan 1 red',
        'pročitana 2 reda',
        'pročitano 5 redova',
        'pročitano 11 redova',
        'pročitan 21 red',
        'pročitana 22 reda',
        'pročitano 25 redova',
      ]),
    ],
  ],
};

/** Messages that show a count without a noun to agree with it ("Открыть памятку (3)", "Показано 3 из 5"). */
const BARE_COUNTS = new Set<UiKey>(['slip.open', 'filter.shown']);

describe('plural forms', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every message with plural forms has exactly the language's categories`, () => {
      const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const [key, template] of Object.entries(DICTIONARIES[locale]) as [UiKey, MessageTemplate][]) {
        if (isPluralForms(template)) expect(Object.keys(template).sort(), `${locale}:${key}`).toEqual(categories);
      }
    });

    it(`${locale}: every message that shows a count next to words has plural forms`, () => {
      for (const [key, template] of Object.entries(DICTIONARIES[locale]) as [UiKey, MessageTemplate][]) {
        if (typeof template === 'string' && template.includes('{{count}}'))
          expect(BARE_COUNTS.has(key), `${locale}:${key} shows {{count}} as plain text`).toBe(true);
      }
    });

    it(`${locale}: the browser's formatMessage picks what i18next picks`, () => {
      const t = useTranslations(locale);
      for (const [key, template] of Object.entries(DICTIONARIES[locale]) as [UiKey, MessageTemplate][]) {
        if (!isPluralForms(template)) continue;
        for (const count of [0, ...COUNTS, 101, 111, 1000])
          expect(formatMessage(locale, template, { count }), `${locale}:${key}:${count}`).toBe(t(key, { count }));
      }
    });
  }

  for (const [locale, table] of Object.entries(EXPECTED) as ['ru' | 'sr', [UiKey, Row][]][]) {
    it(`${locale}: counts 1, 2, 5, 11, 21, 22, 25 read correctly in UI and validator messages`, () => {
      const t = useTranslations(locale);
      for (const [key, expected] of table) {
        for (const count of COUNTS) expect(t(key, { count }), `${key}:${count}`).toBe(expected[count]);
      }
    });
  }

  it('the validator summary agrees in number with the files and problems it counts', () => {
    expect(summarize({ files: 21, problems: [] } as never, 'ru')).toBe('Проверен 21 файл, ошибок нет.');
    expect(summarize({ files: 22, problems: [] } as never, 'sr')).toBe('Proverena su 22 fajla, bez grešaka.');
    const problems = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ file: `f${index % 2}.yaml`, field: '', message: '' }));
    expect(summarize({ files: 5, problems: problems(5) } as never, 'ru')).toBe(
      '5 ошибок в 2 файлах — ничего не опубликовано.',
    );
    expect(summarize({ files: 5, problems: problems(1) } as never, 'sr')).toBe(
      '1 greška u 1 fajlu — ništa nije objavljeno.',
    );
  });

  it('the form says "at least 1 item" in the singular', () => {
    const values = {
      place: 'by/soligorsk',
      name: 'x',
      description: 'x',
      types: [],
      address: '',
      address_visibility: 'public',
      opening_hours: '',
      phone: '',
      email: '',
      website: '',
      cost: 'free',
      anonymous: '',
      narcology_register: 'unknown',
      status: 'unverified',
      date: '2026-01-01',
      by: 'x',
      source: 'x',
      id: 'x',
    } as ServiceFormValues;
    const context = (lang: 'ru' | 'sr') => ({
      lang,
      today: '2026-02-01',
      places: ['by/soligorsk'],
      choices: { types: ['nsp'], cost: ['free'], address_visibility: ['public'], narcology_register: ['unknown'] },
      messages: Object.fromEntries(FORM_MESSAGE_KEYS.map((key) => [key, DICTIONARIES[lang][key]])),
    });
    expect(checkServiceForm(values, context('ru'))[0]!.message).toBe('нужен список хотя бы из 1 пункта, а поля нет');
    expect(checkServiceForm(values, context('sr'))[0]!.message).toBe(
      'potreban je spisak sa najmanje 1 stavkom, a polja nema',
    );
  });
});
