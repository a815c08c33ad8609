/** The tally form's rules: counts only, checks before the file, and files that pass the full validator. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/lib/validation';
import { renderProblem } from '../../src/schemas/format';
import {
  addRespondent,
  checkTally,
  emptyTally,
  parseDraft,
  tallyFile,
  tallyToYaml,
  type TallyMessages,
  type TallyValues,
} from '../../src/lib/tally-form';
import { copyFixture } from './helpers';

const MESSAGES: TallyMessages = {
  need_service: 'service',
  need_people: 'people',
  need_interviewers: 'interviewers',
  date_outside: 'outside {{start}} {{end}}',
  date_order: 'order',
  date_future: 'future',
};
const ROUND = { start: '2026-03-01', end: '2026-04-30' };

function counted(): TallyValues {
  let tally = emptyTally(['naloxone', 'outreach']);
  tally = addRespondent(tally, { naloxone: 'always', outreach: 'never' });
  tally = addRespondent(tally, { naloxone: 'sometimes' });
  tally = addRespondent(tally, { naloxone: 'always', outreach: 'always' });
  return {
    ...tally,
    round: 'test-round',
    service: 'test-dispensary',
    interviewers: 1,
    from: '2026-03-02',
    to: '2026-03-03',
    comment: '',
  };
}

describe('running counts', () => {
  it('keep sums only: an unanswered item counts as "no answer"', () => {
    const values = counted();
    expect(values.respondents).toBe(3);
    expect(values.counts).toEqual({
      naloxone: { always: 2, sometimes: 1, never: 0, no_answer: 0 },
      outreach: { always: 1, sometimes: 0, never: 1, no_answer: 1 },
    });
  });

  it('read back a draft only when its counts add up', () => {
    const draft = { ...counted(), comment: undefined };
    expect(parseDraft(JSON.stringify(draft))?.respondents).toBe(3);
    expect(parseDraft(JSON.stringify({ ...draft, respondents: 4 }))).toBeUndefined();
    expect(parseDraft('{not json')).toBeUndefined();
    expect(parseDraft(null)).toBeUndefined();
  });
});

describe('checkTally', () => {
  it('asks for a service, people, interviewers and dates inside the round, not in the future', () => {
    expect(checkTally(counted(), ROUND, '2026-11-01', MESSAGES)).toEqual([]);
    const empty = {
      ...counted(),
      ...emptyTally([]),
      service: '',
      interviewers: 0,
      from: '2026-02-01',
      to: '2026-03-01',
    };
    expect(
      checkTally(empty, ROUND, '2026-11-01', MESSAGES).map((problem) => `${problem.field}: ${problem.message}`),
    ).toEqual([
      'service: service',
      'interviewers: interviewers',
      'from: outside 2026-03-01 2026-04-30',
      'person: people',
    ]);
    expect(
      checkTally({ ...counted(), from: '2026-03-05', to: '2026-03-04' }, ROUND, '2026-11-01', MESSAGES)[0]?.message,
    ).toBe('order');
    expect(checkTally(counted(), ROUND, '2026-03-02', MESSAGES).map((problem) => problem.message)).toEqual(['future']);
  });
});

describe('the file', () => {
  it('holds counts only, and passes the full validator where the form says it goes', () => {
    const values = counted();
    const text = tallyToYaml(values, 'ru', 'https://example.org/ru/contribute/tally/');
    const entry = parse(text) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual([
      'round',
      'service',
      'from',
      'to',
      'interviewers',
      'respondents',
      'answers',
      'original_language',
      'untranslated',
    ]);
    expect(entry.answers).toEqual({
      naloxone: { always: 2, sometimes: 1, never: 0 },
      outreach: { always: 1, sometimes: 0, never: 1, no_answer: 1 },
    });
    const root = copyFixture();
    const file = join(root, tallyFile(values));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    expect(validateContent({ root, today: '2026-11-23' }).problems.map((problem) => renderProblem(problem))).toEqual(
      [],
    );
  });

  it('keeps a comment in the page’s language, Serbian in Latin, and lists the other languages as untranslated', () => {
    const entry = parse(tallyToYaml({ ...counted(), comment: ' Налоксон дају само на питање. ' }, 'sr', 'x')) as Record<
      string,
      unknown
    >;
    expect(entry.comment).toEqual({ sr: 'Nalokson daju samo na pitanje.' });
    expect(entry.untranslated).toEqual(['ru', 'en']);
  });
});
