import { describe, expect, it } from 'vitest';
import { checkAnswer, checkFreeText, checkOpeningHours, parseChoice, prompt, suggestId } from '../../src/lib/scaffold';
import { schemaAt } from '../../src/schemas/format';
import { serviceSchema } from '../../src/schemas/services';
import { LOCALES } from '../../src/schemas/locales';

describe('scaffolder prompts', () => {
  // Completeness and placeholders are checked with every other message (tests/unit/i18n.test.ts).
  it('come from the shared dictionaries, placeholders filled', () => {
    for (const locale of LOCALES)
      expect(prompt(locale, 'written', { file: 'content/x.yaml' })).toContain('content/x.yaml');
    expect(prompt('ru', 'written', { file: 'a.yaml' })).toBe('Записано: a.yaml');
  });
});

describe('parseChoice', () => {
  const choices = [
    { key: 'nsp', label: 'Needles' },
    { key: 'ost', label: 'OST' },
    { key: 'naloxone', label: 'Naloxone' },
  ];

  it('reads numbers and keys, one or several', () => {
    expect(parseChoice('2', choices, false)).toEqual(['ost']);
    expect(parseChoice('1, 3', choices, true)).toEqual(['nsp', 'naloxone']);
    expect(parseChoice('NSP 2', choices, true)).toEqual(['nsp', 'ost']);
  });

  it('refuses numbers outside the list, unknown words and several answers to a single choice', () => {
    expect(parseChoice('4', choices, false)).toBeUndefined();
    expect(parseChoice('0', choices, false)).toBeUndefined();
    expect(parseChoice('needles', choices, true)).toBeUndefined();
    expect(parseChoice('1,2', choices, false)).toBeUndefined();
    expect(parseChoice('', choices, true)).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  it('accepts what the schema accepts and explains a refusal like the validator does', () => {
    const date = schemaAt(serviceSchema, ['verification', 'date'])!;
    expect(checkAnswer(date, '2026-02-28', 'en')).toEqual({ ok: true, value: '2026-02-28' });
    const refused = checkAnswer(date, '2026-02-30', 'sr');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain('ovaj datum ne postoji u kalendaru');
  });
});

describe('checkOpeningHours', () => {
  it('gives the canonical spelling, so a contributor can confirm how it was read', () => {
    expect(checkOpeningHours('пн-пт 9-18', 'by', 'en')).toEqual({ ok: true, value: 'Mo-Fr 09:00-18:00' });
    const refused = checkOpeningHours('Mo-Fr 25:00-26:00', 'by', 'ru');
    expect(!refused.ok && refused.reason).toContain('не удаётся прочитать часы работы');
  });
});

describe('suggestId', () => {
  it('makes a file id from a name in Russian, Serbian or English, prefixed with the city', () => {
    expect(suggestId('Пункт обмена шприцев', 'minsk')).toBe('minsk-punkt-obmena-shpritsev');
    expect(suggestId('Savetovalište za mlade „Đurđevak”', 'belgrade')).toBe(
      'belgrade-savetovaliste-za-mlade-djurdjevak',
    );
    expect(suggestId('Minsk drop-in centre', 'minsk')).toBe('minsk-drop-in-centre');
    expect(suggestId('!!!', 'perm')).toBe('perm');
  });
});

describe('checkFreeText', () => {
  it('refuses a private number or handle in a service description, masked, in the contributor’s language', () => {
    const checked = checkFreeText('Спросите Ивана, личный номер +375 29 123 45 67', 'ru');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.reason).toContain('похоже, в тексте есть номер телефона: «+3•• •• ••• •• ••»');
      expect(checked.reason).not.toContain('123 45 67');
    }
    expect(checkFreeText('Piši na @marko_bg', 'sr').ok).toBe(false);
  });

  it('accepts ordinary prose', () => {
    expect(checkFreeText('Free, anonymous testing for HIV and hepatitis C, Mon–Fri.', 'en')).toEqual({
      ok: true,
      value: 'Free, anonymous testing for HIV and hepatitis C, Mon–Fri.',
    });
  });
});
