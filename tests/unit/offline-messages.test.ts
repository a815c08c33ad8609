import { describe, expect, it } from 'vitest';
import { offlineMessages } from '../../src/i18n/offline';
import { LOCALES } from '../../src/schemas/locales';

describe('offlineMessages', () => {
  const editions = [...LOCALES, 'sr-cyrl'];

  it('gives every edition every message, with a place for the size in the offers', () => {
    for (const edition of editions) {
      const messages = offlineMessages(edition);
      expect(Object.keys(messages).sort()).toEqual([
        'partial',
        'ready',
        'saveAll',
        'saveCore',
        'saving',
        'visitedOnly',
      ]);
      for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
      expect(messages.saveCore).toContain('#');
      expect(messages.saveAll).toContain('#');
    }
  });

  it('speaks each language, and Serbian in both scripts', () => {
    expect(offlineMessages('ru').ready).toMatch(/[а-я]/);
    expect(offlineMessages('sr').ready).toMatch(/[a-zčćšžđ]/);
    expect(offlineMessages('sr-cyrl').ready).toMatch(/[а-шђјљњћџ]/);
    expect(offlineMessages('sr-cyrl').ready).not.toMatch(/[a-z]/);
    expect(new Set(editions.map((edition) => offlineMessages(edition).ready)).size).toBe(editions.length);
  });

  it('refuses an edition the site does not have', () => {
    expect(() => offlineMessages('de')).toThrow(/de/);
  });
});
