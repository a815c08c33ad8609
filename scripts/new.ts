/**
 * npm run new [-- --lang ru|sr|en] [--type service|case|event] [--root DIR] [--today YYYY-MM-DD]
 *
 * Asks for the essential fields of a new service, rights case or event in the
 * contributor's language, checks every answer as it is given (with the
 * validator's own words, and asks again), then checks the whole entry and
 * writes it to the right folder. Never writes an entry that fails the check
 * and never overwrites a file. Answers may come from a terminal or, one per
 * line, from a pipe (the tests do that).
 *
 * Exit codes: 0 written, 1 stopped or not written, 2 wrong usage.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { isLangOption, readCommandLine } from './cli';
import { parse } from 'yaml';
import { todayIso } from '../src/lib/dates';
import { pickText } from '../src/lib/localized';
import {
  checkAnonymous,
  checkFreeText,
  checkAnswer,
  checkOpeningHours,
  entryYaml,
  LANGUAGE_NAMES,
  parseChoice,
  prompt,
  renderChoices,
  suggestId,
  type Checked,
  type Choice,
  type PromptKey,
} from '../src/lib/scaffold';
import { serbianToLatin } from '../src/lib/transliterate';
import { validateContent } from '../src/lib/validation';
import { caseSchema } from '../src/schemas/cases';
import { eventSchema, parseTimeRange, recurrenceProblem } from '../src/schemas/events';
import { countrySchema, type Country } from '../src/schemas/countries';
import { schemaAt, renderProblem } from '../src/schemas/format';
import { LOCALE_NAMES, LOCALES, type Locale } from '../src/schemas/locales';
import { message } from '../src/schemas/messages';
import { serviceSchema } from '../src/schemas/services';
import {
  ADDRESS_VISIBILITIES,
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_OUTCOMES,
  COSTS,
  EVENT_KINDS,
  PERPETRATORS,
  SERVICE_TYPES,
  type Vocabulary,
} from '../src/schemas/vocabularies';

const HELP = `Usage: npm run new -- [options]

Asks a few questions and writes a new, checked entry file:
a service (content/services/<country>/<city>/<id>.yaml), an anonymous
rights case (content/cases/<country>/<id>.yaml) or an event
(content/events/<country>/<id>.yaml).

Options:
  --lang ru|sr|en      language of the questions and of the texts you write
                       (asked first when left out)
  --type service|case|event
                       what to add (asked when left out)
  --root DIR           project folder (default: current folder)
  --today YYYY-MM-DD   the day to use as "today" (default: today)
  -h, --help           show this help

Every answer is checked as you give it; a wrong one is explained and asked
again. Nothing is written until the whole entry passes the same check as
"npm run validate", and an existing file is never overwritten.

Exit code: 0 written, 1 stopped or not written, 2 wrong usage.`;

/** Thrown when the input ends (Ctrl+D, end of a pipe) before the questions do. */
class Stopped extends Error {}

/** Reads answers line by line; lines typed or piped ahead of a question wait in a queue. */
function createAnswers() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async next(): Promise<string> {
      const { value, done } = await lines.next();
      if (done) throw new Stopped();
      return String(value);
    },
    close: () => rl.close(),
  };
}

type Answers = ReturnType<typeof createAnswers>;

const say = (text: string) => process.stdout.write(`${text}\n`);

interface AskOptions {
  optional?: boolean;
  default?: string;
}

/** The questions of one run, in one language. */
class Interview {
  constructor(
    private readonly answers: Answers,
    readonly lang: Locale,
  ) {}

  t(key: PromptKey, params: Record<string, string | number> = {}): string {
    return prompt(this.lang, key, params);
  }

  private async ask(question: string, options: AskOptions): Promise<string> {
    const notes = [
      options.optional ? this.t('optional') : '',
      options.default ? this.t('default_value', { value: options.default }) : '',
    ]
      .filter(Boolean)
      .join('; ');
    say(`\n${question}${notes ? ` (${notes})` : ''}`);
    process.stdout.write('> ');
    const answer = (await this.answers.next()).trim();
    return answer || options.default || '';
  }

  /** Asks until the answer passes `check`; an empty optional answer gives undefined. */
  async valid<T>(
    question: string,
    check: (answer: string) => Checked<T>,
    options: AskOptions = {},
  ): Promise<T | undefined> {
    for (;;) {
      const answer = await this.ask(question, options);
      if (answer === '' && options.optional) return undefined;
      const checked = check(answer);
      if (checked.ok) return checked.value;
      say(this.t('problem', { message: checked.reason }));
    }
  }

  /** Like `valid`, for a question that must be answered. */
  async required<T>(
    question: string,
    check: (answer: string) => Checked<T>,
    options: Omit<AskOptions, 'optional'> = {},
  ): Promise<T> {
    return (await this.valid(question, check, options)) as T;
  }

  /** A numbered choice; returns the chosen keys, or undefined when an optional choice is skipped. */
  async choose(
    question: string,
    choices: Choice[],
    options: { multiple?: boolean; optional?: boolean } = {},
  ): Promise<string[] | undefined> {
    const hint = this.t(options.multiple ? 'answer_many' : 'answer_one');
    for (;;) {
      const answer = await this.ask(`${question}\n${renderChoices(choices)}\n${hint}`, { optional: options.optional });
      if (answer === '' && options.optional) return undefined;
      const keys = parseChoice(answer, choices, Boolean(options.multiple));
      if (keys) return keys;
      say(this.t('problem', { message: this.t('not_a_choice', { answer, hint }) }));
    }
  }

  /** A yes/no question; anything but a "yes" word counts as no. */
  async yes(question: string): Promise<boolean> {
    const answer = await this.ask(question, {});
    return this.t('yes_words').split(',').includes(answer.toLowerCase());
  }

  async chooseOne(question: string, choices: Choice[]): Promise<string> {
    return (await this.choose(question, choices))![0]!;
  }
}

function vocabularyChoices(vocabulary: Vocabulary, lang: Locale): Choice[] {
  return Object.entries(vocabulary).map(([key, terms]) => ({ key, label: `${terms[lang].label} (${key})` }));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function loadCountries(root: string): Country[] {
  const dir = join(root, 'content', 'countries');
  return listFiles(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      try {
        const result = countrySchema.safeParse(parse(readFileSync(file, 'utf8')));
        return result.success ? [result.data] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The file that already uses `id` in a collection folder, if any. */
function fileWithId(root: string, folder: string, id: string): string | undefined {
  const found = listFiles(join(root, 'content', folder)).find((file) => file.endsWith(`/${id}.yaml`));
  return found?.slice(root.length + 1);
}

async function chooseCountry(interview: Interview, countries: Country[]): Promise<Country | undefined> {
  const { lang } = interview;
  const choices = [
    ...countries.map((country) => ({
      key: country.id,
      label: `${pickText(country.name, lang, country.original_language)} (${country.id})`,
    })),
    { key: '-', label: interview.t('not_in_list') },
  ];
  const key = await interview.chooseOne(interview.t('country'), choices);
  return countries.find((country) => country.id === key);
}

async function askId(
  interview: Interview,
  root: string,
  folder: string,
  schema: Parameters<typeof schemaAt>[0],
  suggestion: string,
): Promise<string> {
  return interview.required(
    interview.t('id'),
    (answer) => {
      const checked = checkAnswer(schema, answer, interview.lang);
      if (!checked.ok) return checked;
      const taken = fileWithId(root, folder, answer);
      return taken
        ? { ok: false, reason: interview.t('id_taken', { id: answer, file: taken }) }
        : { ok: true, value: answer };
    },
    { default: suggestion || undefined },
  );
}

function notFuture(date: string, today: string, lang: Locale): Checked<string> {
  return date > today
    ? {
        ok: false,
        reason: `${message(lang, 'check.in_future', { date })} — ${message(lang, 'format.hint')}: ${message(lang, 'check.in_future_hint')}`,
      }
    : { ok: true, value: date };
}

/** Texts per language for the entry; Serbian is kept in Latin script (the Cyrillic edition is made from it), whatever was typed. */
function only(texts: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.filter((locale) => texts[locale]).map((locale) => [
      locale,
      locale === 'sr' ? serbianToLatin(texts[locale]!) : texts[locale],
    ]),
  );
}

const field = (schema: Parameters<typeof schemaAt>[0], ...path: (string | number)[]) => schemaAt(schema, path)!;

/** Questions for a service; returns the entry and where it goes, or undefined when stopped. */
async function interviewService(interview: Interview, root: string, today: string) {
  const { lang } = interview;
  const countries = loadCountries(root);
  const country = await chooseCountry(interview, countries);
  if (!country) {
    say(interview.t('country_missing'));
    return undefined;
  }
  const cityKey = await interview.chooseOne(interview.t('city'), [
    ...Object.entries(country.cities).map(([key, city]) => ({
      key,
      label: `${pickText(city.name, lang, country.original_language)} (${key})`,
    })),
    { key: '-', label: interview.t('not_in_list') },
  ]);
  if (cityKey === '-') {
    say(interview.t('city_missing', { country: country.id }));
    return undefined;
  }

  const text = field(serviceSchema, 'name', lang);
  // The schema's rules, then the validator's privacy screen: no private person's number, handle or name.
  const check = (answer: string) => {
    const checked = checkAnswer(text, answer, lang);
    return checked.ok ? checkFreeText(checked.value, lang) : checked;
  };
  const name: Partial<Record<Locale, string>> = {};
  const description: Partial<Record<Locale, string>> = {};
  const address: Partial<Record<Locale, string>> = {};
  name[lang] = await interview.required(interview.t('service_name', { language: LANGUAGE_NAMES[lang][lang] }), check);
  description[lang] = await interview.required(
    interview.t('service_description', { language: LANGUAGE_NAMES[lang][lang] }),
    check,
  );
  const types = await chooseChecked(
    interview,
    interview.t('types'),
    vocabularyChoices(SERVICE_TYPES, lang),
    field(serviceSchema, 'types'),
    true,
  );
  address[lang] = await interview.valid(interview.t('address', { language: LANGUAGE_NAMES[lang][lang] }), check, {
    optional: true,
  });
  const addressVisibility = address[lang]
    ? (
        await chooseChecked(
          interview,
          interview.t('address_visibility'),
          vocabularyChoices(ADDRESS_VISIBILITIES, lang),
          field(serviceSchema, 'address_visibility'),
          false,
        )
      )[0]
    : undefined;

  const untranslated: Locale[] = [];
  for (const other of LOCALES.filter((locale) => locale !== lang)) {
    say(`\n${interview.t('translation_offer', { language: LANGUAGE_NAMES[lang][other] })}`);
    name[other] = await interview.valid(interview.t('service_name', { language: LANGUAGE_NAMES[lang][other] }), check, {
      optional: true,
    });
    if (name[other])
      description[other] = await interview.valid(
        interview.t('service_description', { language: LANGUAGE_NAMES[lang][other] }),
        check,
        { optional: true },
      );
    if (name[other] && description[other] && address[lang])
      address[other] = await interview.valid(interview.t('address', { language: LANGUAGE_NAMES[lang][other] }), check, {
        optional: true,
      });
    if (!name[other] || !description[other] || (address[lang] && !address[other])) untranslated.push(other);
  }

  const openingHours = await askOpeningHours(interview, country.id);
  const phone = await interview.valid(
    interview.t('phone'),
    (answer) => checkAnswer(field(serviceSchema, 'phones', 0, 'number'), answer, lang),
    { optional: true },
  );
  const cost = (
    await chooseChecked(
      interview,
      interview.t('cost'),
      vocabularyChoices(COSTS, lang),
      field(serviceSchema, 'cost'),
      false,
    )
  )[0];
  const status = await interview.chooseOne(interview.t('verification_status'), [
    { key: 'verified', label: interview.t('verification.verified') },
    { key: 'unverified', label: interview.t('verification.unverified') },
  ]);
  const date = await interview.required(
    interview.t('verification_date'),
    (answer) => {
      const checked = checkAnswer(field(serviceSchema, 'verification', 'date'), answer, lang);
      return checked.ok ? notFuture(checked.value, today, lang) : checked;
    },
    { default: today },
  );
  const by = await interview.required(interview.t('verification_by'), (answer) =>
    checkAnswer(field(serviceSchema, 'verification', 'by'), answer, lang),
  );
  const sourceTitle = await interview.required(interview.t('verification_source'), (answer) =>
    checkAnswer(field(serviceSchema, 'verification', 'source', 'title'), answer, lang),
  );
  const id = await askId(
    interview,
    root,
    'services',
    field(serviceSchema, 'id'),
    suggestId(name.en ?? name[lang]!, cityKey),
  );

  const entry: Record<string, unknown> = {
    id,
    country: country.id,
    city: cityKey,
    name: only(name),
    description: only(description),
    types,
    ...(address[lang] ? { address: only(address), address_visibility: addressVisibility } : {}),
    ...(openingHours ? { opening_hours: openingHours } : {}),
    ...(phone ? { phones: [{ number: phone }] } : {}),
    cost,
    verification: { status, date, by, source: { title: sourceTitle } },
    original_language: lang,
    untranslated,
  };
  return { entry, file: `content/services/${country.id}/${cityKey}/${id}.yaml` };
}

/** Questions for an event; returns the entry and where it goes, or undefined when stopped. */
async function interviewEvent(interview: Interview, root: string, today: string) {
  const { lang } = interview;
  const country = await chooseCountry(interview, loadCountries(root));
  if (!country) {
    say(interview.t('country_missing'));
    return undefined;
  }
  const city = await interview.chooseOne(interview.t('city'), [
    ...Object.entries(country.cities).map(([key, entry]) => ({ key, label: `${pickText(entry.name, lang, country.original_language)} (${key})` })),
    { key: '-', label: interview.t('not_in_list') },
  ]);
  if (city === '-') {
    say(interview.t('city_missing', { country: country.id }));
    return undefined;
  }
  const kind = (await chooseChecked(interview, interview.t('event_kind'), vocabularyChoices(EVENT_KINDS, lang), field(eventSchema, 'kind'), false))[0];
  const check = (answer: string) => checkAnswer(field(eventSchema, 'title', lang), answer, lang);
  const title: Partial<Record<Locale, string>> = {};
  const description: Partial<Record<Locale, string>> = {};
  title[lang] = await interview.required(interview.t('event_title', { language: LANGUAGE_NAMES[lang][lang] }), check);
  description[lang] = await interview.required(interview.t('event_description', { language: LANGUAGE_NAMES[lang][lang] }), check);
  const untranslated: Locale[] = [];
  for (const other of LOCALES.filter((locale) => locale !== lang)) {
    say(`\n${interview.t('translation_offer', { language: LANGUAGE_NAMES[lang][other] })}`);
    title[other] = await interview.valid(interview.t('event_title', { language: LANGUAGE_NAMES[lang][other] }), check, { optional: true });
    if (title[other]) description[other] = await interview.valid(interview.t('event_description', { language: LANGUAGE_NAMES[lang][other] }), check, { optional: true });
    if (!title[other] || !description[other]) untranslated.push(other);
  }
  const start = await interview.required(interview.t('event_start'), (answer) => checkAnswer(field(eventSchema, 'schedule', 'start'), answer, lang));
  const time = await interview.valid(
    interview.t('event_time'),
    (answer): Checked<string> => {
      const checked = checkAnswer<string>(field(eventSchema, 'schedule', 'time'), answer, lang);
      const range = checked.ok ? parseTimeRange(checked.value) : undefined;
      return range && range.to <= range.from ? { ok: false, reason: `${message(lang, 'event.time_order')} — ${message(lang, 'event.time_order_hint')}` } : checked;
    },
    { optional: true },
  );
  const repeat = await interview.valid(
    interview.t('event_repeat'),
    (answer): Checked<string> => {
      const problem = recurrenceProblem(answer, start);
      return problem ? { ok: false, reason: message(lang, 'event.repeat_invalid', { detail: problem }) } : { ok: true, value: answer.trim() };
    },
    { optional: true },
  );
  const status = await interview.chooseOne(interview.t('verification_status'), [
    { key: 'verified', label: interview.t('verification.verified') },
    { key: 'unverified', label: interview.t('verification.unverified') },
  ]);
  const date = await interview.required(
    interview.t('verification_date'),
    (answer) => {
      const checked = checkAnswer(field(eventSchema, 'verification', 'date'), answer, lang);
      return checked.ok ? notFuture(checked.value, today, lang) : checked;
    },
    { default: today },
  );
  const by = await interview.required(interview.t('verification_by'), (answer) => checkAnswer(field(eventSchema, 'verification', 'by'), answer, lang));
  const sourceTitle = await interview.required(interview.t('verification_source'), (answer) => checkAnswer(field(eventSchema, 'verification', 'source', 'title'), answer, lang));
  const id = await askId(interview, root, 'events', field(eventSchema, 'id'), suggestId(title.en ?? title[lang]!, city));
  const entry: Record<string, unknown> = {
    id,
    kind,
    title: only(title),
    description: only(description),
    country: country.id,
    city,
    schedule: { start, ...(time ? { time } : {}), ...(repeat ? { repeat } : {}) },
    sources: [{ title: sourceTitle }],
    verification: { status, date, by, source: { title: sourceTitle } },
    original_language: lang,
    untranslated,
  };
  return { entry, file: `content/events/${country.id}/${id}.yaml` };
}

/** Opening hours, confirmed by the contributor when the parser reads them differently from how they were typed. */
async function askOpeningHours(interview: Interview, country: string): Promise<string | undefined> {
  for (;;) {
    const read = await interview.valid(
      interview.t('opening_hours'),
      (answer) => {
        const checked = checkOpeningHours(answer, country, interview.lang);
        return checked.ok ? { ok: true, value: { answer, understood: checked.value } } : checked;
      },
      { optional: true },
    );
    if (!read || read.answer === read.understood) return read?.understood;
    if (await interview.yes(interview.t('understood_as', { value: read.understood }))) return read.understood;
  }
}

/** A numbered choice whose result is also checked against the schema piece. */
async function chooseChecked(
  interview: Interview,
  question: string,
  choices: Choice[],
  schema: Parameters<typeof schemaAt>[0],
  multiple: boolean,
): Promise<string[]> {
  for (;;) {
    const keys = (await interview.choose(question, choices, { multiple }))!;
    const checked = checkAnswer<unknown>(schema, multiple ? keys : keys[0], interview.lang);
    if (checked.ok) return keys;
    say(interview.t('problem', { message: checked.reason }));
  }
}

/** Questions for a rights case; returns the entry and where it goes, or undefined when stopped. */
async function interviewCase(interview: Interview, root: string, today: string) {
  const { lang } = interview;
  say(`\n${interview.t('case_rules')}`);
  if (!(await interview.yes(interview.t('case_consent')))) {
    say(interview.t('case_no_consent'));
    return undefined;
  }
  const country = await chooseCountry(interview, loadCountries(root));
  if (!country) {
    say(interview.t('country_missing'));
    return undefined;
  }
  const cities = Object.entries(country.cities).map(([key, city]) => ({
    key,
    label: `${pickText(city.name, lang, country.original_language)} (${key})`,
  }));
  const city = (await interview.choose(interview.t('case_city'), cities, { optional: true }))?.[0];
  const date = await interview.required(interview.t('case_date'), (answer) => {
    const checked = checkAnswer(field(caseSchema, 'date'), answer, lang);
    if (!checked.ok) return checked;
    if (checked.value.length !== 7) return { ok: false, reason: message(lang, 'case.date_too_precise') };
    return notFuture(checked.value, today.slice(0, 7), lang);
  });
  const kind = (
    await chooseChecked(
      interview,
      interview.t('case_kind'),
      vocabularyChoices(CASE_KINDS, lang),
      field(caseSchema, 'kind'),
      false,
    )
  )[0];
  const categories = await chooseChecked(
    interview,
    interview.t('case_categories'),
    vocabularyChoices(CASE_CATEGORIES, lang),
    field(caseSchema, 'categories'),
    true,
  );
  const perpetrator = (
    await chooseChecked(
      interview,
      interview.t('case_perpetrator'),
      vocabularyChoices(PERPETRATORS, lang),
      field(caseSchema, 'perpetrator'),
      false,
    )
  )[0];
  const actions = await chooseChecked(
    interview,
    interview.t('case_actions'),
    vocabularyChoices(CASE_ACTIONS, lang),
    field(caseSchema, 'actions'),
    true,
  );
  const outcome = (
    await chooseChecked(
      interview,
      interview.t('case_outcome'),
      vocabularyChoices(CASE_OUTCOMES, lang),
      field(caseSchema, 'outcome'),
      false,
    )
  )[0];

  const text = field(caseSchema, 'title', lang);
  const check = (answer: string): Checked<string> => {
    const checked = checkAnswer(text, answer, lang);
    return checked.ok ? checkAnonymous(checked.value, lang) : checked;
  };
  const title: Partial<Record<Locale, string>> = {};
  const summary: Partial<Record<Locale, string>> = {};
  title[lang] = await interview.required(interview.t('case_title', { language: LANGUAGE_NAMES[lang][lang] }), check);
  summary[lang] = await interview.required(
    interview.t('case_summary', { language: LANGUAGE_NAMES[lang][lang] }),
    check,
  );
  const untranslated: Locale[] = [];
  for (const other of LOCALES.filter((locale) => locale !== lang)) {
    say(`\n${interview.t('translation_offer', { language: LANGUAGE_NAMES[lang][other] })}`);
    title[other] = await interview.valid(interview.t('case_title', { language: LANGUAGE_NAMES[lang][other] }), check, {
      optional: true,
    });
    if (title[other])
      summary[other] = await interview.valid(
        interview.t('case_summary', { language: LANGUAGE_NAMES[lang][other] }),
        check,
        { optional: true },
      );
    if (!title[other] || !summary[other]) untranslated.push(other);
  }
  const documentedBy = await interview.required(interview.t('case_documented_by'), (answer) => {
    const checked = checkAnswer(field(caseSchema, 'documented_by'), answer, lang);
    return checked.ok ? checkAnonymous(checked.value, lang) : checked;
  });
  const id = await askId(
    interview,
    root,
    'cases',
    field(caseSchema, 'id'),
    suggestId(title.en ?? title[lang]!, city ?? country.id),
  );

  const entry: Record<string, unknown> = {
    id,
    published: true,
    consent: true,
    date,
    precision: 'month',
    country: country.id,
    ...(city ? { city } : {}),
    kind,
    categories,
    perpetrator,
    actions,
    outcome,
    title: only(title),
    summary: only(summary),
    documented_by: documentedBy,
    recorded: today,
    original_language: lang,
    untranslated,
  };
  return { entry, file: `content/cases/${country.id}/${id}.yaml` };
}

/**
 * Runs the full validator on the new entry next to the project's countries,
 * in a temporary folder, so nothing lands in content/ before it passes.
 */
function checkWhole(root: string, file: string, yamlText: string, lang: Locale, today: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'new-entry-'));
  try {
    mkdirSync(join(scratch, 'content'), { recursive: true });
    const countries = join(root, 'content', 'countries');
    if (existsSync(countries)) symlinkSync(countries, join(scratch, 'content', 'countries'), 'dir');
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    writeFileSync(join(scratch, file), yamlText);
    return validateContent({ root: scratch, lang, today }).problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      lang: { type: 'string' },
      type: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      today: { type: 'string' },
    },
    HELP,
  );
  if ('exit' in commandLine) return commandLine.exit;
  const { values } = commandLine;
  if (values.lang !== undefined && !isLangOption(values.lang)) return 2;
  if (values.type !== undefined && !['service', 'case', 'event'].includes(values.type)) {
    console.error(`--type must be service, case or event, got "${values.type}"`);
    return 2;
  }
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today must be a date written YYYY-MM-DD, got "${today}"`);
    return 2;
  }
  const root = values.root!;
  if (!existsSync(join(root, 'content'))) {
    console.error(`There is no content/ folder in ${root}. Run this in the project folder, or pass --root.`);
    return 2;
  }

  const answers = createAnswers();
  let lang: Locale = values.lang ?? 'en';
  try {
    if (!values.lang) {
      const languages = LOCALES.map((locale) => ({ key: locale, label: `${LOCALE_NAMES[locale]} (${locale})` }));
      lang = (await new Interview(answers, 'en').chooseOne('Language / Язык / Jezik', languages)) as Locale;
    }
    const interview = new Interview(answers, lang);
    say(interview.t('intro'));
    const type =
      values.type ??
      (await interview.chooseOne(interview.t('choose_type'), [
        { key: 'service', label: interview.t('type.service') },
        { key: 'case', label: interview.t('type.case') },
        { key: 'event', label: interview.t('type.event') },
      ]));
    const interviews = { service: interviewService, case: interviewCase, event: interviewEvent };
    const result = await interviews[type as keyof typeof interviews](interview, root, today);
    if (!result) return 1;

    const yamlText = entryYaml(
      result.entry,
      `npm run new, ${today}. More fields: docs/templates/${lang === 'en' ? '' : `${lang}/`}${type}.yaml`,
    );
    say(`\n${interview.t('checking')}`);
    const problems = checkWhole(root, result.file, yamlText, lang, today);
    if (problems.length > 0) {
      say(interview.t('not_written'));
      for (const problem of problems) say(renderProblem(problem, lang));
      return 1;
    }
    const target = join(root, result.file);
    mkdirSync(dirname(target), { recursive: true });
    // 'wx' fails if the file appeared meanwhile: an existing entry is never overwritten.
    writeFileSync(target, yamlText, { flag: 'wx' });
    say(interview.t('written', { file: result.file }));
    say(interview.t('next_steps', { lang }));
    return 0;
  } catch (error) {
    if (error instanceof Stopped) {
      say(`\n${prompt(lang, 'stopped')}`);
      return 1;
    }
    throw error;
  } finally {
    answers.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm run new failed — this is a bug, please report it: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
