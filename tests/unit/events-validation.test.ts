/** Broken events fail validation with the file, the field and a hint a contributor can act on. */
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';
import { copyFixture, edit } from './helpers';

const TODAY = '2026-11-23';
const EVENT = 'content/events/by/test-fair.yaml';

function messagesFor(root: string, lang: 'en' | 'ru' | 'sr' = 'en'): string[] {
  return validateContent({ root, today: TODAY, lang }).problems.map((problem) => renderProblem(problem, lang));
}

describe('validation of events', () => {
  it('accepts the fixture event, with its cancelled day', () => {
    const result = validateContent({ root: copyFixture(), today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.events.map((entry) => entry.data.id)).toEqual(['test-fair']);
  });

  it('explains a repeat rule the library cannot read', () => {
    const root = copyFixture();
    edit(root, EVENT, 'BYDAY=2MO', 'BYDAY=2MON');
    const [message] = messagesFor(root);
    expect(message).toContain(
      `${EVENT}:18 › schedule.repeat: this repeat rule cannot be read: Invalid BYDAY value: 2MON`,
    );
    expect(message).toContain('hint: write it as in a calendar program, e.g. "FREQ=MONTHLY;BYDAY=2MO"');
  });

  it('refuses a misspelt frequency, in Russian too', () => {
    const root = copyFixture();
    edit(root, EVENT, 'FREQ=MONTHLY', 'FREQ=MONTLY');
    expect(messagesFor(root, 'ru')[0]).toMatch(
      /schedule\.repeat: не удаётся прочитать правило повторения: Invalid FREQ value: MONTLY[\s\S]*подсказка:/,
    );
  });

  it('refuses a rule with its own end date, pointing to schedule.until', () => {
    const root = copyFixture();
    edit(root, EVENT, 'BYDAY=2MO', 'BYDAY=2MO;UNTIL=20271231');
    expect(messagesFor(root).join('\n')).toContain(
      'hint: write the first day under schedule.start and the last under schedule.until',
    );
  });

  it('refuses an end before the start, of the day and of the schedule', () => {
    const root = copyFixture();
    edit(root, EVENT, 'time: 10:00-13:00', 'time: 13:00-10:00\n  until: 2025-12-31');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain(`${EVENT}:17 › schedule.time: the event ends before or when it starts ("13:00-10:00")`);
    expect(messages).toContain('schedule.until: the last day (2025-12-31) is before the first day (2026-01-12)');
    expect(messages).toContain('hint: check both dates');
  });

  it('names an unknown service with a did-you-mean hint', () => {
    const root = copyFixture();
    edit(root, EVENT, 'services: [test-dispensary]', 'services: [test-dispensery]');
    expect(messagesFor(root)).toEqual([
      `${EVENT}:13 › services[0]: there is no service with the id "test-dispensery"\n    hint: did you mean "test-dispensary"?`,
    ]);
  });

  it('needs a dated notice for a cancelled event', () => {
    const root = copyFixture();
    edit(root, EVENT, 'original_language: ru', 'status: cancelled\noriginal_language: ru');
    const [message] = messagesFor(root, 'sr');
    expect(message).toContain(
      `${EVENT} › status_notice: za otkazan događaj potreban je status_notice sa datumom i tekstom o razlogu`,
    );
    expect(message).toContain('dodajte status_notice:');
  });

  it('refuses a cancelled day the event does not fall on, listing the days it does', () => {
    const root = copyFixture();
    edit(root, EVENT, 'date: 2026-12-14', 'date: 2026-12-15');
    expect(messagesFor(root)).toEqual([
      `${EVENT}:20 › schedule.cancelled[0].date: the event does not take place on 2026-12-15, so it cannot be cancelled that day\n    hint: the next days it takes place are: 2027-01-11, 2027-02-08, 2027-03-08`,
    ]);
  });

  it('wants the file in the folder of its country', () => {
    const root = copyFixture();
    edit(root, EVENT, 'country: by', 'country: rs');
    expect(messagesFor(root).join('\n')).toContain('id: an event file must be at content/events/rs/test-fair.yaml');
  });
});
