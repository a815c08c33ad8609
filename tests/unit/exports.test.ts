import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation';
import { csvField, CSV_COLUMNS, EXPORT_FIELDS, toCsv, toGeoJson } from '../../src/lib/exports';
import type { Service } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const fixture = validateContent({ root: VALID_FIXTURE, today: '2026-11-23' });
const countries = new Map(fixture.countries.map((entry) => [entry.data.id, entry.data]));
const base = fixture.services[0]!.data;
const city = countries.get('by')!.cities.soligorsk!.coordinates;

/** A public service whose texts contain everything CSV must escape. */
const awkward: Service = {
  ...base,
  id: 'awkward-names',
  name: { ru: 'Центр "Надежда", филиал', sr: 'Centar\nNada', en: ' leading space' },
  address: { ru: 'ул. Примерная, 1', sr: 'Primerna 1', en: '1 Example St, "back door"' },
  coordinates: { lat: 52.81, lon: 27.56 },
};
/** A shelter: its street and coordinates must never leave the site. */
const shelter: Service = {
  ...base,
  id: 'quiet-shelter',
  address_visibility: 'approximate',
  address: { ru: 'Секретная улица, 7', sr: 'Tajna ulica 7', en: '7 Secret Street' },
  coordinates: { lat: 52.7712, lon: 27.5123 },
  types: ['shelter'],
};
const onRequest: Service = {
  ...shelter,
  id: 'call-first',
  address_visibility: 'on_request',
  coordinates: { lat: 52.7799, lon: 27.5399 },
};
const services = [base, awkward, shelter, onRequest];

/** A small RFC 4180 reader, independent of the writer under test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV fields', () => {
  it('leave plain text alone and quote commas, quotes and line breaks', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('write what a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("https://evil.example","Open")')).toBe(
      `"'=HYPERLINK(""https://evil.example"",""Open"")"`,
    );
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('+375 174 00 00 00')).toBe("'+375 174 00 00 00");
    expect(csvField('Centre = help')).toBe('Centre = help');
  });
});

describe('the CSV export', () => {
  const csv = toCsv(services, countries);
  const [header, ...rows] = readCsv(csv);
  const byId = new Map(
    rows.map((row) => [row[0], Object.fromEntries(header!.map((column, index) => [column, row[index]]))]),
  );

  it('has a header and one row per service, each as wide as the header', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(services.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('reads back exactly what was written, however awkward the text', () => {
    const row = byId.get('awkward-names')!;
    expect(row.name_ru).toBe(awkward.name.ru);
    expect(row.name_sr).toBe(awkward.name.sr);
    expect(row.name_en).toBe(awkward.name.en);
    expect(row.address_en).toBe(awkward.address!.en);
  });

  it('neutralises a formula in a name, in every export row', () => {
    const formula: Service = {
      ...base,
      id: 'formula-name',
      name: { ...base.name, en: '=HYPERLINK("https://evil.example","Click")' },
    };
    const [, ...formulaRows] = readCsv(toCsv([formula], countries));
    const nameEn = formulaRows[0]![CSV_COLUMNS.indexOf('name_en')];
    expect(nameEn).toBe(`'${formula.name.en}`);
  });

  it('joins lists with semicolons', () => {
    expect(byId.get(base.id)!.types).toBe(base.types.join(';'));
    // A phone list starts with "+", which spreadsheets would compute: it is written as text, number intact.
    expect(byId.get(base.id)!.phones).toBe(`'${base.phones.map((phone) => phone.number).join(';')}`);
  });

  it('gives approximate and on-request services the city centre and no address', () => {
    for (const id of ['quiet-shelter', 'call-first']) {
      const row = byId.get(id)!;
      expect(row.address_ru).toBe('');
      expect(row.address_en).toBe('');
      expect([Number(row.latitude), Number(row.longitude)]).toEqual([city.lat, city.lon]);
      expect(row.approximate).toBe('true');
    }
    expect(csv).not.toContain('Secret');
    expect(csv).not.toContain('52.7712');
    expect(csv).not.toContain('52.7799');
  });
});

describe('the GeoJSON export', () => {
  const geojson = toGeoJson(services, countries);
  const byId = new Map(geojson.features.map((feature) => [feature.id, feature]));

  it('is a FeatureCollection of points, one per service', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(services.length);
    for (const feature of geojson.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry?.type).toBe('Point');
      expect(feature.properties.id).toBe(feature.id);
    }
  });

  it('writes coordinates as [longitude, latitude]', () => {
    expect(byId.get('awkward-names')!.geometry!.coordinates).toEqual([27.56, 52.81]);
    expect(byId.get('awkward-names')!.properties.approximate).toBe(false);
  });

  it('never exposes where an approximate service really is', () => {
    for (const id of ['quiet-shelter', 'call-first']) {
      const feature = byId.get(id)!;
      expect(feature.geometry!.coordinates).toEqual([city.lon, city.lat]);
      expect(feature.properties.approximate).toBe(true);
      expect(feature.properties).not.toHaveProperty('address');
    }
    const text = JSON.stringify(geojson);
    expect(text).not.toContain('52.7712');
    expect(text).not.toContain('27.5123');
    expect(text).not.toContain('Secret');
  });

  it('links every service page in every language', () => {
    const urls = byId.get(base.id)!.properties.url as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual(['en', 'ru', 'sr']);
    expect(urls.ru).toMatch(new RegExp(`^https?://.+/ru/services/${base.id}/$`));
  });
});

describe('the documentation of the exports', () => {
  it('explains every CSV column exactly once', () => {
    const documented = EXPORT_FIELDS.flatMap((entry) => [...entry.columns]);
    expect([...documented].sort()).toEqual([...CSV_COLUMNS].sort());
  });
});
