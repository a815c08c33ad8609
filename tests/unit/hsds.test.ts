import { describe, expect, it } from 'vitest';
import { hsdsId, toHsds } from '../../src/lib/hsds';
import { validateContent } from '../../src/lib/validation';
import type { Service } from '../../src/schemas/services';
import { hsdsProblems } from '../support/hsds-schema';
import { VALID_FIXTURE } from './helpers';

const fixture = validateContent({ root: VALID_FIXTURE, today: '2026-11-23' });
const countries = new Map(fixture.countries.map((entry) => [entry.data.id, entry.data]));
const base = fixture.services[0]!.data;
const city = countries.get('by')!.cities.soligorsk!.coordinates;
const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** A shelter: its street and coordinates must never leave the site. */
const shelter: Service = {
  ...base,
  id: 'quiet-shelter',
  address_visibility: 'approximate',
  address: { ru: 'Секретная улица, 7', sr: 'Tajna ulica 7', en: '7 Secret Street' },
  coordinates: { lat: 52.7712, lon: 27.5123 },
  types: ['shelter'],
  phones: [],
  email: undefined,
  website: undefined,
  opening_hours: undefined,
};
/** Everything optional switched on, in a service with no English text. */
const full: Service = {
  ...base,
  id: 'everything-filled',
  original_language: 'ru',
  name: { ru: 'Полная запись' },
  description: { ru: 'Описание' },
  untranslated: ['sr', 'en'],
  cost: 'free',
  eligibility: { ru: 'Для всех' },
  languages: ['ru', 'be'],
  status: 'temporarily_closed',
  status_notice: { date: '2026-11-01', text: { ru: 'Ремонт до декабря' } },
  phones: [{ number: '+375 17 000 00 00', note: { ru: 'Дежурный' } }, { number: '+375 29 000 00 00' }],
};
const services = [base, shelter, full];
const hsds = toHsds(services, countries, LICENCE);
const byEntry = new Map(hsds.contents.map((service) => [service.x_id, service]));

describe('the HSDS export', () => {
  it('validates against the published HSDS 3.0 schemas, ids unique', () => {
    expect(hsdsProblems(hsds)).toEqual([]);
  });

  it('the check fails on what HSDS forbids: a non-UUID id, a missing name, an unknown status, a null, a repeated id', () => {
    const broken = structuredClone(hsds);
    const [first, second] = broken.contents as unknown as Record<string, unknown>[];
    first!.id = 'base-service';
    delete second!.name;
    second!.status = 'closed';
    (first!.organization as Record<string, unknown>).email = null;
    ((second!.phones ?? []) as unknown[]).push(...((broken.contents[2]!.phones as unknown[]) ?? []));
    const problems = hsdsProblems(broken).join('\n');
    expect(problems).toMatch(/contents\[0\]\/id must match format "uuid"/);
    expect(problems).toMatch(/contents\[1\] must have required property 'name'/);
    expect(problems).toMatch(/contents\[1\]\/status must be equal to one of the allowed values/);
    expect(problems).toMatch(/contents\[0\]\/organization\/email must be string/);
    expect(problems).toMatch(
      /contents\[2\]\.phones\[0\]: id [0-9a-f-]+ is already the id of contents\[1\]\.phones\[0\]/,
    );
  });

  it('is one page of the /services answer, with every service in it', () => {
    expect(hsds).toMatchObject({
      total_items: 3,
      size: 3,
      total_pages: 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect([...byEntry.keys()]).toEqual(services.map((service) => service.id));
  });

  it('makes the same UUIDs from the same ids, different ones for different records', () => {
    const again = toHsds(services, countries, LICENCE);
    expect(again.contents.map((service) => service.id)).toEqual(hsds.contents.map((service) => service.id));
    expect(byEntry.get(base.id)!.id).toBe(hsdsId('service', base.id));
    expect(hsdsId('service', base.id)).not.toBe(hsdsId('organization', base.id));
    expect(hsdsId('service', base.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('nests organization, phones, schedules, languages and the location, linked by id', () => {
    const service = byEntry.get(full.id)!;
    expect(service.organization.id).toBe(service.organization_id);
    expect(service.phones.map((phone) => [phone.number, phone.description, phone.service_id])).toEqual([
      ['+375 17 000 00 00', 'Дежурный', service.id],
      ['+375 29 000 00 00', undefined, service.id],
    ]);
    expect(service.languages.map((language) => language.code)).toEqual(['ru', 'be']);
    const [link] = service.service_at_locations;
    expect(link).toMatchObject({ service_id: service.id, location_id: link!.location.id });
    expect(link!.location.addresses[0]!.location_id).toBe(link!.location.id);
    expect(service).toMatchObject({
      status: 'temporarily closed',
      fees_description: 'Free',
      eligibility_description: 'Для всех',
      alert: 'Ремонт до декабря',
    });
  });

  it('keeps the opening_hours text as the schedule description', () => {
    expect(byEntry.get(base.id)!.schedules.map((schedule) => schedule.description)).toEqual([base.opening_hours]);
    expect(byEntry.get(shelter.id)!.schedules).toEqual([]);
  });

  it('hides the street and exact point of approximate services', () => {
    const text = JSON.stringify(byEntry.get(shelter.id));
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('52.7712');
    const { location } = byEntry.get(shelter.id)!.service_at_locations[0]!;
    expect(location).toMatchObject({ latitude: city.lat, longitude: city.lon, x_approximate: true });
    expect(location.addresses[0]).toMatchObject({ address_1: '', country: 'BY' });
    expect(location.addresses[0]!.city).not.toBe('');
  });
});
