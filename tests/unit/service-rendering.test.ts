/**
 * What service cards and pages print, rendered with Astro's container API:
 * an address is only as precise as its entry allows, and the directory card
 * carries the facts its filters read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import ServiceCard from '../../src/components/ServiceCard.astro';
import ServiceDetails from '../../src/components/ServiceDetails.astro';
import ServiceJsonLd from '../../src/components/ServiceJsonLd.astro';
import { countrySchema } from '../../src/schemas/countries';
import { serviceSchema, type Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const read = (file: string) => parse(readFileSync(join(VALID_FIXTURE, 'content', file), 'utf8'));
const country = countrySchema.parse(read('countries/by.yaml'));
const STREET = { ru: 'ул. Секретная, 7', sr: 'Tajna 7', en: '7 Secret Street' };
const base: Service = serviceSchema.parse({
  ...read('services/by/soligorsk/test-dispensary.yaml'),
  address: STREET,
  directions: { ru: 'Вход со двора', sr: 'Ulaz iz dvorišta', en: 'Entrance from the yard' },
  coordinates: { lat: 52.8123, lon: 27.5567 },
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (component: Parameters<AstroContainer['renderToString']>[0], service: Service) =>
  container.renderToString(component, { props: { service, country, locale: 'en' } });

describe('address visibility', () => {
  it('shows the street on a public entry', async () => {
    expect(await render(ServiceDetails, base)).toContain(STREET.en);
    expect(await render(ServiceCard, base)).toContain(STREET.en);
  });

  for (const visibility of ['approximate', 'on_request'] as const) {
    it(`never prints the street, directions or coordinates of an ${visibility} entry`, async () => {
      const service = { ...base, address_visibility: visibility };
      for (const component of [ServiceDetails, ServiceCard, ServiceJsonLd]) {
        const html = await render(component, service);
        for (const secret of [STREET.en, STREET.ru, 'Entrance from the yard', '52.8123', '27.5567'])
          expect(html).not.toContain(secret);
      }
      expect(await render(ServiceDetails, service)).toContain('Soligorsk');
    });
  }
});

describe('the directory card', () => {
  it('carries the facts the filters read', async () => {
    const html = await render(ServiceCard, base);
    expect(html).toMatch(/data-types="ost hiv_testing"/);
    expect(html).toMatch(/data-country="by"/);
    expect(html).toMatch(/data-cost="free"/);
    expect(html).toMatch(/data-anonymous="false"/);
    expect(html).toMatch(/data-register="yes"/);
  });

  it('shows a temporary closure with its notice, and no open-now line', async () => {
    const closed: Service = {
      ...base,
      status: 'temporarily_closed',
      status_notice: { date: '2026-11-01', text: { ru: 'Ремонт', sr: 'Renoviranje', en: 'Closed for repairs' } },
    };
    const html = await render(ServiceCard, closed);
    expect(html).toContain('Closed for repairs');
    expect(html).not.toContain('<open-status');
  });

  it('summarises the latest peer check', async () => {
    expect(await render(ServiceCard, base)).toMatch(/1 of 3 items always available, 1 never/);
  });
});

describe('the service page', () => {
  it('shows the latest monitoring with availability in words', async () => {
    const html = await render(ServiceDetails, base);
    expect(html).toContain('12 people');
    expect(html).toMatch(/Needles and syringes<\/th>\s*<td[^>]*>\s*Always\s*</);
    expect(html).toMatch(/Naloxone<\/th>\s*<td[^>]*>\s*Never\s*</);
  });

  it('opens each messenger in its app, and keeps an unlinkable contact as text', async () => {
    const service: Service = {
      ...base,
      messengers: [
        { app: 'telegram', contact: '@sample_service' },
        { app: 'viber', contact: '+375 29 000 00 00' },
        { app: 'signal', contact: 'ask at the desk' },
      ],
    };
    const html = await render(ServiceDetails, service);
    expect(html).toContain('href="https://t.me/sample_service"');
    expect(html).toContain('href="viber://chat?number=%2B375290000000"');
    expect(html).toMatch(/Signal:\s+ask at the desk/);
  });
});

describe('contacts first', () => {
  const withPhone: Service = { ...base, phones: [{ number: '+375 17 000-00-00' }], email: 'desk@example.org' };
  const noContact: Service = { ...base, phones: [], messengers: [], email: undefined, website: undefined };
  const withLines = countrySchema.parse({
    ...read('countries/by.yaml'),
    help_lines: [
      { kind: 'emergency', phones: [{ number: '103' }], source: { title: 'Fixture list' } },
      { kind: 'legal_aid', missing: true },
    ],
  });

  it('puts the call button before the description and the address', async () => {
    const html = await render(ServiceDetails, withPhone);
    const call = html.indexOf('href="tel:+375170000000"');
    expect(call).toBeGreaterThan(0);
    expect(call).toBeLessThan(html.indexOf('>Address</h2>'));
    expect(call).toBeLessThan(html.indexOf('href="mailto:desk@example.org"'));
    expect(html).not.toContain('help-lines');
  });

  it('says plainly that there is no contact and offers the country’s known help lines', async () => {
    const html = await container.renderToString(ServiceDetails, {
      props: { service: noContact, country: withLines, locale: 'en' },
    });
    expect(html).toContain('This service lists no phone or messenger');
    expect(html).toContain('href="tel:103"');
    expect(html).toContain('Ambulance');
    expect(html).not.toContain('Legal aid');
  });

  it('opens a public address in the phone’s own maps app, and never an approximate one', async () => {
    expect(await render(ServiceDetails, base)).toContain('href="geo:52.8123,27.5567?q=52.8123,27.5567(');
    expect(await render(ServiceDetails, { ...base, address_visibility: 'approximate' })).not.toContain('geo:');
  });

  it('lets a person start a referral slip from the page', async () => {
    expect(await render(ServiceDetails, base)).toContain(`/en/slip/?s=${base.id}`);
  });

  it('puts tap-to-call on the directory card', async () => {
    expect(await render(ServiceCard, withPhone)).toContain('href="tel:+375170000000"');
  });
});
