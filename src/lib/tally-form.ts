/**
 * The rules of the offline tally form for peer interviewers
 * (/<locale>/contribute/tally/), on the interviewer's device: running
 * counts, the checks before a file is made, and the file itself.
 *
 * Privacy by construction: the only state is the running counts per item.
 * A person's answers exist only as the form's radio buttons until they are
 * added, and `addRespondent` keeps nothing of them but the sums. Drafts
 * (`TallyDraft`) hold the same counts and nothing else.
 * Browser-safe: no Node modules, no schema library (see service-form.ts for
 * why); tests/unit/tally-form.test.ts checks every file it writes against
 * the full validator.
 */
import type { Locale } from '../schemas/locales';
import { entryToYaml } from './yaml-writer';
import { serbianToLatin } from './transliterate';

/** An answer a respondent can give to one item. */
export const ANSWERS = ['always', 'sometimes', 'never', 'no_answer'] as const;
/** One answer. */
export type Answer = (typeof ANSWERS)[number];
/** The counts of one item. */
export type ItemTally = Record<Answer, number>;
/** The running counts: per item asked, and how many people were asked. */
export interface RunningTally {
  respondents: number;
  counts: Record<string, ItemTally>;
}

/** Where the one draft lives in localStorage; public/quick-exit.js removes it too. */
export const TALLY_DRAFT_KEY = 'tally-draft';

/** What a saved draft holds: the choices of the form and the counts, never a person's answers. */
export interface TallyDraft extends RunningTally {
  round: string;
  service: string;
  interviewers: number;
  from: string;
  to: string;
}

/** Empty counts for the given items. */
export function emptyTally(items: readonly string[]): RunningTally {
  return {
    respondents: 0,
    counts: Object.fromEntries(items.map((item) => [item, { always: 0, sometimes: 0, never: 0, no_answer: 0 }])),
  };
}

/**
 * The counts after one more person: each item's answer is added (an item
 * without an answer counts as "no answer"). Returns new counts; nothing of
 * the person is kept.
 */
export function addRespondent(tally: RunningTally, answers: Partial<Record<string, Answer>>): RunningTally {
  const counts = Object.fromEntries(
    Object.entries(tally.counts).map(([item, counts]) => {
      const answer = answers[item] ?? 'no_answer';
      return [item, { ...counts, [answer]: counts[answer] + 1 }];
    }),
  );
  return { respondents: tally.respondents + 1, counts };
}

/** Reads a draft back; anything that is not a well-formed draft gives undefined. */
export function parseDraft(text: string | null): TallyDraft | undefined {
  if (!text) return undefined;
  try {
    const draft = JSON.parse(text) as TallyDraft;
    const counts = Object.values(draft.counts ?? {});
    const whole = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
    const valid =
      typeof draft.round === 'string' &&
      typeof draft.service === 'string' &&
      whole(draft.respondents) &&
      counts.every(
        (item) =>
          ANSWERS.every((answer) => whole(item[answer])) &&
          ANSWERS.reduce((sum, answer) => sum + item[answer], 0) === draft.respondents,
      );
    return valid ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** What the form holds when a file is asked for. */
export interface TallyValues extends TallyDraft {
  comment: string;
}

/** The round facts the checks need. */
export interface RoundFacts {
  start: string;
  end: string;
}

/** A problem with one field; `message` is in the page's language. */
export interface TallyProblem {
  field: 'service' | 'interviewers' | 'from' | 'to' | 'person';
  message: string;
}

/** The sentences of the checks, in the page's language (UI strings `tally.*`). */
export interface TallyMessages {
  need_service: string;
  need_people: string;
  need_interviewers: string;
  /** With {{start}} and {{end}}. */
  date_outside: string;
  date_order: string;
  date_future: string;
}

function checkDate(
  field: 'from' | 'to',
  value: string,
  round: RoundFacts,
  today: string,
  messages: TallyMessages,
): TallyProblem[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < round.start || value > round.end) {
    return [{ field, message: messages.date_outside.replace('{{start}}', round.start).replace('{{end}}', round.end) }];
  }
  return value > today ? [{ field, message: messages.date_future }] : [];
}

/** Everything that would keep the file from passing the validator, as the interviewer can fix it. */
export function checkTally(
  values: TallyValues,
  round: RoundFacts,
  today: string,
  messages: TallyMessages,
): TallyProblem[] {
  const problems: TallyProblem[] = [];
  if (!values.service) problems.push({ field: 'service', message: messages.need_service });
  if (!Number.isInteger(values.interviewers) || values.interviewers < 1)
    problems.push({ field: 'interviewers', message: messages.need_interviewers });
  problems.push(
    ...checkDate('from', values.from, round, today, messages),
    ...checkDate('to', values.to, round, today, messages),
  );
  if (!problems.some((problem) => problem.field === 'to') && values.to < values.from)
    problems.push({ field: 'to', message: messages.date_order });
  if (values.respondents < 1) problems.push({ field: 'person', message: messages.need_people });
  return problems;
}

/** Where the file goes in the repository. */
export function tallyFile(values: Pick<TallyValues, 'round' | 'service'>): string {
  return `content/tallies/${values.round}/${values.service}.yaml`;
}

/** The tally entry: counts only (plus the comment, if one was written), in schema field order. */
export function tallyEntry(values: TallyValues, lang: Locale): Record<string, unknown> {
  const answers = Object.fromEntries(
    Object.entries(values.counts).map(([item, counts]) => {
      const { always, sometimes, never, no_answer } = counts;
      return [item, no_answer ? { always, sometimes, never, no_answer } : { always, sometimes, never }];
    }),
  );
  const entry: Record<string, unknown> = {
    round: values.round,
    service: values.service,
    from: values.from,
    to: values.to,
    interviewers: values.interviewers,
    respondents: values.respondents,
    answers,
  };
  // Serbian is written in Latin in the repository, whatever the keyboard typed.
  if (values.comment.trim())
    entry.comment = { [lang]: lang === 'sr' ? serbianToLatin(values.comment.trim()) : values.comment.trim() };
  entry.original_language = lang;
  entry.untranslated = values.comment.trim() ? (['ru', 'sr', 'en'] as const).filter((other) => other !== lang) : [];
  return entry;
}

/** The file's text, with a first comment line saying where it goes and where it was made. */
export function tallyToYaml(values: TallyValues, lang: Locale, madeAt: string): string {
  return entryToYaml(tallyEntry(values, lang), `${tallyFile(values)} — ${madeAt}`);
}
