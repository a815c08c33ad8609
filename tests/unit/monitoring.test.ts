import { describe, expect, it } from 'vitest';
import { latestMonitoring, monitoringRows, monitoringTally } from '../../src/lib/monitoring';
import { serviceSchema } from '../../src/schemas/services';

const service = (monitoring: unknown[]) =>
  serviceSchema.parse({
    id: 'sample',
    country: 'by',
    city: 'minsk',
    name: { en: 'Sample' },
    description: { en: 'Sample' },
    types: ['nsp'],
    verification: { status: 'verified', date: '2026-11-01', by: 'Team', source: { title: 'Visit' } },
    monitoring,
    original_language: 'en',
    untranslated: ['ru', 'sr'],
  });

describe('monitoring', () => {
  const older = { date: '2026-03-01', respondents: 5, commodities: { needles_syringes: 'never' } };
  const newer = {
    date: '2026-09-15',
    respondents: 12,
    commodities: { needles_syringes: 'always', naloxone: 'never', condoms: 'always' },
    services: { outreach: 'sometimes' },
  };

  it('picks the newest record whatever the order in the file', () => {
    expect(latestMonitoring(service([newer, older]))?.date).toBe('2026-09-15');
    expect(latestMonitoring(service([older, newer]))?.date).toBe('2026-09-15');
    expect(latestMonitoring(service([]))).toBeUndefined();
  });

  it('lists commodities, then services, and counts them by availability', () => {
    const record = latestMonitoring(service([newer]))!;
    expect(monitoringRows(record).map((row) => `${row.kind}:${row.key}:${row.availability}`)).toEqual([
      'commodity:needles_syringes:always',
      'commodity:naloxone:never',
      'commodity:condoms:always',
      'service:outreach:sometimes',
    ]);
    expect(monitoringTally(record)).toEqual({ always: 2, sometimes: 1, never: 1, total: 4 });
  });
});
