import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countriesByName } from '../../src/lib/services';
import { countrySchema, type Country } from '../../src/schemas/countries';
import { serviceSchema } from '../../src/schemas/services';
import { VALID_FIXTURE } from './helpers';

const read = (file: string) => parse(readFileSync(join(VALID_FIXTURE, 'content', file), 'utf8'));
const belarus = countrySchema.parse(read('countries/by.yaml'));
const serbia: Country = { ...belarus, id: 'rs', name: { ru: 'Сербия', sr: 'Srbija', en: 'Serbia' } };
const armenia: Country = { ...belarus, id: 'am', name: { ru: 'Армения', sr: 'Jermenija', en: 'Armenia' } };
const service = serviceSchema.parse(read('services/by/soligorsk/test-dispensary.yaml'));

describe('countriesByName', () => {
  const countries = new Map([belarus, serbia, armenia].map((country) => [country.id, country]));

  it('lists every country, with no services too, sorted by name in the page language', () => {
    expect(
      countriesByName(countries, [service, service], 'en').map(
        ({ country, serviceCount }) => `${country.id}:${serviceCount}`,
      ),
    ).toEqual(['am:0', 'by:2', 'rs:0']);
    // Serbian: Belorusija < Jermenija < Srbija.
    expect(countriesByName(countries, [], 'sr').map(({ country }) => country.id)).toEqual(['by', 'am', 'rs']);
  });
});
