import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/lib/validation';
import {
  awaitingTranslation,
  contentSubjects,
  fieldsMissing,
  translationStatus,
  uiGaps,
  type TranslationSubject,
} from '../../src/lib/translations';
import { copyFixture, edit, VALID_FIXTURE } from './helpers';

function subjectsOf(root: string): TranslationSubject[] {
  const result = validateContent({ root, today: '2026-11-01' });
  expect(result.problems).toEqual([]);
  const data = <T>(list: { data: T }[]) => list.map((entry) => entry.data);
  return contentSubjects({
    services: data(result.services),
    countries: data(result.countries),
    statements: data(result.statements),
    cases: data(result.cases),
    pathways: data(result.pathways),
  });
}

describe('awaitingTranslation', () => {
  it('finds nothing when every entry is in every language', () => {
    const subjects = subjectsOf(VALID_FIXTURE);
    for (const locale of ['ru', 'sr', 'en'] as const) expect(awaitingTranslation(subjects, locale)).toEqual([]);
  });

  it('lists an entry marked untranslated, with the fields that lack the language', () => {
    const root = copyFixture();
    const file = 'content/services/by/soligorsk/test-dispensary.yaml';
    edit(root, file, '  sr: Test dispanzer\n', '');
    edit(root, file, '  sr: Opis.\n', '');
    edit(root, file, 'original_language: en', 'original_language: en\nuntranslated: [sr]');
    const waiting = awaitingTranslation(subjectsOf(root), 'sr');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.subject).toMatchObject({ kind: 'service', id: 'test-dispensary', file });
    expect(waiting[0]!.fields).toEqual(['name', 'description']);
    expect(awaitingTranslation(subjectsOf(root), 'ru')).toEqual([]);
  });

  it('lists a statement without a version in the language', () => {
    const root = copyFixture();
    rmSync(join(root, 'content/statements/sample-statement/sr.md'));
    edit(
      root,
      'content/statements/sample-statement/ru.md',
      'original_language: ru',
      'original_language: ru\nuntranslated: [sr]',
    );
    const waiting = awaitingTranslation(subjectsOf(root), 'sr');
    expect(waiting.map((item) => [item.subject.kind, item.subject.id, item.subject.file, item.fields])).toEqual([
      ['statement', 'sample-statement', 'content/statements/sample-statement/ru.md', ['sr.md']],
    ]);
  });

  it('finds text missing deep inside lists and groups', () => {
    const data = {
      name: { ru: 'а', en: 'a' },
      phones: [{ number: '+1', note: { ru: 'б' } }],
      coordinates: { lat: 1, lon: 2 },
    };
    expect(fieldsMissing(data, 'en')).toEqual(['phones[0].note']);
    expect(fieldsMissing(data, 'sr')).toEqual(['name', 'phones[0].note']);
  });
});

describe('uiGaps', () => {
  const english = { 'a.title': 'Find a service', 'a.short': 'OST', 'a.name': 'Telegram', 'a.other': 'Open now' };

  it('lists keys a dictionary lacks or leaves empty', () => {
    expect(uiGaps({ 'a.title': 'Найти', 'a.short': 'ОЗТ', 'a.other': ' ' }, english).missing).toEqual([
      'a.name',
      'a.other',
    ]);
  });

  it('flags longer strings left in English, not short ones that are the same everywhere', () => {
    const gaps = uiGaps(
      { 'a.title': 'Find a service', 'a.short': 'OST', 'a.name': 'Telegram', 'a.other': 'Otvoreno sada' },
      english,
    );
    expect(gaps.possiblyUntranslated).toEqual(['a.title', 'a.name']);
  });
});

describe('translationStatus', () => {
  it('reports every locale, entries by kind, and no UI gaps for English itself', () => {
    const root = copyFixture();
    edit(
      root,
      'content/cases/by/test-case.yaml',
      'title: { ru: Пример, sr: Primer, en: Example }',
      'title: { ru: Пример, en: Example }',
    );
    edit(root, 'content/cases/by/test-case.yaml', '  sr: Osobi je odbijen prijem.\n', '');
    edit(root, 'content/cases/by/test-case.yaml', 'original_language: en', 'original_language: en\nuntranslated: [sr]');
    const status = translationStatus(subjectsOf(root), {
      en: { 'x.y': 'Hello there' },
      ru: { 'x.y': 'Привет' },
      sr: { 'x.y': 'Hello there' },
    });
    expect(status.map((item) => item.locale)).toEqual(['ru', 'sr', 'en']);
    expect(
      status[1]!.entries.map((item) => `${item.subject.kind}:${item.subject.id}:${item.fields.join(',')}`),
    ).toEqual(['case:test-case:title,summary']);
    expect(status[1]!.ui.possiblyUntranslated).toEqual(['x.y']);
    expect(status[2]!.ui).toEqual({ missing: [], possiblyUntranslated: [] });
  });
});
