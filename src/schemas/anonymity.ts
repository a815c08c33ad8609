/**
 * Rules that keep documented cases anonymous. Case text is screened for
 * things that identify a person — e-mail addresses, phone numbers, passport
 * or ID numbers, exact street addresses, dates of birth and exact dates —
 * in Russian, Serbian and English. A finding is reported with the fragment
 * masked, so the validator's own output does not repeat the personal data.
 */

/** The kinds of personal data the rules look for. */
export type PersonalDataKind = 'email' | 'phone' | 'id_number' | 'street_address' | 'birth_date' | 'exact_date';

/** One suspicious fragment of text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The fragment with letters and digits masked except its first two characters. */
  masked: string;
  index: number;
}

interface Rule {
  kind: PersonalDataKind;
  pattern: RegExp;
}

const STREET_WORDS = [
  // Russian
  'ул\\.', 'улица', 'улице', 'пр-т', 'проспект[ае]?', 'пер\\.', 'переулок', 'бул\\.', 'бульвар[ае]?', 'шоссе', 'наб\\.',
  // Serbian, Latin and Cyrillic
  'ulica', 'ulici', 'ul\\.', 'bulevar[u]?', 'bul\\.', 'trg[u]?', 'улица', 'булевар[у]?', 'трг[у]?',
  // English
  'street', 'st\\.', 'avenue', 'ave\\.', 'road', 'rd\\.',
].join('|');

const RULES: Rule[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  // A street word followed, within a few words, by a house number: "ул. Ленина, д. 5", "ulica Njegoševa 12", "12 Baker Street".
  {
    kind: 'street_address',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${STREET_WORDS})\\s+[\\p{L}.\\- ]{2,30}?,?\\s*(?:д\\.|дом|кв\\.|br\\.|бр\\.|no\\.)?\\s*\\d{1,4}[a-zа-я]?(?![\\d.])`,
      'giu',
    ),
  },
  { kind: 'street_address', pattern: /(?<![\p{L}\d])\d{1,4}[a-z]?\s+\p{Lu}\p{L}+\s+(?:street|avenue|road|lane)\b/gu },
  // Dates of birth: "1987 г.р.", "д.р. 12.03.1987", "рођен 1987", "born in 1987", "DOB".
  {
    kind: 'birth_date',
    pattern:
      /(?:\b(?:19|20)\d{2}\s*(?:г\.\s*р\.|г\.р\.|года рождения|godi[šs]te)|(?:д\.\s*р\.|дата рождения|родил(?:ся|ась)|рођен[аи]?|ro[đd]en[ai]?|datum ro[đd]enja|born(?: on| in)?|date of birth|DOB)[\s:]*\d)/giu,
  },
  // Passport or ID numbers: two letters and six or more digits, or a run of nine or more digits.
  { kind: 'id_number', pattern: /(?<![\p{L}\d])\p{L}{2}\s?\d{6,9}(?!\d)|(?<![\d])\d{9,}(?![\d])/gu },
  // Phone numbers: seven or more digits with the usual separators, optionally starting with +.
  { kind: 'phone', pattern: /(?<![\p{L}\d])\+?\d[\d ()-]{6,}\d(?![\d])/gu },
  // A full day date: 12.03.2024, 12/03/2024, 2024-03-12, "12 марта 2024", "12. marta 2024", "12 March 2024".
  {
    kind: 'exact_date',
    pattern:
      /(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|januar[a]?|februar[a]?|mart[a]?|april[a]?|maj[a]?|jun[a]?|jul[a]?|avgust[a]?|septemb[a]?r[a]?|oktob[a]?r[a]?|novemb[a]?r[a]?|decemb[a]?r[a]?|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d{2})(?!\d)/giu,
  },
];

/** Masks a fragment so a report can point at it without repeating it. */
export function mask(fragment: string): string {
  const trimmed = fragment.trim();
  return trimmed.slice(0, 2) + trimmed.slice(2).replace(/[\p{L}\p{N}]/gu, '•');
}

/**
 * Finds fragments of `text` that look like personal data. Overlapping
 * findings are reported once, by the first rule that matched.
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: (PersonalDataFinding & { end: number })[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (findings.some((found) => index < found.end && end > found.index)) continue;
      findings.push({ kind: rule.kind, masked: mask(match[0]), index, end });
    }
  }
  return findings
    .sort((a, b) => a.index - b.index)
    .map(({ kind, masked, index }) => ({ kind, masked, index }));
}

/** Plain-language names of each kind, for messages. */
export const PERSONAL_DATA_LABELS: Record<'en' | 'ru' | 'sr', Record<PersonalDataKind, string>> = {
  en: {
    email: 'an e-mail address',
    phone: 'a phone number',
    id_number: 'a passport or ID number',
    street_address: 'a street address',
    birth_date: 'a date of birth',
    exact_date: 'an exact date (cases give only the month)',
  },
  ru: {
    email: 'адрес электронной почты',
    phone: 'номер телефона',
    id_number: 'номер паспорта или документа',
    street_address: 'точный адрес',
    birth_date: 'дату рождения',
    exact_date: 'точную дату (в случаях указывается только месяц)',
  },
  sr: {
    email: 'adresu e-pošte',
    phone: 'broj telefona',
    id_number: 'broj pasoša ili lične karte',
    street_address: 'tačnu adresu',
    birth_date: 'datum rođenja',
    exact_date: 'tačan datum (u slučajevima se navodi samo mesec)',
  },
};
