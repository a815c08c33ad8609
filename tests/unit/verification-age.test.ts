import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { localDay, verificationAgeText, type VerificationAgeLabels } from '../../src/lib/verification-age';
import type { Locale } from '../../src/schemas/locales';

function labels(locale: Locale): VerificationAgeLabels {
  const dictionary = DICTIONARIES[locale];
  return {
    thisMonth: dictionary['service.checked_this_month'],
    monthsAgo: dictionary['service.checked_months_ago'],
    stale: dictionary['service.stale_badge'],
  };
}

describe('verificationAgeText', () => {
  it('says "this month" within the first month, then counts whole months', () => {
    expect(verificationAgeText('en', '2026-03-15', '2026-04-14', 12, labels('en'))).toBe('Checked this month');
    expect(verificationAgeText('en', '2026-03-15', '2026-04-15', 12, labels('en'))).toBe('Checked 1 month ago');
    expect(verificationAgeText('en', '2026-03-15', '2026-09-20', 12, labels('en'))).toBe('Checked 6 months ago');
  });

  it('adds the stale warning from the limit on', () => {
    expect(verificationAgeText('en', '2025-10-01', '2026-09-30', 12, labels('en'))).toBe('Checked 11 months ago');
    expect(verificationAgeText('en', '2025-10-01', '2026-11-01', 12, labels('en'))).toBe(
      'Checked 13 months ago · May be out of date',
    );
  });

  it('uses the plural forms of Russian and Serbian', () => {
    const ru = (to: string) => verificationAgeText('ru', '2024-01-10', to, 100, labels('ru'));
    expect(ru('2024-02-10')).toBe('Проверено 1 месяц назад');
    expect(ru('2024-04-10')).toBe('Проверено 3 месяца назад');
    expect(ru('2024-06-10')).toBe('Проверено 5 месяцев назад');
    expect(ru('2025-10-10')).toBe('Проверено 21 месяц назад');
    const sr = (to: string) => verificationAgeText('sr-Cyrl', '2024-01-10', to, 100, labels('sr'));
    expect(sr('2024-03-10')).toBe('Provereno pre 2 meseca');
    expect(sr('2024-06-10')).toBe('Provereno pre 5 meseci');
  });

  it('never says a check is in the future when the device clock is behind', () => {
    expect(verificationAgeText('en', '2026-03-15', '2025-01-01', 12, labels('en'))).toBe('Checked this month');
  });
});

describe('localDay', () => {
  it('is the calendar day of the device clock', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
