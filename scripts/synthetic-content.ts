/**
 * A synthetic, schema-valid content set of any size, for the benchmark
 * (`npm run bench`). Deterministic for a given size. Country geography is
 * real (so coordinates pass the bounds check); every organisation, service,
 * statement and case is invented and only ever written to a temporary folder.
 * Text is assembled from word pools with invented place and street names, so
 * the search index grows the way it would with real, varied entries.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LOCALES, type Locale } from '../src/schemas/locales';
import {
  AUDIENCES,
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_OUTCOMES,
  COMMODITIES,
  DOCUMENTS,
  EVENT_KINDS,
  keysOf,
  MONITORED_SERVICES,
  PERPETRATORS,
  SERVICE_TYPES,
  STATEMENT_TOPICS,
} from '../src/schemas/vocabularies';

type Texts = Record<Locale, string>;
type City = { key: string; name: Texts; lat: number; lon: number };
type CountryGeo = {
  id: string;
  name: Texts;
  timezone: string;
  bounds: { south: number; west: number; north: number; east: number };
  cities: City[];
};

const city = (key: string, ru: string, sr: string, en: string, lat: number, lon: number): City => ({
  key,
  name: { ru, sr, en },
  lat,
  lon,
});

/** Fifteen countries of the region with real bounds and city centres. */
export const COUNTRIES: CountryGeo[] = [
  {
    id: 'by',
    name: { ru: 'Беларусь', sr: 'Belorusija', en: 'Belarus' },
    timezone: 'Europe/Minsk',
    bounds: { south: 51.2, west: 23.1, north: 56.2, east: 32.8 },
    cities: [
      city('minsk', 'Минск', 'Minsk', 'Minsk', 53.9, 27.56),
      city('gomel', 'Гомель', 'Gomelj', 'Gomel', 52.44, 30.98),
      city('brest', 'Брест', 'Brest', 'Brest', 52.09, 23.73),
      city('soligorsk', 'Солигорск', 'Soligorsk', 'Soligorsk', 52.79, 27.54),
    ],
  },
  {
    id: 'ru',
    name: { ru: 'Россия', sr: 'Rusija', en: 'Russia' },
    timezone: 'Europe/Moscow',
    bounds: { south: 41.2, west: 19.6, north: 81.9, east: 180 },
    cities: [
      city('moscow', 'Москва', 'Moskva', 'Moscow', 55.76, 37.62),
      city('saint-petersburg', 'Санкт-Петербург', 'Sankt Peterburg', 'Saint Petersburg', 59.94, 30.31),
      city('perm', 'Пермь', 'Perm', 'Perm', 58.01, 56.25),
      city('kazan', 'Казань', 'Kazanj', 'Kazan', 55.79, 49.12),
      city('novosibirsk', 'Новосибирск', 'Novosibirsk', 'Novosibirsk', 55.03, 82.92),
    ],
  },
  {
    id: 'ua',
    name: { ru: 'Украина', sr: 'Ukrajina', en: 'Ukraine' },
    timezone: 'Europe/Kyiv',
    bounds: { south: 44.4, west: 22.1, north: 52.4, east: 40.2 },
    cities: [
      city('kyiv', 'Киев', 'Kijev', 'Kyiv', 50.45, 30.52),
      city('odesa', 'Одесса', 'Odesa', 'Odesa', 46.48, 30.72),
      city('lviv', 'Львов', 'Lavov', 'Lviv', 49.84, 24.03),
      city('kharkiv', 'Харьков', 'Harkov', 'Kharkiv', 49.99, 36.23),
    ],
  },
  {
    id: 'md',
    name: { ru: 'Молдова', sr: 'Moldavija', en: 'Moldova' },
    timezone: 'Europe/Chisinau',
    bounds: { south: 45.5, west: 26.6, north: 48.5, east: 30.2 },
    cities: [
      city('chisinau', 'Кишинёв', 'Kišinjev', 'Chișinău', 47.01, 28.86),
      city('balti', 'Бельцы', 'Belci', 'Bălți', 47.76, 27.93),
    ],
  },
  {
    id: 'ge',
    name: { ru: 'Грузия', sr: 'Gruzija', en: 'Georgia' },
    timezone: 'Asia/Tbilisi',
    bounds: { south: 41.0, west: 40.0, north: 43.6, east: 46.7 },
    cities: [
      city('tbilisi', 'Тбилиси', 'Tbilisi', 'Tbilisi', 41.72, 44.79),
      city('batumi', 'Батуми', 'Batumi', 'Batumi', 41.64, 41.63),
      city('kutaisi', 'Кутаиси', 'Kutaisi', 'Kutaisi', 42.27, 42.7),
    ],
  },
  {
    id: 'am',
    name: { ru: 'Армения', sr: 'Jermenija', en: 'Armenia' },
    timezone: 'Asia/Yerevan',
    bounds: { south: 38.8, west: 43.4, north: 41.3, east: 46.6 },
    cities: [
      city('yerevan', 'Ереван', 'Jerevan', 'Yerevan', 40.18, 44.51),
      city('gyumri', 'Гюмри', 'Gjumri', 'Gyumri', 40.79, 43.85),
    ],
  },
  {
    id: 'az',
    name: { ru: 'Азербайджан', sr: 'Azerbejdžan', en: 'Azerbaijan' },
    timezone: 'Asia/Baku',
    bounds: { south: 38.4, west: 44.8, north: 41.9, east: 50.4 },
    cities: [
      city('baku', 'Баку', 'Baku', 'Baku', 40.41, 49.87),
      city('ganja', 'Гянджа', 'Gandža', 'Ganja', 40.68, 46.36),
    ],
  },
  {
    id: 'kz',
    name: { ru: 'Казахстан', sr: 'Kazahstan', en: 'Kazakhstan' },
    timezone: 'Asia/Almaty',
    bounds: { south: 40.6, west: 46.5, north: 55.4, east: 87.3 },
    cities: [
      city('almaty', 'Алматы', 'Almati', 'Almaty', 43.24, 76.89),
      city('astana', 'Астана', 'Astana', 'Astana', 51.17, 71.45),
      city('shymkent', 'Шымкент', 'Šimkent', 'Shymkent', 42.32, 69.59),
      city('karaganda', 'Караганда', 'Karaganda', 'Karaganda', 49.81, 73.09),
      city('temirtau', 'Темиртау', 'Temirtau', 'Temirtau', 50.05, 72.96),
    ],
  },
  {
    id: 'kg',
    name: { ru: 'Кыргызстан', sr: 'Kirgistan', en: 'Kyrgyzstan' },
    timezone: 'Asia/Bishkek',
    bounds: { south: 39.2, west: 69.3, north: 43.3, east: 80.3 },
    cities: [city('bishkek', 'Бишкек', 'Biškek', 'Bishkek', 42.87, 74.59), city('osh', 'Ош', 'Oš', 'Osh', 40.51, 72.8)],
  },
  {
    id: 'tj',
    name: { ru: 'Таджикистан', sr: 'Tadžikistan', en: 'Tajikistan' },
    timezone: 'Asia/Dushanbe',
    bounds: { south: 36.7, west: 67.3, north: 41.1, east: 75.2 },
    cities: [
      city('dushanbe', 'Душанбе', 'Dušanbe', 'Dushanbe', 38.56, 68.79),
      city('khujand', 'Худжанд', 'Hudžand', 'Khujand', 40.28, 69.62),
    ],
  },
  {
    id: 'uz',
    name: { ru: 'Узбекистан', sr: 'Uzbekistan', en: 'Uzbekistan' },
    timezone: 'Asia/Tashkent',
    bounds: { south: 37.2, west: 55.9, north: 45.6, east: 73.2 },
    cities: [
      city('tashkent', 'Ташкент', 'Taškent', 'Tashkent', 41.3, 69.24),
      city('samarkand', 'Самарканд', 'Samarkand', 'Samarkand', 39.65, 66.96),
    ],
  },
  {
    id: 'rs',
    name: { ru: 'Сербия', sr: 'Srbija', en: 'Serbia' },
    timezone: 'Europe/Belgrade',
    bounds: { south: 42.2, west: 18.8, north: 46.2, east: 23.0 },
    cities: [
      city('belgrade', 'Белград', 'Beograd', 'Belgrade', 44.79, 20.45),
      city('novi-sad', 'Нови-Сад', 'Novi Sad', 'Novi Sad', 45.27, 19.83),
      city('nis', 'Ниш', 'Niš', 'Niš', 43.32, 21.9),
      city('kragujevac', 'Крагуевац', 'Kragujevac', 'Kragujevac', 44.01, 20.91),
    ],
  },
  {
    id: 'ba',
    name: { ru: 'Босния и Герцеговина', sr: 'Bosna i Hercegovina', en: 'Bosnia and Herzegovina' },
    timezone: 'Europe/Sarajevo',
    bounds: { south: 42.5, west: 15.7, north: 45.3, east: 19.7 },
    cities: [
      city('sarajevo', 'Сараево', 'Sarajevo', 'Sarajevo', 43.86, 18.41),
      city('banja-luka', 'Баня-Лука', 'Banja Luka', 'Banja Luka', 44.77, 17.19),
      city('tuzla', 'Тузла', 'Tuzla', 'Tuzla', 44.54, 18.67),
    ],
  },
  {
    id: 'me',
    name: { ru: 'Черногория', sr: 'Crna Gora', en: 'Montenegro' },
    timezone: 'Europe/Podgorica',
    bounds: { south: 41.8, west: 18.4, north: 43.6, east: 20.4 },
    cities: [
      city('podgorica', 'Подгорица', 'Podgorica', 'Podgorica', 42.44, 19.26),
      city('niksic', 'Никшич', 'Nikšić', 'Nikšić', 42.77, 18.94),
    ],
  },
  {
    id: 'mk',
    name: { ru: 'Северная Македония', sr: 'Severna Makedonija', en: 'North Macedonia' },
    timezone: 'Europe/Skopje',
    bounds: { south: 40.8, west: 20.4, north: 42.4, east: 23.0 },
    cities: [
      city('skopje', 'Скопье', 'Skoplje', 'Skopje', 42.0, 21.43),
      city('bitola', 'Битола', 'Bitola', 'Bitola', 41.03, 21.33),
    ],
  },
];

/** A small deterministic PRNG (mulberry32), so a size always yields the same content. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ra',
  'no',
  'vi',
  'ka',
  'le',
  'sto',
  'mir',
  'dan',
  'go',
  'lu',
  'ze',
  'ti',
  'bor',
  'sla',
  've',
  'pra',
  'du',
  'ko',
  'ma',
  'ri',
  'sen',
  'tal',
  'zor',
  'be',
  'ni',
];
const CYR: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  g: 'г',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
};

const POOLS: Record<
  Locale,
  { nouns: string[]; adjectives: string[]; verbs: string[]; places: string[]; tails: string[] }
> = {
  ru: {
    nouns: [
      'центр',
      'пункт',
      'кабинет',
      'фонд',
      'служба',
      'программа',
      'отделение',
      'инициатива',
      'клиника',
      'приёмная',
    ],
    adjectives: [
      'городской',
      'общественный',
      'дружественный',
      'бесплатный',
      'анонимный',
      'районный',
      'мобильный',
      'низкопороговый',
    ],
    verbs: [
      'выдаёт шприцы и иглы',
      'проводит тестирование на ВИЧ',
      'консультирует по ОЗТ',
      'помогает с документами',
      'сопровождает к врачу',
      'выдаёт налоксон',
      'принимает без записи',
      'работает аутрич-бригада',
      'консультирует юрист',
      'поддерживает семьи',
    ],
    places: [
      'у рынка',
      'рядом с вокзалом',
      'во дворе поликлиники',
      'за остановкой',
      'в здании диспансера',
      'у парка',
      'напротив аптеки',
    ],
    tails: [
      'Можно прийти анонимно.',
      'Равные консультанты говорят на русском.',
      'Запись не нужна.',
      'Есть отдельный вход.',
      'Звоните заранее в выходные.',
      'Консультации для женщин по средам.',
    ],
  },
  sr: {
    nouns: [
      'centar',
      'punkt',
      'savetovalište',
      'fondacija',
      'služba',
      'program',
      'odeljenje',
      'inicijativa',
      'klinika',
      'kancelarija',
    ],
    adjectives: [
      'gradski',
      'društveni',
      'prijateljski',
      'besplatni',
      'anonimni',
      'opštinski',
      'mobilni',
      'niskopražni',
    ],
    verbs: [
      'deli špriceve i igle',
      'radi testiranje na HIV',
      'savetuje o supstitucionoj terapiji',
      'pomaže oko dokumenata',
      'prati do lekara',
      'deli nalokson',
      'prima bez zakazivanja',
      'radi terenski tim',
      'savetuje pravnik',
      'podržava porodice',
    ],
    places: [
      'kod pijace',
      'blizu železničke stanice',
      'u dvorištu doma zdravlja',
      'iza stanice',
      'u zgradi dispanzera',
      'kod parka',
      'preko puta apoteke',
    ],
    tails: [
      'Može se doći anonimno.',
      'Vršnjački savetnici govore srpski.',
      'Zakazivanje nije potrebno.',
      'Postoji poseban ulaz.',
      'Vikendom pozovite unapred.',
      'Savetovanje za žene sredom.',
    ],
  },
  en: {
    nouns: [
      'centre',
      'point',
      'office',
      'foundation',
      'service',
      'programme',
      'unit',
      'initiative',
      'clinic',
      'drop-in',
    ],
    adjectives: ['city', 'community', 'friendly', 'free', 'anonymous', 'district', 'mobile', 'low-threshold'],
    verbs: [
      'hands out needles and syringes',
      'offers HIV testing',
      'advises on opioid substitution',
      'helps with documents',
      'accompanies people to doctors',
      'hands out naloxone',
      'sees people without appointment',
      'runs an outreach team',
      'has a lawyer on call',
      'supports families',
    ],
    places: [
      'by the market',
      'near the railway station',
      'in the clinic courtyard',
      'behind the bus stop',
      'in the dispensary building',
      'by the park',
      'across from the pharmacy',
    ],
    tails: [
      'You can come anonymously.',
      'Peer counsellors speak English and Russian.',
      'No appointment needed.',
      'There is a separate entrance.',
      'Call ahead at weekends.',
      'Counselling for women on Wednesdays.',
    ],
  },
};

const HOURS = [
  'Mo-Fr 09:00-18:00',
  'Mo-Fr 08:00-17:00; Sa 10:00-14:00',
  'Mo-Su 10:00-20:00',
  'Tu,Th 14:00-19:00',
  'Mo-Fr 09:00-13:00,14:00-18:00',
  '24/7',
];

/** Sizes of the generated set. */
export interface SyntheticOptions {
  services: number;
  /** Defaults to one per 200 services, at least 6. */
  statements?: number;
  /** Defaults to one per 20 services, at least 10. */
  cases?: number;
  /**
   * Share (0–1) of the services placed in one city, the first country's first
   * (Minsk), as in a directory whose capital has most of them; the rest are
   * spread over every country as usual. Makes city pages long enough to be
   * split at a few thousand services. Unset, nothing changes.
   */
  concentrate?: number;
  /** Events, spread over every country's cities (default none). */
  events?: number;
  seed?: number;
}

/** What was written. */
export interface SyntheticSummary {
  countries: number;
  cities: number;
  services: number;
  statements: number;
  cases: number;
  events: number;
}

const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const cyrillic = (value: string) => [...value].map((letter) => CYR[letter] ?? letter).join('');

/** Random choices and invented text, all drawn from one seeded stream, and a writer under `content/`. */
interface Generator {
  rand: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** Between `min` and `max` of the items, shuffled. */
  some: <T>(items: readonly T[], min: number, max: number) => T[];
  /** An invented proper name, in Latin and Cyrillic script. */
  properName: () => Texts;
  sentence: (lang: Locale, name: Texts) => string;
  paragraph: (lang: Locale, name: Texts, sentences: number) => string;
  perLocale: (make: (lang: Locale) => string) => Texts;
  /** Writes a file at a path under `content/`. */
  write: (path: string[], text: string) => void;
  content: string;
}

function generator(root: string, seed: number): Generator {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const word = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
  const sentence = (lang: Locale, name: Texts): string => {
    const pool = POOLS[lang];
    return `${capital(pick(pool.adjectives))} ${pick(pool.nouns)} «${name[lang]}» ${pick(pool.verbs)} ${pick(pool.places)}.`;
  };
  const content = join(root, 'content');
  return {
    rand,
    pick,
    some: <T>(items: readonly T[], min: number, max: number): T[] => {
      const count = min + Math.floor(rand() * (max - min + 1));
      return [...items].sort(() => rand() - 0.5).slice(0, count);
    },
    properName: () => {
      const latin = capital(word(2 + Math.floor(rand() * 2)));
      return { ru: capital(cyrillic(latin.toLowerCase())), sr: latin, en: latin };
    },
    sentence,
    paragraph: (lang, name, sentences) =>
      [...Array.from({ length: sentences }, () => sentence(lang, name)), pick(POOLS[lang].tails)].join(' '),
    perLocale: (make) => ({ ru: make('ru'), sr: make('sr'), en: make('en') }),
    write: (path, text) => {
      const file = join(content, ...path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    },
    content,
  };
}

/** Every country's file: a new one with law and summary, or the repository's own with the synthetic cities added. */
function writeCountries(gen: Generator): void {
  const { pick, some, perLocale, paragraph } = gen;
  for (const country of COUNTRIES) {
    const path = ['countries', `${country.id}.yaml`];
    const cities = Object.fromEntries(
      country.cities.map((c) => [c.key, { name: c.name, coordinates: { lat: c.lat, lon: c.lon } }]),
    );
    if (existsSync(join(gen.content, ...path))) {
      const existing = parse(readFileSync(join(gen.content, ...path), 'utf8')) as { cities: Record<string, unknown> };
      existing.cities = { ...cities, ...existing.cities };
      gen.write(path, stringify(existing));
      continue;
    }
    gen.write(
      path,
      stringify({
        id: country.id,
        name: country.name,
        timezone: country.timezone,
        bounds: country.bounds,
        cities,
        law: {
          drug_use: pick(['crime', 'administrative_offence']),
          ost: pick(['yes', 'limited', 'no']),
          ost_medicines: some(['methadone', 'buprenorphine'], 0, 2),
          naloxone_without_prescription: pick(['yes', 'no', 'unknown']),
          nsp_legal: pick(['yes', 'limited']),
        },
        summary: perLocale((lang) => paragraph(lang, country.name, 2)),
        sources: [{ title: 'Synthetic benchmark data' }],
        updated: '2025-06-01',
        original_language: 'en',
      }),
    );
  }
}

/** A service's community-monitoring record, for about three services in ten. */
function monitoringRecords({ rand, pick, some }: Generator): unknown[] {
  if (!(rand() < 0.3)) return [];
  return [
    {
      date: '2025-03-01',
      respondents: 5 + Math.floor(rand() * 40),
      commodities: Object.fromEntries(
        some(keysOf(COMMODITIES), 2, 6).map((key) => [key, pick(['always', 'sometimes', 'never'])]),
      ),
      services: Object.fromEntries(
        some(keysOf(MONITORED_SERVICES), 1, 3).map((key) => [key, pick(['always', 'sometimes', 'never'])]),
      ),
    },
  ];
}

/** The fields of a service that follow its place and name: contacts, hours, conditions, verification, monitoring. */
function serviceDetails(gen: Generator, place: City, types: string[]): Record<string, unknown> {
  const { rand, pick, some } = gen;
  const digits = (from: number, spread: number) => String(from + Math.floor(rand() * spread));
  return {
    coordinates: {
      lat: Number((place.lat + (rand() - 0.5) * 0.08).toFixed(5)),
      lon: Number((place.lon + (rand() - 0.5) * 0.08).toFixed(5)),
    },
    types,
    opening_hours: pick(HOURS),
    phones: [{ number: `+${digits(380, 10)} ${digits(10, 89)} ${digits(100, 899)} ${digits(1000, 8999)}` }],
    cost: pick(['free', 'partly_free', 'unknown']),
    anonymous: rand() < 0.6,
    narcology_register: pick(['no', 'yes', 'unknown']),
    documents:
      rand() < 0.5
        ? ['none']
        : some(
            keysOf(DOCUMENTS).filter((key) => key !== 'none'),
            1,
            2,
          ),
    audiences: some(keysOf(AUDIENCES), 0, 3),
    verification: {
      status: pick(['verified', 'unverified']),
      date: `2025-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      by: 'Synthetic benchmark',
      source: { title: 'Synthetic benchmark data' },
    },
    monitoring: monitoringRecords(gen),
    original_language: pick(LOCALES),
  };
}

/** Writes the services, spread over every country (or partly concentrated in one city); returns their ids by country. */
function writeServices(gen: Generator, options: SyntheticOptions): Map<string, string[]> {
  const { rand, pick, some, perLocale, paragraph } = gen;
  const serviceIds = new Map<string, string[]>();
  for (let index = 0; index < options.services; index++) {
    const concentrated = options.concentrate !== undefined && rand() < options.concentrate;
    const country = (concentrated ? COUNTRIES[0] : COUNTRIES[index % COUNTRIES.length]) as CountryGeo;
    const place = concentrated ? (country.cities[0] as City) : pick(country.cities);
    const name = gen.properName();
    const street = gen.properName();
    const id = `${name.en.toLowerCase()}-synthetic-${index}`;
    const types = some(keysOf(SERVICE_TYPES), 1, 4);
    serviceIds.set(country.id, [...(serviceIds.get(country.id) ?? []), id]);
    const number = () => 1 + Math.floor(rand() * 120);
    gen.write(
      ['services', country.id, place.key, `${id}.yaml`],
      stringify({
        id,
        country: country.id,
        city: place.key,
        name: perLocale((lang) => `${capital(pick(POOLS[lang].nouns))} «${name[lang]}»`),
        description: perLocale((lang) => paragraph(lang, name, 2 + Math.floor(rand() * 3))),
        address: {
          ru: `ул. ${street.ru}, ${number()}`,
          sr: `Ulica ${street.sr} ${number()}`,
          en: `${street.en} Street ${number()}`,
        },
        directions: perLocale((lang) => `${capital(pick(POOLS[lang].places))}.`),
        ...serviceDetails(gen, place, types),
      }),
    );
  }
  return serviceIds;
}

/** Writes `count` position statements, each in every language. */
function writeStatements(gen: Generator, count: number): void {
  const { rand, pick, some, paragraph } = gen;
  for (let index = 0; index < count; index++) {
    const topic = gen.properName();
    const original = pick(LOCALES);
    const date = `202${Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    const topics = some(keysOf(STATEMENT_TOPICS), 1, 3);
    const id = `synthetic-${topic.en.toLowerCase()}-${index}`;
    for (const lang of LOCALES) {
      const body = Array.from({ length: 6 }, () => paragraph(lang, topic, 4)).join('\n\n');
      const frontmatter = stringify({
        id,
        lang,
        date,
        title: `${capital(pick(POOLS[lang].adjectives))} ${pick(POOLS[lang].nouns)} ${topic[lang]}`,
        summary: gen.sentence(lang, topic),
        topics,
        endorsements: ['Synthetic network'],
        original_language: original,
      });
      gen.write(['statements', id, `${lang}.md`], `---\n${frontmatter}---\n\n## ${topic[lang]}\n\n${body}\n`);
    }
  }
}

/** Writes `count` anonymised rights cases, spread over the countries. */
function writeCases(gen: Generator, count: number): void {
  const { rand, pick, some, perLocale, paragraph } = gen;
  for (let index = 0; index < count; index++) {
    const country = COUNTRIES[index % COUNTRIES.length] as CountryGeo;
    const subject = gen.properName();
    gen.write(
      ['cases', country.id, `synthetic-case-${index}.yaml`],
      stringify({
        id: `synthetic-case-${index}`,
        published: true,
        example: true,
        consent: true,
        date: `202${Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}`,
        country: country.id,
        city: pick(country.cities).key,
        kind: pick(keysOf(CASE_KINDS)),
        categories: some(keysOf(CASE_CATEGORIES), 1, 2),
        perpetrator: pick(keysOf(PERPETRATORS)),
        actions: some(
          keysOf(CASE_ACTIONS).filter((key) => key !== 'none'),
          1,
          2,
        ),
        outcome: pick(keysOf(CASE_OUTCOMES)),
        title: perLocale(
          (lang) => `${capital(pick(POOLS[lang].adjectives))} ${pick(POOLS[lang].nouns)} ${subject[lang]}`,
        ),
        summary: perLocale((lang) => paragraph(lang, subject, 3)),
        documented_by: 'Synthetic network',
        recorded: '2025-06-01',
        original_language: pick(LOCALES),
      }),
    );
  }
}

/** When an event happens: a start day, often a time, and a rule or a list of dates. */
function eventSchedule({ rand, pick }: Generator, hour: number): Record<string, unknown> {
  return {
    start: `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    ...(rand() < 0.7 ? { time: `${String(hour).padStart(2, '0')}:00-${hour + 2}:30` } : {}),
    ...(rand() < 0.8
      ? {
          repeat: pick([
            'FREQ=MONTHLY;BYDAY=2MO',
            'FREQ=WEEKLY;BYDAY=TU,TH',
            'FREQ=MONTHLY;BYDAY=-1FR',
            'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA',
          ]),
        }
      : { dates: ['2027-02-01', '2027-05-03'] }),
  };
}

/** Writes `count` events in every country's cities, some naming services of their country. */
function writeEvents(gen: Generator, count: number, serviceIds: Map<string, string[]>): void {
  const { pick, some, perLocale, paragraph } = gen;
  for (let index = 0; index < count; index++) {
    const country = COUNTRIES[index % COUNTRIES.length] as CountryGeo;
    const title = gen.properName();
    const hour = 9 + Math.floor(gen.rand() * 8);
    gen.write(
      ['events', country.id, `synthetic-event-${index}.yaml`],
      stringify({
        id: `synthetic-event-${index}`,
        kind: pick(keysOf(EVENT_KINDS)),
        title: perLocale((lang) => `${capital(pick(POOLS[lang].nouns))} «${title[lang]}»`),
        description: perLocale((lang) => paragraph(lang, title, 2)),
        country: country.id,
        city: pick(country.cities).key,
        services: some(serviceIds.get(country.id) ?? [], 0, 3),
        audiences: some(keysOf(AUDIENCES), 0, 2),
        schedule: eventSchedule(gen, hour),
        sources: [{ title: 'Synthetic benchmark data' }],
        verification: {
          status: 'unverified',
          date: '2025-06-01',
          by: 'Synthetic benchmark',
          source: { title: 'Synthetic benchmark data' },
        },
        original_language: pick(LOCALES),
      }),
    );
  }
}

/**
 * Writes synthetic entries into `content/` under `root` next to whatever is
 * already there (so collections the generator does not know still build).
 * A country that already has a file keeps it, with the synthetic cities added
 * to its `cities`. Returns how many entries of each kind were written.
 */
export function writeSyntheticContent(root: string, options: SyntheticOptions): SyntheticSummary {
  const gen = generator(root, options.seed ?? options.services);
  writeCountries(gen);
  const serviceIds = writeServices(gen, options);
  const statements = options.statements ?? Math.max(6, Math.round(options.services / 200));
  writeStatements(gen, statements);
  const cases = options.cases ?? Math.max(10, Math.round(options.services / 20));
  writeCases(gen, cases);
  // Written last, so the services, statements and cases of a size stay the same with or without events.
  const events = options.events ?? 0;
  writeEvents(gen, events, serviceIds);
  return {
    countries: COUNTRIES.length,
    cities: COUNTRIES.reduce((sum, c) => sum + c.cities.length, 0),
    services: options.services,
    statements,
    cases,
    events,
  };
}
