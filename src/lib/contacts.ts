/**
 * Links that open a phone or messenger app. Only URL forms the apps
 * document and that go straight to the app's own site; anything else stays
 * plain text for the person to copy.
 */
import type { MESSENGERS } from '../schemas/vocabularies';

/** The digits of a phone number with its leading +, for tel: links: `+375 (17) 123-45-67` → `+375171234567`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}

const TELEGRAM_USERNAME = /^@?([A-Za-z][A-Za-z0-9_]{4,31})$/;
const PHONE = /^\+[1-9][\d ()-]{6,20}$/;

/**
 * The web link that opens a chat, or undefined when the contact has no safe
 * link form: Telegram usernames → t.me/<name>, WhatsApp numbers →
 * wa.me/<digits>. Viber and Signal have no plain https form for a contact,
 * so they are shown as text.
 */
export function messengerHref(app: (typeof MESSENGERS)[number], contact: string): string | undefined {
  const value = contact.trim();
  if (app === 'telegram') {
    const username = TELEGRAM_USERNAME.exec(value)?.[1];
    return username ? `https://t.me/${username}` : undefined;
  }
  if (app === 'whatsapp' && PHONE.test(value)) return `https://wa.me/${value.replace(/\D/g, '')}`;
  return undefined;
}
