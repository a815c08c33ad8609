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
  prompt,
  suggestId,
  type Checked,
  type Choice,
  type PromptKey,
} from '../src/lib/scaffold';
import {
  askOwnText,
  askTranslations,
  chooseChecked,
  chooseOneChecked,
  createAnswers,
  field,
  Interview,
  say,
  Stopped,
  type SchemaPiece,
} from './interview';
import { serbianToLatin } from '../src/lib/transliterate';
import { validateContent } from '../src/lib/validation';
import { caseSchema } from '../src/schemas/cases';
import { eventSchema, parseTimeRange, recurrenceProblem } from '../src/schemas/events';
import { countrySchema, type Country } from '../src/schemas/countries';
import { renderProblem } from '../src/schemas/format';
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
  schema: SchemaPiece,
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

/** A country from the list and one of its cities; undefined (after saying why) when the place is not listed yet. */
async function askPlace(interview: Interview, root: string): Promise<{ country: Country; city: string } | undefined> {
  const country = await chooseCountry(interview, loadCountries(root));
  if (!country) {
    say(interview.t('country_missing'));
    return undefined;
  }
  const city = await interview.chooseOne(interview.t('city'), [
    ...cityChoices(country, interview.lang),
    { key: '-', label: interview.t('not_in_list') },
  ]);
  if (city === '-') {
    say(interview.t('city_missing', { country: country.id }));
    return undefined;
  }
  return { country, city };
}

function cityChoices(country: Country, lang: Locale): Choice[] {
  return Object.entries(country.cities).map(([key, city]) => ({
    key,
    label: `${pickText(city.name, lang, country.original_language)} (${key})`,
  }));
}

/** Who checked the entry, when and against what, as the `verification` part of an entry. */
async function askVerification(interview: Interview, schema: SchemaPiece, today: string) {
  const { lang } = interview;
  const status = await interview.chooseOne(interview.t('verification_status'), [
    { key: 'verified', label: interview.t('verification.verified') },
    { key: 'unverified', label: interview.t('verification.unverified') },
  ]);
  const date = await interview.required(
    interview.t('verification_date'),
    (answer) => {
      const checked = checkAnswer(field(schema, 'verification', 'date'), answer, lang);
      return checked.ok ? notFuture(checked.value, today, lang) : checked;
    },
    { default: today },
  );
  const by = await interview.required(interview.t('verification_by'), (answer) =>
    checkAnswer(field(schema, 'verification', 'by'), answer, lang),
  );
  return { status, date, by, source: await askSource(interview, field(schema, 'verification', 'source')) };
}

/**
 * A source as a reader would cite it: its title, then — only if the document
 * gives them — who wrote or published it, the year and its language.
 */
async function askSource(interview: Interview, schema: SchemaPiece) {
  const { lang } = interview;
  const check = (name: string) => (answer: unknown) => checkAnswer<never>(field(schema, name), answer, lang);
  const title: string = await interview.required(interview.t('verification_source'), check('title'));
  const optional = { optional: true };
  const author: string | undefined = await interview.valid(interview.t('source_author'), check('author'), optional);
  // A year typed as digits is a number, as YAML would read it; anything else is checked as typed, to be named in the reason.
  const year: number | undefined = await interview.valid(
    interview.t('source_year'),
    (answer) => check('year')(/^\d+$/.test(answer) ? Number(answer) : answer),
    optional,
  );
  const language: string | undefined = await interview.valid(
    interview.t('source_language'),
    check('language'),
    optional,
  );
  return { title, author, year, language };
}

/** The schema's rules for a text, then `screen` (the validator's privacy check for that kind of entry). */
function screenedText(text: SchemaPiece, lang: Locale, screen: (value: string, lang: Locale) => Checked<string>) {
  return (answer: string): Checked<string> => {
    const checked = checkAnswer<string>(text, answer, lang);
    return checked.ok ? screen(checked.value, lang) : checked;
  };
}

/** A service's address, if it has one it may show, and who may see it (asked only when there is an address). */
async function askAddress(interview: Interview, check: (answer: string) => Checked<string>) {
  const { lang } = interview;
  const address = await askOwnText(interview, 'address', check, { optional: true });
  const addressVisibility = address.texts[lang]
    ? await chooseOneChecked(
        interview,
        interview.t('address_visibility'),
        vocabularyChoices(ADDRESS_VISIBILITIES, lang),
        field(serviceSchema, 'address_visibility'),
      )
    : undefined;
  return { address, addressVisibility };
}

/** Questions for a service; returns the entry and where it goes, or undefined when stopped. */
async function interviewService(interview: Interview, root: string, today: string) {
  const { lang } = interview;
  const place = await askPlace(interview, root);
  if (!place) return undefined;
  const { country, city } = place;
  // No private person's number, handle or name in any text.
  const check = screenedText(field(serviceSchema, 'name', lang), lang, checkFreeText);
  const name = await askOwnText(interview, 'service_name', check);
  const description = await askOwnText(interview, 'service_description', check);
  const types = await chooseChecked(
    interview,
    interview.t('types'),
    vocabularyChoices(SERVICE_TYPES, lang),
    field(serviceSchema, 'types'),
    true,
  );
  const { address, addressVisibility } = await askAddress(interview, check);
  const untranslated = await askTranslations(interview, [name, description, address], check);
  const openingHours = await askOpeningHours(interview, country.id);
  const phone = await interview.valid(
    interview.t('phone'),
    (answer) => checkAnswer(field(serviceSchema, 'phones', 0, 'number'), answer, lang),
    { optional: true },
  );
  const cost = await chooseOneChecked(
    interview,
    interview.t('cost'),
    vocabularyChoices(COSTS, lang),
    field(serviceSchema, 'cost'),
  );
  const verification = await askVerification(interview, serviceSchema, today);
  const id = await askId(
    interview,
    root,
    'services',
    field(serviceSchema, 'id'),
    suggestId(name.texts.en ?? name.texts[lang]!, city),
  );

  const entry: Record<string, unknown> = {
    id,
    country: country.id,
    city,
    name: only(name.texts),
    description: only(description.texts),
    types,
    ...(addressVisibility ? { address: only(address.texts), address_visibility: addressVisibility } : {}),
    ...(openingHours ? { opening_hours: openingHours } : {}),
    ...(phone ? { phones: [{ number: phone }] } : {}),
    cost,
    verification,
    original_language: lang,
    untranslated,
  };
  return { entry, file: `content/services/${country.id}/${city}/${id}.yaml` };
}

/** When an event happens: its first day, its hours if known and its repeat rule (RFC 5545 RRULE) if it repeats. */
async function askSchedule(interview: Interview) {
  const { lang } = interview;
  const start = await interview.required(interview.t('event_start'), (answer) =>
    checkAnswer(field(eventSchema, 'schedule', 'start'), answer, lang),
  );
  const time = await interview.valid(
    interview.t('event_time'),
    (answer): Checked<string> => {
      const checked = checkAnswer<string>(field(eventSchema, 'schedule', 'time'), answer, lang);
      const range = checked.ok ? parseTimeRange(checked.value) : undefined;
      return range && range.to <= range.from
        ? { ok: false, reason: `${message(lang, 'event.time_order')} — ${message(lang, 'event.time_order_hint')}` }
        : checked;
    },
    { optional: true },
  );
  const repeat = await interview.valid(
    interview.t('event_repeat'),
    (answer): Checked<string> => {
      const problem = recurrenceProblem(answer, start);
      return problem
        ? { ok: false, reason: message(lang, 'event.repeat_invalid', { detail: problem }) }
        : { ok: true, value: answer.trim() };
    },
    { optional: true },
  );
  return { start, ...(time ? { time } : {}), ...(repeat ? { repeat } : {}) };
}

/** Questions for an event; returns the entry and where it goes, or undefined when stopped. */
async function interviewEvent(interview: Interview, root: string, today: string) {
  const { lang } = interview;
  const place = await askPlace(interview, root);
  if (!place) return undefined;
  const { country, city } = place;
  const kind = await chooseOneChecked(
    interview,
    interview.t('event_kind'),
    vocabularyChoices(EVENT_KINDS, lang),
    field(eventSchema, 'kind'),
  );
  const check = screenedText(field(eventSchema, 'title', lang), lang, checkFreeText);
  const title = await askOwnText(interview, 'event_title', check);
  const description = await askOwnText(interview, 'event_description', check);
  const untranslated = await askTranslations(interview, [title, description], check);
  const schedule = await askSchedule(interview);
  const verification = await askVerification(interview, eventSchema, today);
  const id = await askId(
    interview,
    root,
    'events',
    field(eventSchema, 'id'),
    suggestId(title.texts.en ?? title.texts[lang]!, city),
  );

  const entry: Record<string, unknown> = {
    id,
    kind,
    title: only(title.texts),
    description: only(description.texts),
    country: country.id,
    city,
    schedule,
    // A copy: the same object twice would be written as a YAML alias, which content files may not use.
    sources: [{ ...verification.source }],
    verification,
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

/** What happened in a rights case, each from its vocabulary. */
async function askCaseFacts(interview: Interview) {
  const { lang } = interview;
  const one = (question: PromptKey, vocabulary: Vocabulary, key: string) =>
    chooseOneChecked(interview, interview.t(question), vocabularyChoices(vocabulary, lang), field(caseSchema, key));
  const many = (question: PromptKey, vocabulary: Vocabulary, key: string) =>
    chooseChecked(interview, interview.t(question), vocabularyChoices(vocabulary, lang), field(caseSchema, key), true);
  const kind = await one('case_kind', CASE_KINDS, 'kind');
  const categories = await many('case_categories', CASE_CATEGORIES, 'categories');
  const perpetrator = await one('case_perpetrator', PERPETRATORS, 'perpetrator');
  const actions = await many('case_actions', CASE_ACTIONS, 'actions');
  const outcome = await one('case_outcome', CASE_OUTCOMES, 'outcome');
  return { kind, categories, perpetrator, actions, outcome };
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
  const city = (await interview.choose(interview.t('case_city'), cityChoices(country, lang), { optional: true }))?.[0];
  const date = await interview.required(interview.t('case_date'), (answer) => {
    const checked = checkAnswer(field(caseSchema, 'date'), answer, lang);
    if (!checked.ok) return checked;
    if (checked.value.length !== 7) return { ok: false, reason: message(lang, 'case.date_too_precise') };
    return notFuture(checked.value, today.slice(0, 7), lang);
  });
  const facts = await askCaseFacts(interview);
  // Anonymous: no name, place or detail that points at a person.
  const check = screenedText(field(caseSchema, 'title', lang), lang, checkAnonymous);
  const title = await askOwnText(interview, 'case_title', check);
  const summary = await askOwnText(interview, 'case_summary', check);
  const untranslated = await askTranslations(interview, [title, summary], check);
  const documentedBy = await interview.required(
    interview.t('case_documented_by'),
    screenedText(field(caseSchema, 'documented_by'), lang, checkAnonymous),
  );
  const id = await askId(
    interview,
    root,
    'cases',
    field(caseSchema, 'id'),
    suggestId(title.texts.en ?? title.texts[lang]!, city ?? country.id),
  );

  const entry: Record<string, unknown> = {
    id,
    published: true,
    consent: true,
    date,
    precision: 'month',
    country: country.id,
    ...(city ? { city } : {}),
    ...facts,
    title: only(title.texts),
    summary: only(summary.texts),
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

interface Options {
  lang?: Locale;
  type?: string;
  root: string;
  today: string;
}

/** The command line's options, or the exit code when they are wrong (or help was asked for). */
function readOptions(): Options | number {
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
  return { lang: values.lang, type: values.type, root, today };
}

/** Checks the whole entry and writes it; 0 when written, 1 when the check found problems. */
function writeChecked(
  interview: Interview,
  options: Options,
  type: string,
  result: { entry: Record<string, unknown>; file: string },
): number {
  const { lang } = interview;
  const { root, today } = options;
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
}

async function main(): Promise<number> {
  const options = readOptions();
  if (typeof options === 'number') return options;
  const answers = createAnswers();
  let lang: Locale = options.lang ?? 'en';
  try {
    if (!options.lang) {
      const languages = LOCALES.map((locale) => ({ key: locale, label: `${LOCALE_NAMES[locale]} (${locale})` }));
      lang = (await new Interview(answers, 'en').chooseOne('Language / Язык / Jezik', languages)) as Locale;
    }
    const interview = new Interview(answers, lang);
    say(interview.t('intro'));
    const type =
      options.type ??
      (await interview.chooseOne(interview.t('choose_type'), [
        { key: 'service', label: interview.t('type.service') },
        { key: 'case', label: interview.t('type.case') },
        { key: 'event', label: interview.t('type.event') },
      ]));
    const interviews = { service: interviewService, case: interviewCase, event: interviewEvent };
    const result = await interviews[type as keyof typeof interviews](interview, options.root, options.today);
    return result ? writeChecked(interview, options, type, result) : 1;
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
