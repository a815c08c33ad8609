import { describe, expect, it } from 'vitest';
import { bookletPlaces, bookletSections, COUNTRY_BOOKLET_LIMIT, hoursText } from '../../src/lib/booklet';
import type { Service } from '../../src/schemas/services';

function service(id: string, fields: Partial<Service> = {}): Service {
  return {
    id,
    country: 'by',
    city: 'soligorsk',
    name: { en: id },
    types: ['nsp'],
    status: 'active',
    original_language: 'en',
    ...fields,
  } as Service;
}

describe('booklets', () => {
  it('exist for every city with services, and for a country only while it is small', () => {
    const small = [service('a'), service('b', { city: 'minsk' }), service('c', { status: 'closed' })];
    expect(bookletPlaces(small)).toEqual([
      { country: 'by' },
      { country: 'by', city: 'minsk' },
      { country: 'by', city: 'soligorsk' },
    ]);
    const large = Array.from({ length: COUNTRY_BOOKLET_LIMIT + 1 }, (_, index) => service(`s${index}`));
    expect(bookletPlaces(large)).toEqual([{ country: 'by', city: 'soligorsk' }]);
  });

  it('list each open service once, under its first type, types in the vocabulary’s order and names sorted', () => {
    const sections = bookletSections(
      [
        service('Zeta', { types: ['ost', 'nsp'] }),
        service('Alpha', { types: ['ost'] }),
        service('Mid', { types: ['nsp'] }),
        service('Gone', { status: 'closed' }),
      ],
      'en',
    );
    expect(sections.map((section) => [section.type, section.services.map((entry) => entry.id)])).toEqual([
      ['nsp', ['Mid']],
      ['ost', ['Alpha', 'Zeta']],
    ]);
  });

  it('write weekly hours as one line, joining days with the same hours', () => {
    const monday = new Date(2026, 11, 7);
    expect(hoursText('Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'by', 'en', monday)).toBe(
      'Monday–Friday 09:00–18:00; Saturday 10:00–14:00',
    );
    expect(hoursText('Mo,We 10:00-12:00', 'by', 'ru', monday)).toBe('понедельник 10:00–12:00; среда 10:00–12:00');
    expect(hoursText('Mo-Tu 10:00-12:00', 'by', 'en', monday)).toBe('Monday, Tuesday 10:00–12:00');
    // Hours that change from week to week are not squeezed into one week's line.
    expect(hoursText('Mo[2] 10:00-12:00', 'by', 'en', monday)).toBeUndefined();
  });
});
