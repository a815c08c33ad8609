import { describe, expect, it } from 'vitest';
import {
  countSentence,
  emptyFilters,
  factsFromDataset,
  filterAttributes,
  filterQuery,
  isFiltering,
  matchesFilters,
  openCountsSentence,
  parseFilterQuery,
  presentChoices,
  withFilters,
  type FilterOptions,
  type FilterState,
  type ServiceFacts,
} from '../../src/lib/filters';
import { serviceSchema, type Service } from '../../src/schemas/services';

const OPTIONS: FilterOptions = {
  types: ['nsp', 'ost', 'naloxone', 'legal_aid'],
  countries: ['by', 'rs'],
  cities: ['by.minsk', 'by.soligorsk', 'rs.belgrade'],
  audiences: ['women', 'youth'],
};

const facts = (overrides: Partial<ServiceFacts> = {}): ServiceFacts => ({
  types: ['nsp', 'naloxone'],
  country: 'by',
  city: 'minsk',
  cost: 'free',
  anonymous: true,
  register: 'no',
  audiences: ['women'],
  naloxone: false,
  openNow: true,
  ...overrides,
});

const state = (overrides: Partial<FilterState>): FilterState => ({ ...emptyFilters(), ...overrides });

describe('matchesFilters', () => {
  it('matches "naloxone always" only where the latest monitoring round says so', () => {
    expect(matchesFilters(facts({ naloxone: true }), state({ naloxone: true }))).toBe(true);
    expect(matchesFilters(facts({ naloxone: false }), state({ naloxone: true }))).toBe(false);
    expect(parseFilterQuery('?naloxone=1').naloxone).toBe(true);
    expect(filterQuery(state({ naloxone: true }))).toBe('?naloxone=1');
  });

  it('lets everything through when nothing is chosen', () => {
    expect(isFiltering(emptyFilters())).toBe(false);
    expect(
      matchesFilters(
        facts({ cost: 'paid', anonymous: undefined, register: 'yes', openNow: undefined, audiences: [] }),
        emptyFilters(),
      ),
    ).toBe(true);
  });

  it('matches a service that offers any one of several chosen types', () => {
    expect(matchesFilters(facts({ types: ['naloxone'] }), state({ types: ['ost', 'naloxone'] }))).toBe(true);
    expect(matchesFilters(facts({ types: ['legal_aid'] }), state({ types: ['ost', 'naloxone'] }))).toBe(false);
  });

  it('matches audiences only when the service names one of them', () => {
    expect(matchesFilters(facts({ audiences: ['youth'] }), state({ audiences: ['women', 'youth'] }))).toBe(true);
    expect(matchesFilters(facts({ audiences: [] }), state({ audiences: ['women'] }))).toBe(false);
  });

  it('tells apart cities with the same key in different countries', () => {
    expect(matchesFilters(facts({ country: 'by', city: 'minsk' }), state({ city: 'by.minsk' }))).toBe(true);
    expect(matchesFilters(facts({ country: 'rs', city: 'minsk' }), state({ city: 'by.minsk' }))).toBe(false);
    expect(matchesFilters(facts({ country: 'rs' }), state({ country: 'by' }))).toBe(false);
  });

  it('needs the entry to say yes: unknown cost, anonymity, register or hours never match', () => {
    expect(matchesFilters(facts({ cost: 'partly_free' }), state({ free: true }))).toBe(false);
    expect(matchesFilters(facts({ anonymous: undefined }), state({ anonymous: true }))).toBe(false);
    expect(matchesFilters(facts({ register: 'unknown' }), state({ noRegister: true }))).toBe(false);
    expect(matchesFilters(facts({ openNow: undefined }), state({ openNow: true }))).toBe(false);
    expect(matchesFilters(facts({ openNow: false }), state({ openNow: true }))).toBe(false);
    expect(matchesFilters(facts(), state({ free: true, anonymous: true, noRegister: true, openNow: true }))).toBe(true);
  });

  it('includes services whose hours are unknown when asked, never closed ones', () => {
    const withUnknown = state({ openNow: true, includeUnknown: true });
    expect(matchesFilters(facts({ openNow: undefined }), withUnknown)).toBe(true);
    expect(matchesFilters(facts({ openNow: true }), withUnknown)).toBe(true);
    expect(matchesFilters(facts({ openNow: false }), withUnknown)).toBe(false);
    // Alone it filters nothing: it only widens "open now".
    expect(matchesFilters(facts({ openNow: false }), state({ includeUnknown: true }))).toBe(true);
    expect(isFiltering(state({ includeUnknown: true }))).toBe(false);
  });

  it('combines different filters with AND', () => {
    expect(matchesFilters(facts({ cost: 'paid' }), state({ types: ['nsp'], free: true }))).toBe(false);
  });
});

describe('the URL query', () => {
  const full = state({
    types: ['naloxone', 'nsp'],
    country: 'by',
    city: 'by.minsk',
    openNow: true,
    includeUnknown: true,
    free: true,
    anonymous: true,
    noRegister: true,
    audiences: ['women', 'youth'],
  });

  it('round-trips every filter', () => {
    expect(parseFilterQuery(filterQuery(full), OPTIONS)).toEqual(full);
    expect(parseFilterQuery(filterQuery(emptyFilters()), OPTIONS)).toEqual(emptyFilters());
  });

  it('is empty for no filter and stable whatever the order of choices', () => {
    expect(filterQuery(emptyFilters())).toBe('');
    expect(filterQuery(state({ types: ['nsp', 'naloxone'] }))).toBe(filterQuery(state({ types: ['naloxone', 'nsp'] })));
  });

  it('reads what the form submits without JavaScript, empty selects included', () => {
    const submitted = '?type=ost&type=nsp&country=&city=&free=1&audience=women';
    expect(parseFilterQuery(submitted, OPTIONS)).toEqual(
      state({ types: ['nsp', 'ost'], free: true, audiences: ['women'] }),
    );
  });

  it('drops values the page does not offer, duplicates, and a city outside the chosen country', () => {
    const parsed = parseFilterQuery(
      'type=nsp&type=nsp&type=<script>&country=xx&city=rs.belgrade&audience=aliens',
      OPTIONS,
    );
    expect(parsed).toEqual(state({ types: ['nsp'], city: 'rs.belgrade' }));
    expect(parseFilterQuery('country=by&city=rs.belgrade', OPTIONS)).toEqual(state({ country: 'by' }));
  });

  it('keeps parameters that are not filters, such as the referral slip, when filters change', () => {
    const next = withFilters('?s=a,b&type=nsp&free=1', state({ types: ['ost'] }));
    const params = new URLSearchParams(next);
    expect(params.get('s')).toBe('a,b');
    expect(params.getAll('type')).toEqual(['ost']);
    expect(params.has('free')).toBe(false);
    expect(withFilters('?type=nsp', emptyFilters())).toBe('');
  });

  it('treats 0 and false as off', () => {
    expect(parseFilterQuery('open=0&free=false&anonymous=1').openNow).toBe(false);
    expect(parseFilterQuery('open=0&free=false&anonymous=1').free).toBe(false);
    expect(parseFilterQuery('open=0&free=false&anonymous=1').anonymous).toBe(true);
  });
});

describe('openCountsSentence', () => {
  const templates = {
    countOpen: {
      one: '{{count}} служба открыта сейчас',
      few: '{{count}} службы открыты сейчас',
      many: '{{count}} служб открыто сейчас',
      other: '',
    },
    countClosed: { one: '{{count}} закрыта', few: '{{count}} закрыты', many: '{{count}} закрыто', other: '' },
    countUnknown: {
      one: 'у {{count}} службы часы неизвестны',
      few: 'у {{count}} служб часы неизвестны',
      many: 'у {{count}} служб часы неизвестны',
      other: '',
    },
  };

  it('says open, closed and unknown with plural forms, leaving out parts with none (but never open)', () => {
    expect(openCountsSentence('ru', templates, { open: 3, closed: 1, unknown: 15 })).toBe(
      '3 службы открыты сейчас · 1 закрыта · у 15 служб часы неизвестны',
    );
    expect(openCountsSentence('ru', templates, { open: 0, closed: 0, unknown: 21 })).toBe(
      '0 служб открыто сейчас · у 21 службы часы неизвестны',
    );
  });
});

describe('countSentence', () => {
  const templates = { count: '{{count}} services', matching: '{{count}} of {{total}} match' };

  it('gives the total while nothing filters, and matches of the total while something does', () => {
    expect(countSentence('en', templates, emptyFilters(), 19, 19)).toBe('19 services');
    expect(countSentence('en', templates, state({ free: true }), 4, 19)).toBe('4 of 19 match');
    expect(countSentence('en', templates, state({ types: ['nsp'] }), 0, 19)).toBe('0 of 19 match');
  });

  it('uses the plural form for the count in the page’s language', () => {
    const ru = {
      count: { one: '{{count}} служба', few: '{{count}} службы', many: '{{count}} служб', other: '{{count}} службы' },
      matching: '{{count}} из {{total}}',
    };
    expect(countSentence('ru', ru, emptyFilters(), 0, 21)).toBe('21 служба');
    expect(countSentence('ru', ru, emptyFilters(), 0, 22)).toBe('22 службы');
    expect(countSentence('ru', ru, emptyFilters(), 0, 25)).toBe('25 служб');
  });
});

describe('card attributes', () => {
  const service: Service = serviceSchema.parse({
    id: 'sample',
    country: 'rs',
    city: 'belgrade',
    name: { en: 'Sample' },
    description: { en: 'Sample' },
    types: ['nsp', 'naloxone'],
    cost: 'free',
    narcology_register: 'no',
    audiences: ['women'],
    verification: { status: 'verified', date: '2026-11-01', by: 'Team', source: { title: 'Visit' } },
    original_language: 'en',
    untranslated: ['ru', 'sr'],
  });

  const dataset = (attributes: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(attributes).map(([name, value]) => [
        name.slice(5).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
        value,
      ]),
    );

  it('carry every fact the filters read', () => {
    expect(factsFromDataset(dataset(filterAttributes(service)), false)).toEqual({
      types: service.types,
      country: 'rs',
      city: 'belgrade',
      cost: 'free',
      anonymous: undefined,
      register: 'no',
      audiences: ['women'],
      naloxone: false,
      openNow: false,
    });
    expect(factsFromDataset(dataset(filterAttributes(service, true)), false).naloxone).toBe(true);
  });

  it('keep "anonymous: no" apart from unknown', () => {
    const facts = factsFromDataset(dataset(filterAttributes({ ...service, anonymous: false })), undefined);
    expect(facts.anonymous).toBe(false);
  });
});

describe('presentChoices', () => {
  const make = (types: string[], audiences: string[]) =>
    serviceSchema.parse({
      id: 'sample',
      country: 'by',
      city: 'minsk',
      name: { en: 'Sample' },
      description: { en: 'Sample' },
      types,
      audiences,
      verification: { status: 'verified', date: '2026-11-01', by: 'Team', source: { title: 'Visit' } },
      original_language: 'en',
      untranslated: ['ru', 'sr'],
    });

  it('offers only types and audiences that occur, in vocabulary order', () => {
    const services = [make(['ost', 'nsp'], ['youth']), make(['nsp'], ['women'])];
    expect(presentChoices(services, ['nsp', 'ost', 'naloxone'], ['women', 'youth', 'migrants'])).toEqual({
      types: ['nsp', 'ost'],
      audiences: ['women', 'youth'],
    });
  });
});
