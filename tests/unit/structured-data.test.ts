import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { messengerHref, telHref } from '../../src/lib/contacts';
import { schemaOrgHours, scriptJson, serviceJsonLd } from '../../src/lib/structured-data';
import { countrySchema } from '../../src/schemas/countries';
import { serviceSchema, type Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const read = (file: string) => parse(readFileSync(join(VALID_FIXTURE, 'content', file), 'utf8'));
const country = countrySchema.parse(read('countries/by.yaml'));
const base: Service = serviceSchema.parse({
  ...read('services/by/soligorsk/test-dispensary.yaml'),
  address: { ru: 'ул. Примерная, 1', sr: 'Primerna 1', en: '1 Example Street' },
});
const PAGE_URL = 'https://example.org/en/services/test-dispensary/';

describe('serviceJsonLd', () => {
  it('describes a public service with its address, position, phone and hours', () => {
    const data = serviceJsonLd(base, country, 'en', PAGE_URL);
    expect(data['@type']).toBe('MedicalClinic');
    expect(data.name).toBe('Test dispensary');
    expect(data.url).toBe(PAGE_URL);
    expect(data.telephone).toBe(base.phones[0]?.number);
    expect(data.address).toMatchObject({
      streetAddress: '1 Example Street',
      addressLocality: 'Soligorsk',
      addressCountry: 'BY',
    });
    expect(data.geo).toMatchObject({ latitude: base.coordinates?.lat, longitude: base.coordinates?.lon });
    expect(data.openingHours).toEqual(['Mo-Fr 08:00-17:00']);
  });

  for (const visibility of ['approximate', 'on_request'] as const) {
    it(`leaves out address and coordinates when the address is ${visibility}`, () => {
      const data = serviceJsonLd({ ...base, address_visibility: visibility }, country, 'en', PAGE_URL);
      const text = JSON.stringify(data);
      expect(data.address).toBeUndefined();
      expect(data.geo).toBeUndefined();
      expect(text).not.toContain('Example Street');
      expect(text).not.toContain(String(base.coordinates?.lat));
    });
  }

  it('calls a provider without medical services an organisation', () => {
    expect(serviceJsonLd({ ...base, types: ['legal_aid'] }, country, 'en', PAGE_URL)['@type']).toBe('Organization');
  });

  it('gives no hours for a service that is temporarily closed', () => {
    expect(
      serviceJsonLd({ ...base, status: 'temporarily_closed' }, country, 'en', PAGE_URL).openingHours,
    ).toBeUndefined();
  });
});

describe('schemaOrgHours', () => {
  it('converts the syntax schema.org shares with OpenStreetMap', () => {
    expect(schemaOrgHours('Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-12:00')).toEqual([
      'Mo-Fr 09:00-13:00',
      'Mo-Fr 14:00-18:00',
      'Sa 10:00-12:00',
    ]);
    expect(schemaOrgHours('24/7')).toEqual(['Mo-Su']);
  });

  it('gives nothing rather than something wrong for richer values', () => {
    for (const value of [
      'Mo-Fr 09:00-18:00; PH off',
      'Mo-Fr 09:00-18:00 "by appointment"',
      'Mo[2] 10:00-12:00',
      'sunrise-sunset',
    ]) {
      expect(schemaOrgHours(value), value).toBeUndefined();
    }
  });
});

describe('scriptJson', () => {
  it('cannot close the script element it is written into', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('contact links', () => {
  it('dials the digits of a formatted number', () => {
    expect(telHref('+375 (17) 123-45-67')).toBe('tel:+375171234567');
  });

  it('links Telegram usernames and WhatsApp numbers to the apps’ own sites', () => {
    expect(messengerHref('telegram', '@harm_reduction_by')).toBe('https://t.me/harm_reduction_by');
    expect(messengerHref('whatsapp', '+381 64 123 4567')).toBe('https://wa.me/381641234567');
  });

  it('keeps anything else as text', () => {
    expect(messengerHref('telegram', '+375 29 000 00 00')).toBeUndefined();
    expect(messengerHref('telegram', 'https://evil.example/@x')).toBeUndefined();
    expect(messengerHref('whatsapp', 'ask at the desk')).toBeUndefined();
  });
});
