import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation';
import encodeQR from 'qr';
import {
  compactHours,
  parseSlipIds,
  qrModules,
  slipEntries,
  slipEntry,
  slipUrl,
  SLIP_MAX,
  withSlipIds,
} from '../../src/lib/slip';
import { serbianToCyrillic, stringsToCyrillic } from '../../src/lib/transliterate';
import { CYRILLIC_LANG } from '../../src/lib/cyrillic-edition';
import { QR_MARGIN, qrPath, unpackModules } from '../../src/lib/qr-code';
import type { Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const fixture = validateContent({ root: VALID_FIXTURE, today: '2026-11-23' });
const country = fixture.countries[0]!.data;
const service = fixture.services[0]!.data;
const MONDAY = new Date(2026, 2, 2);

describe('reading the chosen services from the slip address', () => {
  it('keeps well-formed ids in order, once each', () => {
    expect(parseSlipIds('b-one,a-two,b-one')).toEqual({ ids: ['b-one', 'a-two'], invalid: 0, overflow: 0 });
  });

  it('sets aside anything that could not be an id, so it is never fetched', () => {
    const selection = parseSlipIds('ok-id,../../secret,<script>,a b,%2e%2e,,  ');
    expect(selection.ids).toEqual(['ok-id']);
    expect(selection.invalid).toBe(4);
  });

  it('leaves off ids beyond one page and counts them', () => {
    const ids = Array.from({ length: SLIP_MAX + 3 }, (_, index) => `service-${index}`);
    const selection = parseSlipIds(ids.join(','));
    expect(selection.ids).toEqual(ids.slice(0, SLIP_MAX));
    expect(selection.overflow).toBe(3);
  });

  it('treats a missing or empty parameter as nothing chosen', () => {
    expect(parseSlipIds(null)).toEqual({ ids: [], invalid: 0, overflow: 0 });
    expect(parseSlipIds('')).toEqual({ ids: [], invalid: 0, overflow: 0 });
  });

  it('changes only its own parameter of an address that has others', () => {
    expect(withSlipIds('?type=ost&s=old', ['a', 'b'])).toBe('?type=ost&s=a,b');
    expect(withSlipIds('?type=ost&s=old', [])).toBe('?type=ost');
    expect(withSlipIds('', [])).toBe('');
  });

  it('round-trips through slipUrl', () => {
    const url = slipUrl('sr', ['a', 'b-c']);
    expect(url).toMatch(/\/sr\/slip\/\?s=a,b-c$/);
    expect(parseSlipIds(new URL(url, 'https://example.org').searchParams.get('s')).ids).toEqual(['a', 'b-c']);
  });
});

describe('compact opening hours', () => {
  it('joins consecutive days with the same hours and drops closed days', () => {
    expect(compactHours('Mo-Fr 08:00-17:00; Sa 10:00-14:00', 'by', 'en', MONDAY)).toEqual([
      'Mon–Fri 08:00–17:00',
      'Sat 10:00–14:00',
    ]);
  });

  it('keeps split days and non-consecutive groups apart', () => {
    expect(compactHours('Mo,We 09:00-12:00,13:00-18:00', 'by', 'en', MONDAY)).toEqual([
      'Mon 09:00–12:00, 13:00–18:00',
      'Wed 09:00–12:00, 13:00–18:00',
    ]);
  });

  it('uses the slip language for day names', () => {
    expect(compactHours('Mo-Fr 08:00-17:00', 'by', 'ru', MONDAY)[0]).toMatch(/^пн–пт 08:00–17:00$/i);
  });

  it('says nothing when hours are unknown', () => {
    expect(compactHours(undefined, 'by', 'en', MONDAY)).toEqual([]);
  });
});

describe('a service on a slip', () => {
  it('carries name, city, phones and the page address in the slip language', () => {
    const entry = slipEntry(service, country, 'ru');
    expect(entry.name).toBe(service.name.ru);
    expect(entry.city).toBe(country.cities.soligorsk!.name.ru);
    expect(entry.contacts).toEqual(
      service.phones.map((phone) => ({
        label: 'Телефон',
        text: phone.number,
        href: `tel:${phone.number.replace(/ /g, '')}`,
      })),
    );
    expect(entry.helpLines, 'the service has its own contact').toBeUndefined();
    expect(entry.url).toMatch(/\/ru\/services\/test-dispensary\/$/);
  });

  it('prints messengers and e-mail as text, most direct first, and no website (the page address is printed)', () => {
    const reachable: Service = {
      ...service,
      messengers: [{ app: 'telegram', contact: '@sample_line' }],
      email: 'help@example.org',
      website: 'https://example.org/',
    };
    expect(slipEntry(reachable, country, 'en').contacts.map(({ label, text }) => `${label}: ${text}`)).toEqual([
      `Phone: ${service.phones[0]!.number}`,
      'Telegram: @sample_line',
      'E-mail: help@example.org',
    ]);
  });

  it('gives the country’s help lines instead when the service lists no contact', () => {
    const silent: Service = { ...service, phones: [], messengers: [], email: undefined };
    const withLines = {
      ...country,
      help_lines: [
        { kind: 'emergency' as const, phones: [{ number: '103' }], messengers: [], source: { title: 'Sample' } },
        { kind: 'hiv' as const, missing: true as const, phones: [], messengers: [] },
      ],
    } as typeof country;
    const entry = slipEntry(silent, withLines, 'ru');
    expect(entry.contacts).toEqual([]);
    expect(entry.helpLines?.country).toBe(country.name.ru);
    expect(entry.helpLines?.lines).toHaveLength(1);
    expect(entry.helpLines?.lines[0]!.contacts).toEqual([{ label: 'Телефон', text: '103', href: 'tel:103' }]);
    expect(slipEntries(silent, withLines)[CYRILLIC_LANG].helpLines?.lines[0]!.contacts[0]!.label).toBe('Телефон');
    expect(slipEntry(silent, country, 'ru').helpLines, 'a country that knows no line').toBeUndefined();
  });

  it('prints no street address unless it is public', () => {
    const withAddress: Service = { ...service, address: { ru: 'ул. Тайная, 7', sr: 'Tajna 7', en: '7 Secret St' } };
    expect(slipEntry(withAddress, country, 'en').address).toBe('7 Secret St');
    for (const visibility of ['approximate', 'on_request'] as const) {
      const hidden = slipEntry({ ...withAddress, address_visibility: visibility }, country, 'en');
      expect(hidden.address).toBeUndefined();
      expect(JSON.stringify(hidden)).not.toContain('Secret');
    }
  });
});

describe('slip data file', () => {
  it('holds the slip text in every language, each with the QR code of its own page', () => {
    const entries = slipEntries(service, country);
    expect(Object.keys(entries).sort()).toEqual(['en', 'ru', 'sr', CYRILLIC_LANG].sort());
    for (const locale of ['ru', 'sr', 'en'] as const) {
      expect(entries[locale]).toEqual(slipEntry(service, country, locale));
      expect(entries[locale].url).toContain(`/${locale}/services/${service.id}/`);
    }
  });

  it('gives the Cyrillic edition its Serbian text in Cyrillic, and its own page in the address and QR code', () => {
    const serbian: Service = {
      ...service,
      name: { ...service.name, sr: 'Savetovalište Džep' },
      original_language: 'sr',
    };
    const latin = slipEntry(serbian, country, 'sr');
    const cyrillic = slipEntries(serbian, country)[CYRILLIC_LANG];
    expect(cyrillic.name).toBe('Саветовалиште Џеп');
    expect(cyrillic.types).toBe(serbianToCyrillic(latin.types));
    expect(cyrillic.types).not.toMatch(/[a-z]/);
    expect(cyrillic.url).toContain(`/sr-cyrl/services/${serbian.id}/`);
    expect(cyrillic.qr).toEqual(qrModules(cyrillic.url));
    expect(cyrillic.contacts.map((contact) => contact.text)).toEqual(latin.contacts.map((contact) => contact.text));
    expect(cyrillic.contacts[0]?.label).toBe(serbianToCyrillic(latin.contacts[0]!.label));
  });

  it('leaves text that has no Serbian version in the language it is written in', () => {
    const englishOnly: Service = { ...service, name: { en: 'Harm reduction point' }, original_language: 'en' };
    expect(slipEntries(englishOnly, country)[CYRILLIC_LANG].name).toBe('Harm reduction point');
  });
});

describe('stringsToCyrillic', () => {
  it('writes every string of nested objects and arrays in Cyrillic, and leaves other values alone', () => {
    expect(stringsToCyrillic({ a: 'Telefoni', b: { c: ['ljudi', 'džep'] }, n: 8, none: null })).toEqual({
      a: 'Телефони',
      b: { c: ['људи', 'џеп'] },
      n: 8,
      none: null,
    });
  });
});

describe('QR codes', () => {
  const url = 'https://example.org/ru/services/harm-reduction-centre/';

  it('keep every module of the code the library made, without its quiet zone, in a few hundred bytes', () => {
    const packed = qrModules(url);
    const grid = encodeQR(url, 'raw', { ecc: 'medium', border: 1 });
    expect(packed.size).toBe(grid.length - 2);
    expect(unpackModules(packed)).toEqual(grid.slice(1, -1).flatMap((row) => row.slice(1, -1)));
    expect(JSON.stringify(packed).length).toBeLessThan(300);
  });

  it('differ per address and language', () => {
    expect(qrModules(url).bits).not.toBe(qrModules(url.replace('/ru/', '/en/')).bits);
  });

  it('draw exactly the dark modules, inside the margin', () => {
    const packed = qrModules(url);
    const { viewBox, d } = qrPath(packed);
    expect(viewBox).toBe(packed.size + 2 * QR_MARGIN);
    const drawn = new Set<string>();
    for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let step = 0; step < Number(run); step += 1)
        drawn.add(`${Number(x) + step - QR_MARGIN},${Number(y) - QR_MARGIN}`);
    }
    const dark = unpackModules(packed).flatMap((isDark, index) =>
      isDark ? [`${index % packed.size},${Math.floor(index / packed.size)}`] : [],
    );
    expect([...drawn].sort()).toEqual(dark.sort());
    expect(d.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe('');
  });
});

describe('hours on a slip', () => {
  it('fall back to the service’s own note when the week shows no opening', () => {
    // A rule no week matches, like a date long past, leaves the weekly lines empty.
    const rare: Service = {
      ...service,
      opening_hours: '2020 Jan 01 10:00-12:00',
      hours_note: { ru: 'Раз в год', sr: 'Jednom godišnje', en: 'Once a year' },
    };
    const entry = slipEntry(rare, country, 'en');
    expect(entry.hours).toEqual([]);
    expect(entry.hoursNote).toBe('Once a year');
    const weekly = slipEntry({ ...service, hours_note: { en: 'Ring the bell' } }, country, 'en');
    expect(weekly.hours.length).toBeGreaterThan(0);
    expect(weekly.hoursNote).toBeUndefined();
  });
});
