import { describe, expect, it } from 'vitest';
import { summarize, SUMMARY_LENGTH } from '../../src/lib/summary';

describe('summarize', () => {
  it('keeps a short text as it is, on one line', () => {
    expect(summarize('Needle and syringe\n  programme.')).toBe('Needle and syringe programme.');
  });

  it('cuts a long text at a word boundary, within the limit, and says it was cut', () => {
    const text =
      'Низкопороговый пункт выдаёт шприцы, иглы, налоксон и презервативы, консультирует по ВИЧ и гепатитам, помогает с документами и направляет к врачам, которым можно доверять. Анонимно и бесплатно.';
    const summary = summarize(text);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,]/);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(summarize('one two, three four five', 12)).toBe('one two…');
  });

  it('cuts inside a word only when there is no boundary to cut at', () => {
    const summary = summarize('x'.repeat(300), 20);
    expect(summary).toBe(`${'x'.repeat(19)}…`);
  });
});
