/**
 * The question-and-answer loop of `npm run new`: one question at a time in
 * the contributor's language, every answer checked as it is given and asked
 * again with the reason when it fails. Answers come from a terminal or, one
 * per line, from a pipe (the tests do that).
 */
import { createInterface } from 'node:readline';
import {
  LANGUAGE_NAMES,
  parseChoice,
  prompt,
  renderChoices,
  checkAnswer,
  type Checked,
  type Choice,
  type PromptKey,
} from '../src/lib/scaffold';
import { schemaAt } from '../src/schemas/format';
import { LOCALES, type Locale } from '../src/schemas/locales';

/** Thrown when the input ends (Ctrl+D, end of a pipe) before the questions do. */
export class Stopped extends Error {}

/** Reads answers line by line; lines typed or piped ahead of a question wait in a queue. */
export function createAnswers() {
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

export type Answers = ReturnType<typeof createAnswers>;

export const say = (text: string) => process.stdout.write(`${text}\n`);

interface AskOptions {
  optional?: boolean;
  default?: string;
}

/** The questions of one run, in one language. */
export class Interview {
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

/** A piece of a zod schema, as `schemaAt` finds it. */
export type SchemaPiece = Parameters<typeof schemaAt>[0];

/** The schema piece at `path`; the paths are written here, so a missing one is a bug. */
export const field = (schema: SchemaPiece, ...path: (string | number)[]) => schemaAt(schema, path)!;

/** A numbered choice whose result is also checked against the schema piece. */
export async function chooseChecked(
  interview: Interview,
  question: string,
  choices: Choice[],
  schema: SchemaPiece,
  multiple: boolean,
): Promise<string[]> {
  for (;;) {
    const keys = (await interview.choose(question, choices, { multiple }))!;
    const checked = checkAnswer<unknown>(schema, multiple ? keys : keys[0], interview.lang);
    if (checked.ok) return keys;
    say(interview.t('problem', { message: checked.reason }));
  }
}

/** Like `chooseChecked`, for a single answer. */
export async function chooseOneChecked(
  interview: Interview,
  question: string,
  choices: Choice[],
  schema: SchemaPiece,
): Promise<string> {
  return (await chooseChecked(interview, question, choices, schema, false))[0]!;
}

/** Texts of one field in several languages, with the question that asks for it. */
export interface TextField {
  question: PromptKey;
  texts: Partial<Record<Locale, string>>;
}

/** Asks for a text in the contributor's own language, checked by `check`. */
export async function askOwnText(
  interview: Interview,
  question: PromptKey,
  check: (answer: string) => Checked<string>,
  options: { optional?: boolean } = {},
): Promise<TextField> {
  const { lang } = interview;
  const text = await interview.valid(interview.t(question, { language: LANGUAGE_NAMES[lang][lang] }), check, options);
  return { question, texts: text ? { [lang]: text } : {} };
}

/**
 * Offers every field written in the contributor's language in each other
 * language, in order, moving to the next language at the first one left out
 * (a name without a description helps no reader). Returns the languages left
 * incomplete, which the entry lists as untranslated.
 */
export async function askTranslations(
  interview: Interview,
  fields: TextField[],
  check: (answer: string) => Checked<string>,
): Promise<Locale[]> {
  const { lang } = interview;
  const written = fields.filter((item) => item.texts[lang]);
  const untranslated: Locale[] = [];
  for (const other of LOCALES.filter((locale) => locale !== lang)) {
    say(`\n${interview.t('translation_offer', { language: LANGUAGE_NAMES[lang][other] })}`);
    for (const item of written) {
      const question = interview.t(item.question, { language: LANGUAGE_NAMES[lang][other] });
      const text = await interview.valid(question, check, { optional: true });
      if (!text) break;
      item.texts[other] = text;
    }
    if (written.some((item) => !item.texts[other])) untranslated.push(other);
  }
  return untranslated;
}
