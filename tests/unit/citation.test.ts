import { describe, expect, it } from 'vitest';
import { apaCitation, plainCitation, QUOTES, type CitationSource } from '../../src/lib/citation';
import { formatDate } from '../../src/lib/dates';
import { LOCALES } from '../../src/schemas/locales';

const source: CitationSource = {
  author: 'Example Network',
  title: 'Harm reduction saves lives',
  date: '2026-03-01',
  url: 'https://example.org/en/statements/harm-reduction/',
  medium: 'Statement',
  locale: 'en',
};

describe('APA-like citation', () => {
  it('puts the author, year, month and day, title, kind and permalink in APA order', () => {
    expect(apaCitation(source)).toBe(
      'Example Network. (2026, March 1). Harm reduction saves lives [Statement]. https://example.org/en/statements/harm-reduction/',
    );
  });

  it('writes the day before the month in Russian and Serbian', () => {
    expect(apaCitation({ ...source, locale: 'ru', medium: 'Заявление' })).toContain('(2026, 1 марта)');
    expect(apaCitation({ ...source, locale: 'sr', medium: 'Saopštenje' })).toMatch(/\(2026, 1\. mart\)/);
  });

  it('does not double punctuation the author or title already has', () => {
    const text = apaCitation({ ...source, author: 'Network Inc.', title: 'Who decides?' });
    expect(text).toContain('Network Inc. (2026');
    expect(text).toContain('Who decides? [Statement]');
    expect(text).not.toMatch(/\.\./);
  });
});

describe('plain citation', () => {
  for (const locale of LOCALES) {
    it(`uses ${locale} quotation marks and the ${locale} date`, () => {
      const text = plainCitation({ ...source, locale });
      const [open, close] = QUOTES[locale];
      expect(text).toContain(`${open}Harm reduction saves lives${close}`);
      expect(text).toContain(formatDate('2026-03-01', locale));
      expect(text.startsWith('Example Network, ')).toBe(true);
      expect(text.endsWith(source.url)).toBe(true);
      expect(text).not.toMatch(/\.\./);
    });
  }
});
