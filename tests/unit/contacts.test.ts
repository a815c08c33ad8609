import { describe, expect, it } from 'vitest';
import { contactLinks, geoHref, messengerHref } from '../../src/lib/contacts';

describe('contact links', () => {
  it('orders phones, messengers, e-mail, website', () => {
    const links = contactLinks({
      website: 'https://example.org/',
      email: 'help@example.org',
      messengers: [{ app: 'signal', contact: '+381 64 123 4567' }],
      phones: [{ number: '+375 (17) 123-45-67' }],
    });
    expect(links.map(({ kind }) => kind)).toEqual(['phone', 'messenger', 'email', 'website']);
    expect(links[0]).toEqual({ kind: 'phone', href: 'tel:+375171234567', text: '+375 (17) 123-45-67' });
    expect(links[3]?.text).toBe('example.org');
  });

  it('opens Viber and Signal chats for phone numbers, and nothing for anything else', () => {
    expect(messengerHref('viber', '+375 29 000 00 00')).toBe('viber://chat?number=%2B375290000000');
    expect(messengerHref('signal', '+381 64 123 4567')).toBe('https://signal.me/#p/+381641234567');
    expect(messengerHref('viber', 'ask at the desk')).toBeUndefined();
    expect(messengerHref('signal', 'javascript:alert(1)')).toBeUndefined();
  });

  it('gives no link and no text for an entry without contacts', () => {
    expect(contactLinks({ phones: [], messengers: [] })).toEqual([]);
  });
});

describe('geo links', () => {
  it('pins coordinates with the address as the label', () => {
    expect(geoHref({ coordinates: { lat: 52.79, lon: 27.54 }, address: 'ul. Lenina 1' })).toBe(
      'geo:52.79,27.54?q=52.79,27.54(ul.%20Lenina%201)',
    );
  });
  it('searches the address when there are no coordinates, and is absent with neither', () => {
    expect(geoHref({ address: 'Kralja Petra 2, Beograd' })).toBe('geo:0,0?q=Kralja%20Petra%202%2C%20Beograd');
    expect(geoHref({})).toBeUndefined();
  });
  it('keeps other scripts’ letters as they are, which the browser follows as the fully encoded address', () => {
    const address = 'ул. Ленина 1, Солигорск';
    const href = geoHref({ address })!;
    expect(href).toBe('geo:0,0?q=ул.%20Ленина%201%2C%20Солигорск');
    expect(new URL(href).href).toBe(`geo:0,0?q=${encodeURIComponent(address)}`);
  });
});
