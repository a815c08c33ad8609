/**
 * The printable referral slip: a worker picks services and prints one A4
 * page with names, addresses, hours, phones and a QR code per service.
 * The choice lives only in the page address (`?s=id1,id2`) — nothing is
 * stored on the device. Each service's slip text is a small static JSON file
 * with every language with its QR code's modules inside (see qr-code.ts), made at
 * build time, so the slip page fetches only what was chosen, and the phone
 * needs no QR library.
 */
import encodeQR from 'qr';
import type { Country } from '../schemas/countries';
import { LOCALES, type Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import { knownHelpLines } from '../schemas/help-lines';
import { HELP_LINE_KINDS, SERVICE_TYPES } from '../schemas/vocabularies';
import { useTranslations } from '../i18n';
import { contactLinks, type Contactable } from './contacts';
import { CYRILLIC_LANG } from './cyrillic-edition';
import { INTL_LOCALE } from './dates';
import { packModules, type PackedQr } from './qr-code';
import { mondayOf, weekdayNames, weeklyHours } from './hours';
import { pick, type PickedText } from './localized';
import { absoluteUrl, fileUrl, localeUrl, PAGES, serbianCyrillicUrl } from './routes';
import { serbianToCyrillic } from './transliterate';
import { showsAddress } from './services';
import { SLIP_PARAM } from './slip-selection';

export { parseSlipIds, SLIP_MAX, SLIP_PARAM, withSlipIds, type SlipSelection } from './slip-selection';

/** The site-relative address of the slip with these services chosen. */
export function slipUrl(locale: Locale, ids: string[]): string {
  const base = localeUrl(locale, PAGES.slip);
  return ids.length ? `${base}?${SLIP_PARAM}=${ids.join(',')}` : base;
}

/** Where the slip page finds a service's slip text and QR code. */
export const SLIP_FILES = {
  /** The service's slip text in every language (see slipEntries). */
  data: (id: string) => fileUrl(`slip-data/${id}.json`),
} as const;

/** One service as printed on a slip, already in the slip's language. */
export interface SlipEntry {
  id: string;
  name: string;
  types: string;
  city: string;
  /** The street address, only when it is public. */
  address?: string;
  addressVisibility: Service['address_visibility'];
  /** Compact weekly hours, e.g. ["Mon–Fri 08:00–17:00"]; empty when unknown. */
  hours: string[];
  /** The service's own note on its hours, when the week shows none (e.g. "monthly, on the second Monday"). */
  hoursNote?: string;
  /** Phones, messengers and e-mail, printed as text (the paper cannot be tapped). */
  contacts: SlipContact[];
  /** When the service lists none of those: its country's known help lines (the slip prints each country's once). */
  helpLines?: SlipHelpLines;
  status: Service['status'];
  /** Absolute address of the service page, as in the QR code. */
  url: string;
  /** The QR code of `url`. */
  qr: PackedQr;
}

/** A country's help lines as a slip prints them. */
export interface SlipHelpLines {
  country: string;
  lines: { name: string; contacts: SlipContact[] }[];
}

/** One way to reach someone on the slip: "Phone: +375 …", "Telegram: @name"; `href` for the screen. */
export interface SlipContact {
  label: string;
  text: string;
  href?: string;
}

/** Phones, messengers and e-mail of a service or help line, labelled in `locale` (the website is left out: the slip prints the service page's address). */
function slipContacts(entry: Contactable, locale: Locale): SlipContact[] {
  const t = useTranslations(locale);
  const labels = { phone: t('slip.phones'), email: t('service.email') };
  return contactLinks(entry)
    .filter((link) => link.kind !== 'website')
    .map((link) => ({
      label: link.kind === 'messenger' ? (link.label ?? '') : labels[link.kind as 'phone' | 'email'],
      text: link.text,
      ...(link.href && { href: link.href }),
    }));
}

/**
 * A country's known help lines for a slip, each named (by its own name, else
 * its kind) with its contacts; in the Cyrillic edition Serbian words are
 * transliterated, a name that fell back to another language is left as written.
 */
function slipHelpLines(country: Country | undefined, locale: Locale, cyrillic: boolean): SlipHelpLines | undefined {
  const toScript = (text: string, lang: string) => (cyrillic && lang === 'sr' ? serbianToCyrillic(text) : text);
  const lines = knownHelpLines(country?.help_lines ?? []).map((line) => {
    const own = pick(line.name, locale, country?.original_language);
    return {
      name: own ? toScript(own.text, own.lang) : toScript(HELP_LINE_KINDS[line.kind][locale].label, locale),
      contacts: slipContacts(line, locale).map((contact) => ({ ...contact, label: toScript(contact.label, locale) })),
    };
  });
  const name = pick(country?.name, locale, country?.original_language);
  return country && lines.length ? { country: name ? toScript(name.text, name.lang) : country.id, lines } : undefined;
}

/**
 * The week as a few lines, consecutive days with the same hours joined:
 * "Mon–Fri 08:00–17:00", "Sat 10:00–14:00". Closed days are left out.
 * Returns the raw value when it cannot be parsed, and [] when there is none.
 */
export function compactHours(
  value: string | undefined,
  country: string,
  locale: Locale,
  weekStart = mondayOf(new Date()),
): string[] {
  if (!value) return [];
  const week = weeklyHours(value, country, weekStart);
  if (!week) return [value];
  const names = weekdayNames(INTL_LOCALE[locale], 'short');
  const lines: string[] = [];
  let start = 0;
  for (let index = 1; index <= week.length; index += 1) {
    const text = (day: number) => [week[day]!.intervals.join(', '), week[day]!.comment ?? ''].join('|');
    if (index < week.length && text(index) === text(start)) continue;
    const first = week[start]!;
    if (first.intervals.length || first.comment) {
      const days = index - 1 === start ? names[start] : `${names[start]}–${names[index - 1]}`;
      const times = [first.intervals.join(', '), first.comment ? `(${first.comment})` : ''].filter(Boolean).join(' ');
      lines.push(`${days} ${times}`);
    }
    start = index;
  }
  return lines;
}

/**
 * A service's slip text in `locale`. With `cyrillic` (Serbian only) it is the
 * Serbian Cyrillic edition's: Serbian text transliterated, text that fell back
 * to another language left as written, and the address and QR code of the
 * Cyrillic page.
 */
export function slipEntry(service: Service, country: Country | undefined, locale: Locale, cyrillic = false): SlipEntry {
  const original = service.original_language;
  const script = (picked: PickedText | undefined): string | undefined =>
    picked && cyrillic && picked.lang === 'sr' ? serbianToCyrillic(picked.text) : picked?.text;
  const hours = compactHours(service.opening_hours, service.country, locale);
  const contacts = slipContacts(service, locale);
  // Labels are Serbian words; numbers, handles and addresses stay as written.
  const toCyrillicContact = (contact: SlipContact): SlipContact => ({
    ...contact,
    label: serbianToCyrillic(contact.label),
  });
  const url = cyrillic
    ? absoluteUrl(serbianCyrillicUrl(PAGES.service(service.id)))
    : servicePageUrl(locale, service.id);
  const types = service.types.map((type) => SERVICE_TYPES[type][locale].label).join(' · ');
  return {
    id: service.id,
    name: script(pick(service.name, locale, original)) ?? '',
    types: cyrillic ? serbianToCyrillic(types) : types,
    city: script(pick(country?.cities[service.city]?.name, locale, country?.original_language)) || service.city,
    address: showsAddress(service) ? script(pick(service.address, locale, original)) : undefined,
    addressVisibility: service.address_visibility,
    hours: cyrillic ? hours.map(serbianToCyrillic) : hours,
    hoursNote: hours.length ? undefined : script(pick(service.hours_note, locale, original)),
    contacts: cyrillic ? contacts.map(toCyrillicContact) : contacts,
    ...(contacts.length ? {} : { helpLines: slipHelpLines(country, locale, cyrillic) }),
    status: service.status,
    url,
    qr: qrModules(url),
  };
}

/** A service's slip text in every language and in Serbian Cyrillic, as its slip-data file holds it. */
export function slipEntries(
  service: Service,
  country: Country | undefined,
): Record<Locale | typeof CYRILLIC_LANG, SlipEntry> {
  return {
    ...(Object.fromEntries(LOCALES.map((locale) => [locale, slipEntry(service, country, locale)])) as Record<
      Locale,
      SlipEntry
    >),
    [CYRILLIC_LANG]: slipEntry(service, country, 'sr', true),
  };
}

/** The absolute address of a service page in `locale`: what the slip's QR code points at. */
export function servicePageUrl(locale: Locale, id: string): string {
  return absoluteUrl(localeUrl(locale, PAGES.service(id)));
}

/**
 * The QR code of an address (error correction M: a creased or smudged slip
 * still scans). The library scores all eight masks with the standard's
 * penalty rules and keeps the lowest, on bit-packed rows: four times quicker
 * than `qrcode`, which at 10,000 services spent ~20 CPU s choosing masks.
 */
export function qrModules(url: string): PackedQr {
  // 1 is the smallest quiet zone the library draws; the slip and booklet draw their own (QR_MARGIN), so the ring is cut off.
  const grid = encodeQR(url, 'raw', { ecc: 'medium', border: 1 });
  return packModules(
    grid.length - 2,
    grid.slice(1, -1).flatMap((row) => row.slice(1, -1)),
  );
}
