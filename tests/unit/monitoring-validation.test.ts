/** Community-monitoring files: a broken round or tally fails with a message a contributor can act on. */
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';
import { copyFixture, edit, write } from './helpers';

const TODAY = '2026-11-23';
const TALLY = 'content/tallies/test-round/test-dispensary.yaml';
const ROUND = 'content/rounds/test-round.yaml';

function messagesFor(root: string, lang: 'en' | 'ru' | 'sr' = 'en'): string[] {
  return validateContent({ root, today: TODAY, lang }).problems.map((problem) => renderProblem(problem, lang));
}

describe('monitoring rounds and tallies', () => {
  it('loads the fixture round and tally', () => {
    const result = validateContent({ root: copyFixture(), today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.rounds.map((entry) => entry.data.id)).toEqual(['test-round']);
    expect(result.tallies[0]?.data.answers.naloxone).toEqual({ always: 3, sometimes: 4, never: 1, no_answer: 1 });
  });

  it('refuses counts that do not add up to the respondents, saying both numbers', () => {
    const root = copyFixture();
    edit(root, TALLY, 'outreach: { always: 5', 'outreach: { always: 6');
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(/› answers\.outreach: the answers add up to 10, but respondents says 9\n.*no_answer/),
    );
    expect(messagesFor(root, 'ru')).toContainEqual(
      expect.stringContaining('ответов в сумме 10, а в respondents указано 9'),
    );
  });

  it('refuses a negative or fractional count', () => {
    const root = copyFixture();
    edit(root, TALLY, 'never: 2 }', 'never: -2 }');
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining('› answers.outreach.never: expected a whole number of 0 or more'),
    );
  });

  it('names an unknown round and service, with the closest known id', () => {
    const root = copyFixture();
    edit(root, TALLY, 'round: test-round', 'round: test-roud');
    edit(root, TALLY, 'service: test-dispensary', 'service: test-dispensery');
    const messages = messagesFor(root);
    expect(messages).toContainEqual(
      expect.stringMatching(/› round: there is no round "test-roud" in content\/rounds\/\n.*did you mean "test-round"/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /› service: there is no service with the id "test-dispensery"\n.*did you mean "test-dispensary"/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining('must be saved as content/tallies/test-roud/test-dispensery.yaml'),
    );
  });

  it('refuses an item the round does not ask or the service does not offer', () => {
    const root = copyFixture();
    edit(
      root,
      TALLY,
      '  outreach:',
      '  needles_syringes: { always: 9, sometimes: 0, never: 0 }\n  condoms: { always: 9, sometimes: 0, never: 0 }\n  outreach:',
    );
    const messages = messagesFor(root);
    // The fixture service is an OST site with HIV testing: no needles there, condoms are offered.
    expect(messages).toContainEqual(
      expect.stringMatching(
        /answers\.needles_syringes: the service "test-dispensary" does not say it offers "needles_syringes"\n.*type nsp/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/answers\.condoms: the round "test-round" does not ask about "condoms"/),
    );
    expect(messages.filter((text) => text.includes('answers.condoms'))).toHaveLength(1);
  });

  it('refuses interview dates outside the round, in the future or in the wrong order', () => {
    const root = copyFixture();
    edit(root, TALLY, 'from: 2026-03-10', 'from: 2026-02-27');
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining('› from: the date 2026-02-27 is outside the round (2026-03-01 – 2026-04-30)'),
    );
    edit(root, TALLY, 'to: 2026-04-02', 'to: 2026-02-20');
    expect(messagesFor(root)).toContainEqual(expect.stringContaining('› to: this date is before the start'));
    edit(root, ROUND, 'end: 2026-04-30', 'end: 2026-12-30');
    edit(root, TALLY, 'to: 2026-02-20', 'to: 2026-12-01');
    expect(messagesFor(root)).toContainEqual(expect.stringContaining('› to: the date 2026-12-01 is in the future'));
  });

  it('screens comments for personal data', () => {
    const root = copyFixture();
    edit(
      root,
      TALLY,
      'original_language: en',
      'comment:\n  en: Ask nurse on +375 29 123 45 67 for naloxone.\noriginal_language: en\n',
    );
    edit(root, TALLY, 'untranslated: []', 'untranslated: [ru, sr]');
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(/› comment\.en: this comment seems to contain a phone number/),
    );
  });

  it('refuses a round that ends before it starts and a questionnaire item it does not know', () => {
    const root = copyFixture();
    edit(root, ROUND, 'end: 2026-04-30', 'end: 2026-02-01');
    edit(root, ROUND, 'questionnaire: [needles_syringes,', 'questionnaire: [needles,');
    const messages = messagesFor(root);
    expect(messages).toContainEqual(expect.stringContaining(`${ROUND}:4 › period.end: this date is before the start`));
    expect(messages).toContainEqual(expect.stringMatching(/questionnaire\[0\]: expected one of: needles_syringes/));
  });

  it('refuses a second tally of the same service in a round', () => {
    const root = copyFixture();
    write(
      root,
      'content/tallies/test-round/copy.yaml',
      'round: test-round\nservice: test-dispensary\nfrom: 2026-03-10\nto: 2026-03-11\ninterviewers: 1\nrespondents: 1\nanswers: {}\noriginal_language: en\n',
    );
    const messages = messagesFor(root);
    expect(messages).toContainEqual(
      expect.stringContaining(
        'the id "test-round/test-dispensary" is also used by content/tallies/test-round/copy.yaml',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining('copy.yaml: this tally must be saved as content/tallies/test-round/test-dispensary.yaml'),
    );
  });
});
