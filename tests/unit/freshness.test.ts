import { describe, expect, it } from 'vitest';
import { serviceSchema, type Service } from '../../src/schemas/services';
import { isStale, staleServices } from '../../src/lib/freshness';

function service(id: string, country: string, city: string, date: string): Service {
  return serviceSchema.parse({
    id,
    country,
    city,
    name: { en: id },
    description: { en: 'A service.' },
    types: ['nsp'],
    verification: { status: 'verified', date, by: 'Outreach team', source: { title: 'Visit' } },
    original_language: 'en',
    untranslated: ['ru', 'sr'],
  });
}

describe('isStale', () => {
  it('counts whole months: twelve months to the day is stale, a day less is not', () => {
    expect(isStale(service('a', 'by', 'minsk', '2025-11-23'), '2026-11-23', 12)).toBe(true);
    expect(isStale(service('a', 'by', 'minsk', '2025-11-24'), '2026-11-23', 12)).toBe(false);
  });
});

describe('staleServices', () => {
  const services = [
    service('fresh', 'by', 'minsk', '2026-10-01'),
    service('old-minsk', 'by', 'minsk', '2024-01-15'),
    service('older-minsk', 'by', 'minsk', '2023-06-01'),
    service('old-perm', 'ru', 'perm', '2025-01-01'),
    service('old-brest', 'by', 'brest', '2025-05-05'),
  ];

  it('groups stale services by country and city, oldest check first, with file paths', () => {
    const report = staleServices(services, '2026-11-23', 12);
    expect(
      report.map((country) => [
        country.country,
        country.cities.map((city) => [city.city, city.services.map((s) => s.id)]),
      ]),
    ).toEqual([
      [
        'by',
        [
          ['brest', ['old-brest']],
          ['minsk', ['older-minsk', 'old-minsk']],
        ],
      ],
      ['ru', [['perm', ['old-perm']]]],
    ]);
    expect(report[0]!.cities[1]!.services[0]).toEqual({
      id: 'older-minsk',
      file: 'content/services/by/minsk/older-minsk.yaml',
      checked: '2023-06-01',
      months: 41,
      status: 'verified',
    });
  });

  it('uses the threshold it is given', () => {
    const ids = (months: number) =>
      staleServices(services, '2026-11-23', months).flatMap((c) =>
        c.cities.flatMap((city) => city.services.map((s) => s.id)),
      );
    expect(ids(24)).toEqual(['older-minsk', 'old-minsk']);
    expect(ids(1)).toContain('fresh');
  });
});
