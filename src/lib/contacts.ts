/**
 * How to reach a service, in the order a person on a phone needs it: call,
 * write in a messenger, e-mail, website — as links that open the phone's own
 * apps, and as plain text for paper. Only URL forms the apps document; any
 * contact without a safe link form stays text for the person to copy.
 * Directions open the phone's own maps app (`geo:`), so no map service is
 * asked anything before the tap.
 */
import type { MESSENGERS } from '../schemas/vocabularies';
import type { LocalizedText } from './localized';

/** The digits of a phone number with its leading +, for tel: links: `+375 (17) 123-45-67` → `+375171234567`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}

const TELEGRAM_USERNAME = /^@?([A-Za-z][A-Za-z0-9_]{4,31})$/;
const PHONE = /^\+[1-9][\d ()-]{6,20}$/;

/** A messenger app's name as the app itself writes it. */
export const MESSENGER_NAMES: Record<(typeof MESSENGERS)[number], string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  viber: 'Viber',
  signal: 'Signal',
};

/**
 * The link that opens a chat in the app, or undefined when the contact has no
 * safe link form: Telegram usernames → t.me/<name>; phone numbers →
 * wa.me/<digits> (WhatsApp), viber://chat?number=%2B<digits> (Viber),
 * signal.me/#p/+<digits> (Signal).
 */
export function messengerHref(app: (typeof MESSENGERS)[number], contact: string): string | undefined {
  const value = contact.trim();
  if (app === 'telegram') {
    const username = TELEGRAM_USERNAME.exec(value)?.[1];
    return username ? `https://t.me/${username}` : undefined;
  }
  if (!PHONE.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  if (app === 'whatsapp') return `https://wa.me/${digits}`;
  if (app === 'viber') return `viber://chat?number=%2B${digits}`;
  return `https://signal.me/#p/+${digits}`;
}

/** One way to reach a service: its kind, the link (if it has a safe one) and the text to print. */
export interface ContactLink {
  kind: 'phone' | 'messenger' | 'email' | 'website';
  /** For messengers, the app's name. */
  label?: string;
  href?: string;
  text: string;
  /** A phone's own note ("for appointments"), in the entry's languages. */
  note?: LocalizedText;
}

/** The contact fields services and help lines share. */
export interface Contactable {
  phones?: { number: string; note?: LocalizedText }[];
  messengers?: { app: (typeof MESSENGERS)[number]; contact: string }[];
  email?: string;
  website?: string;
}

/** Every way to reach an entry, most direct first: phones, messengers, e-mail, website. */
export function contactLinks(entry: Contactable): ContactLink[] {
  return [
    ...(entry.phones ?? []).map(({ number, note }): ContactLink => ({
      kind: 'phone',
      href: telHref(number),
      text: number,
      ...(note && { note }),
    })),
    ...(entry.messengers ?? []).map(({ app, contact }): ContactLink => ({
      kind: 'messenger',
      label: MESSENGER_NAMES[app],
      href: messengerHref(app, contact),
      text: contact,
    })),
    ...(entry.email ? [{ kind: 'email', href: `mailto:${entry.email}`, text: entry.email } satisfies ContactLink] : []),
    ...(entry.website
      ? [
          {
            kind: 'website',
            href: entry.website,
            text: entry.website.replace(/^https?:\/\//, '').replace(/\/$/, ''),
          } satisfies ContactLink,
        ]
      : []),
  ];
}

/**
 * A `geo:` link that opens the phone's own maps app at a public place
 * (RFC 5870, with the `q` query Android and most map apps read for a
 * labelled pin), or with only an address to search for when there are no
 * coordinates. Undefined when there is neither.
 */
export function geoHref(place: { coordinates?: { lat: number; lon: number }; address?: string }): string | undefined {
  if (place.coordinates) {
    const { lat, lon } = place.coordinates;
    const at = `${lat},${lon}`;
    return `geo:${at}?q=${at}${place.address ? `(${encodeQueryText(place.address)})` : ''}`;
  }
  return place.address ? `geo:0,0?q=${encodeQueryText(place.address)}` : undefined;
}

/**
 * `encodeURIComponent` for ASCII characters only: letters of other scripts
 * may stand in a link as they are, and the browser encodes them (as UTF-8)
 * when the link is followed, so the app gets the same address. A Cyrillic
 * address written this way is a third of its percent-encoded length (`%D0%9F`
 * for each letter), on every service page that shows one.
 */
function encodeQueryText(text: string): string {
  return text.replace(/[\u0000-\u007f]+/g, encodeURIComponent);
}
