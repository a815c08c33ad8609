/**
 * The privacy screen for every free text. Case text is screened for things
 * that identify a person — e-mail addresses, phone numbers, messenger handles
 * and profile links, surnames with initials, passport or ID numbers, exact
 * street addresses, dates of birth and dates finer than the case's precision
 * — in Russian, Serbian (Latin and Cyrillic) and English; the free text of
 * services, pathways and statements by `screenFreeText` (the same rules, minus
 * dates, and streets only where the address is not public). Shared by the
 * validator, `npm run new` and the no-account form (which runs it on the
 * device: this module imports nothing).
 * A finding is reported with the fragment masked, so the validator's own
 * output does not repeat the personal data.
 *
 * The rules lean towards flagging: a false alarm costs a contributor a
 * rewording, a miss can cost someone their safety. Ordinary prose — years,
 * article numbers, percentages, counts, sums written with thousand separators,
 * a street mentioned without a number — must still pass.
 */

/** The kinds of personal data the rules look for. */
export type PersonalDataKind =
  'email' | 'phone' | 'handle' | 'initials' | 'id_number' | 'street_address' | 'birth_date' | 'exact_date';

/** One suspicious fragment of text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The fragment with letters and digits masked except its first two characters. */
  masked: string;
  index: number;
}

/** What the text belongs to. */
export interface ScreenOptions {
  /**
   * The case's date precision. With `month` (the default) any day-exact date
   * in the text is a finding; with `day` exact dates are allowed, dates of
   * birth never are.
   */
  precision?: 'month' | 'day';
  /** Kinds not to look for (e.g. dates in a service's notes, streets where the address is public). */
  skip?: readonly PersonalDataKind[];
}

interface Rule {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Rejects matches that only look like personal data. */
  accept?: (fragment: string) => boolean;
}

/** `улица` → `[Уу]лица`: matches the word at the start of a sentence too, without making the whole pattern case-blind. */
function anyCase(word: string): string {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

const SPACE = '[ \\u00a0\\u202f]';

/** Month names that follow a day number: Russian genitive, Serbian Latin and Cyrillic (both cases). */
const MONTHS_AFTER_DAY = [
  ...[
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  ...[
    'januara?',
    'februara?',
    'marta?',
    'aprila?',
    'maja?',
    'juna?',
    'jula?',
    'avgusta?',
    'septemb(?:ar|ra)',
    'oktob(?:ar|ra)',
    'novemb(?:ar|ra)',
    'decemb(?:ar|ra)',
  ],
  ...[
    'јануара?',
    'фебруара?',
    'марта?',
    'априла?',
    'маја?',
    'јуна?',
    'јула?',
    'августа?',
    'септемб(?:ар|ра)',
    'октоб(?:ар|ра)',
    'новемб(?:ар|ра)',
    'децемб(?:ар|ра)',
  ],
]
  .map(anyCase)
  .join('|');

// English month names only capitalised: "may" is also a verb ("5 may need help").
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '(?:19|20)\\d{2}';
const ORDINAL = '(?:st|nd|rd|th|-?(?:го|е|ое))';

/** A full date in any of the usual spellings, with its year. */
const FULL_DATE = [
  `${DAY}[./]\\d{1,2}[./](?:${YEAR}|\\d{2})`,
  `${YEAR}-\\d{2}-\\d{2}`,
  `${DAY}${ORDINAL}?\\.?${SPACE}+(?:of${SPACE}+)?(?:${MONTHS_AFTER_DAY}|${ENGLISH_MONTHS})\\.?,?${SPACE}+${YEAR}`,
  `(?:${ENGLISH_MONTHS})${SPACE}+${DAY}${ORDINAL}?,?${SPACE}+${YEAR}`,
].join('|');

const BIRTH_WORDS = [
  'г\\.\\s?р\\.',
  'года рождения',
  'д\\.\\s?р\\.',
  'дата рождения',
  'родил(?:ся|ась)',
  'рожд[её]н(?:н?ая|ный)?',
  'рођен[аи]?',
  'датум рођења',
  'годиште',
  'ro[đd]en[ai]?',
  'datum ro[đd]enja',
  'godi[šs]te',
  'born',
  'date of birth',
  'DOB',
  'D\\.O\\.B\\.',
].join('|');

const ID_WORDS = [
  'паспорт\\p{L}*',
  'удостоверени\\p{L}*',
  'серия',
  'ИНН',
  'СНИЛС',
  'личн\\p{L}* карт\\p{L}*',
  'пасош\\p{L}*',
  'ЈМБГ',
  'paso[šs]\\p{L}*',
  'li[čc]n\\p{L}* kart\\p{L}*',
  'JMBG',
  'passport',
  'identity card',
  'ID(?: card| number)?',
].join('|');

const ID_CONNECTORS = '№|No\\.?|nr\\.?|br\\.?|бр\\.?|номер|number|broj|број|серии|series|serija|серија';

/** Street words, without a trailing full stop; `(?:\.|\s)` after them allows both "ул. Ленина" and "улица Ленина". */
const STREET_WORDS = [
  // Russian
  'ул',
  'улица',
  'улице',
  'улицу',
  'улицы',
  'проспект[аеу]?',
  'просп',
  'пр-т',
  'переул[оке]{2}',
  'пер',
  'бульвар[аеу]?',
  'бул',
  'шоссе',
  'наб',
  'набережн\\p{L}+',
  'площад[иь]',
  'пл',
  // Serbian Latin and Cyrillic
  'ulica',
  'ulici',
  'ulicu',
  'ul',
  'bulevar[u]?',
  'bul',
  'trg[u]?',
  'улици',
  'булевар[у]?',
  'трг[у]?',
  // English (number-first addresses are matched separately)
  'street',
  'avenue',
  'road',
];
const LOWER_STREET = STREET_WORDS.join('|');
const CAPITAL_STREET = STREET_WORDS.map(capitalised).join('|');
const AFTER_STREET_WORD = '(?:\\.\\s*|\\s+)';
const WORD_CHARS = "\\p{L}\\d.'’-";
const WORD = `[${WORD_CHARS}]+`;
const LOWER_WORD = `\\p{Ll}[${WORD_CHARS}]*`;
/** A street name that starts with a capital or with a number and a capital ("8 Марта"). */
const NAMED = `(?:\\p{Lu}|\\d{1,4}(?:-?\\p{Ll}{1,2})?\\s+\\p{Lu})[${WORD_CHARS}]*`;
const HOUSE_NUMBER = `(?:(?:д|дом|кв|br|бр|no|No|nr|broj|број)\\.?\\s*)?\\d{1,4}(?:\\s?\\p{L}(?!\\p{L}))?(?![\\d.,]?\\d)(?!\\s*%)`;

/** Sites whose pages are a person's profile or chat. */
const PROFILE_HOSTS = [
  't\\.me',
  'telegram\\.me',
  'wa\\.me',
  'vk\\.com',
  'vk\\.ru',
  'ok\\.ru',
  'instagram\\.com',
  'facebook\\.com',
  'fb\\.com',
  'x\\.com',
  'twitter\\.com',
  'tiktok\\.com',
  'viber\\.click',
].join('|');
/** A capitalised surname (also double-barrelled), in Latin or Cyrillic letters. */
const SURNAME = '\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?';
/** One or two initials: "И.", "И. И.", "И.И.", "M." */
const INITIALS = `\\p{Lu}\\.(?:${SPACE}?\\p{Lu}\\.)?`;

function isRealDayMonth(fragment: string): boolean {
  const numbers = fragment.match(/\d+/g)?.map(Number) ?? [];
  if (/^\d{4}-/.test(fragment))
    return (numbers[1] ?? 0) >= 1 && (numbers[1] ?? 0) <= 12 && (numbers[2] ?? 0) >= 1 && (numbers[2] ?? 0) <= 31;
  if (/^\d{1,2}[./]\d{1,2}[./]/.test(fragment)) return (numbers[1] ?? 0) >= 1 && (numbers[1] ?? 0) <= 12;
  return true;
}

function digitCount(fragment: string): number {
  return fragment.replace(/\D/g, '').length;
}

/**
 * Spans that look like phone or ID numbers but are ordinary prose: year
 * ranges ("2019-2020"), dates ("2026-01-10") and numbers with thousand
 * separators ("1 500 000").
 * Phone and ID findings that overlap them are dropped.
 */
const HARMLESS: RegExp[] = [
  new RegExp(`(?<!\\d)${YEAR}\\s?[-–—/]\\s?${YEAR}(?!\\d)`, 'gu'),
  // Dates are not phone numbers: where a day-exact date matters (cases) the exact_date rule finds it first.
  new RegExp(`(?<![\\d+])(?:${YEAR}-\\d{2}-\\d{2}|${DAY}[./]\\d{1,2}[./]${YEAR})(?!\\d)`, 'gu'),
  new RegExp(`(?<![\\d+]${SPACE}?)[1-9]\\d{0,2}(?:${SPACE}\\d{3})+(?!${SPACE}?[-\\d])`, 'gu'),
];

const RULES: Rule[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  // "1987 г.р.", "1987 года рождения", "godište 1990", "рођен 12.03.1987", "born on 12 March 1987", "DOB: 1990-01-01".
  {
    kind: 'birth_date',
    pattern: new RegExp(
      `(?:(?<!\\d)(?:${FULL_DATE}|${YEAR})\\.?\\s*(?:г\\.\\s?р\\.|г\\.|года|godine|године)?\\s*(?:рождения|rođenja|рођења|godi[šs]te|годиште|г\\.\\s?р\\.)|(?<!\\p{L})(?:${BIRTH_WORDS})(?:\\s+(?:on|in|the|в|во|u|у|dana|дана))*[\\s:,.]*(?:${FULL_DATE}|${YEAR}))(?!\\d)`,
      'giu',
    ),
  },
  // A document word followed by a number: "паспорт МР 1234567", "pasoš br. 012345678", "passport number 4509 123456".
  {
    kind: 'id_number',
    pattern: new RegExp(
      `(?<!\\p{L})(?:${ID_WORDS})(?:\\s*(?:${ID_CONNECTORS}))*[\\s:#№]*(?:\\p{L}{1,3}\\s?)?\\d[\\d\\s№#-]{4,}\\d(?!\\d)`,
      'giu',
    ),
    accept: (fragment) => digitCount(fragment) >= 6,
  },
  // A street word and a name, then a house number: "ул. Ленина, д. 5", "ulica Njegoševa 12", "Bulevar oslobođenja 45", "ул. 8 Марта, 3".
  {
    kind: 'street_address',
    pattern: new RegExp(
      `(?<!\\p{L})(?:(?:${LOWER_STREET})${AFTER_STREET_WORD}(?:${LOWER_WORD}\\s+){0,2}${NAMED}|(?:${CAPITAL_STREET})${AFTER_STREET_WORD}${WORD})(?:\\s+${WORD}){0,2}?\\s*,?\\s*${HOUSE_NUMBER}`,
      'gu',
    ),
  },
  // "12 Baker Street", "221b Baker Street".
  {
    kind: 'street_address',
    pattern:
      /(?<![\p{L}\d])\d{1,4}[a-z]?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Square)(?!\p{L})/gu,
  },
  // A day-exact date: "12.03.2024", "2024-03-12", "12 марта 2024", "5 мая", "12. marta", "5. маја", "on 5 May", "March 12, 2024".
  {
    kind: 'exact_date',
    pattern: new RegExp(
      `(?<![\\d.])(?:${FULL_DATE}|${DAY}${ORDINAL}?\\.?${SPACE}+(?:of${SPACE}+)?(?:${MONTHS_AFTER_DAY}|${ENGLISH_MONTHS})(?!\\p{L})|(?:${ENGLISH_MONTHS})${SPACE}+${DAY}(?:(?:st|nd|rd|th)(?!\\p{L})|(?=[,.;)]|$)))(?![\\d])`,
      'gu',
    ),
    accept: isRealDayMonth,
  },
  // Messenger handles and profile links: "@ivan_p", "t.me/ivan_p", "vk.com/id123", "wa.me/381601234567".
  {
    kind: 'handle',
    pattern: new RegExp(
      `(?:https?://)?(?:www\\.)?(?:${PROFILE_HOSTS})/[\\p{L}\\d_.@+-]{2,}|(?<![\\p{L}\\d.@_])@[A-Za-z\\d_](?:[A-Za-z\\d_.]{1,30}[A-Za-z\\d_])(?![\\p{L}\\d@])`,
      'giu',
    ),
  },
  // A surname with initials: "Петров И. И.", "Petrović M.", "И.И. Петров", "M. Petrović".
  {
    kind: 'initials',
    pattern: new RegExp(
      `(?<!\\p{L})(?:${SURNAME}${SPACE}+${INITIALS}|${INITIALS}${SPACE}*${SURNAME})(?![\\p{L}.])`,
      'gu',
    ),
  },
  // Passport or ID numbers by their shape: two capital letters and six or more digits, or a run of nine or more digits.
  { kind: 'id_number', pattern: /(?<![\p{L}\d])\p{Lu}{2}\s?\d{6,9}(?!\d)|(?<!\d)\d{9,}(?!\d)/gu },
  // Phone numbers: seven or more digits with the usual separators, optionally starting with +.
  {
    kind: 'phone',
    pattern: /(?<![\p{L}\d])\+?\d[\d \u00a0\u202f()/-]{5,}\d(?!\d)/gu,
    accept: (fragment) => digitCount(fragment) >= 7,
  },
];

/** Masks a fragment so a report can point at it without repeating it. */
export function mask(fragment: string): string {
  const trimmed = fragment.trim();
  return trimmed.slice(0, 2) + trimmed.slice(2).replace(/[\p{L}\p{N}]/gu, '•');
}

function spans(text: string, pattern: RegExp): { index: number; end: number }[] {
  return [...text.matchAll(pattern)].map((match) => ({
    index: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/**
 * Finds fragments of `text` that look like personal data. Overlapping
 * findings are reported once, by the first rule that matched.
 */
export function findPersonalData(text: string, options: ScreenOptions = {}): PersonalDataFinding[] {
  const harmless = HARMLESS.flatMap((pattern) => spans(text, pattern));
  const findings: (PersonalDataFinding & { end: number })[] = [];
  for (const rule of RULES) {
    if (rule.kind === 'exact_date' && options.precision === 'day') continue;
    if (options.skip?.includes(rule.kind)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (rule.accept && !rule.accept(match[0])) continue;
      if (
        (rule.kind === 'phone' || rule.kind === 'id_number') &&
        harmless.some((span) => index < span.end && end > span.index)
      )
        continue;
      if (findings.some((found) => index < found.end && end > found.index)) continue;
      findings.push({ kind: rule.kind, masked: mask(match[0]), index, end });
    }
  }
  return findings.sort((a, b) => a.index - b.index).map(({ kind, masked, index }) => ({ kind, masked, index }));
}

/**
 * Screens the free text of a service, pathway or statement: phones, e-mails,
 * handles and surnames with initials belong in no description or note (the
 * service's own contacts have their fields); a street only where the
 * service's address is not public (`streets: true`).
 */
export function screenFreeText(text: string, options: { streets?: boolean } = {}): PersonalDataFinding[] {
  return findPersonalData(text, { skip: options.streets ? ['exact_date'] : ['exact_date', 'street_address'] });
}

/** Plain-language names of each kind, for messages. */
export const PERSONAL_DATA_LABELS: Record<'en' | 'ru' | 'sr', Record<PersonalDataKind, string>> = {
  en: {
    email: 'an e-mail address',
    phone: 'a phone number',
    handle: 'a messenger handle or profile link',
    initials: 'a surname with initials',
    id_number: 'a passport or ID number',
    street_address: 'a street address',
    birth_date: 'a date of birth',
    exact_date: 'an exact date (cases give only the month)',
  },
  ru: {
    email: 'адрес электронной почты',
    phone: 'номер телефона',
    handle: 'ник в мессенджере или ссылку на профиль',
    initials: 'фамилию с инициалами',
    id_number: 'номер паспорта или документа',
    street_address: 'точный адрес',
    birth_date: 'дату рождения',
    exact_date: 'точную дату (в случаях указывается только месяц)',
  },
  sr: {
    email: 'adresu e-pošte',
    phone: 'broj telefona',
    handle: 'korisničko ime u aplikaciji ili link na profil',
    initials: 'prezime sa inicijalima',
    id_number: 'broj pasoša ili lične karte',
    street_address: 'tačnu adresu',
    birth_date: 'datum rođenja',
    exact_date: 'tačan datum (u slučajevima se navodi samo mesec)',
  },
};
