/**
 * <referral-slip>: assembles the printable slip from the services named in
 * the page address (?s=id1,id2). For each id it fetches one small JSON file,
 * made at build time, and draws its QR code from the modules inside; after that the page needs
 * nothing more, so it can be printed offline. Bad input never breaks it: ids
 * that cannot exist are not requested, and a service that has been removed
 * from the directory gets a notice in its place.
 */
import { qrPath, type PackedQr } from '../lib/qr-code';
import { parseSlipIds, SLIP_PARAM, withSlipIds } from '../lib/slip-selection';

/** `CYRILLIC_LANG` of src/lib/cyrillic-edition.ts, written out: that module brings an HTML tokenizer along. */
const CYRILLIC_LANG = 'sr-Cyrl';

/** A phone, messenger or e-mail as the slip prints it (see `SlipContact` in src/lib/slip.ts). */
interface SlipContact {
  label: string;
  text: string;
  href?: string;
}

/** One service's slip text in one language, as written by src/integrations/slip-data.ts. */
interface SlipEntry {
  id: string;
  name: string;
  types: string;
  city: string;
  address?: string;
  addressVisibility: 'public' | 'approximate' | 'on_request';
  hours: string[];
  hoursNote?: string;
  contacts: SlipContact[];
  /** Only when the service lists no contact: its country's help lines. */
  helpLines?: { country: string; lines: { name: string; contacts: SlipContact[] }[] };
  status: 'active' | 'temporarily_closed' | 'closed';
  url: string;
  qr: PackedQr;
}

/** The element's data-config, plus `text` from its data-messages (which the Cyrillic edition transliterates). */
interface SlipConfig {
  /** URL template with "{id}" in place of the service id. */
  dataUrl: string;
  /** Which language of the slip data this page shows (the Serbian page's copy in the Cyrillic edition reads `sr-Cyrl`). */
  locale: string;
  max: number;
  text: {
    removed: string;
    unavailable: string;
    invalid: string;
    overflow: string;
    qrAlt: string;
    noContact: string;
    hoursUnknown: string;
    addressApproximate: string;
    addressOnRequest: string;
    status: Record<'temporarily_closed' | 'closed', string>;
  };
}

type Loaded = { id: string; entry: SlipEntry } | { id: string; problem: 'removed' | 'unavailable' };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function load(id: string, config: SlipConfig): Promise<Loaded> {
  try {
    const response = await fetch(config.dataUrl.replace('{id}', id));
    // A static host answers 404 for a service whose files are gone: it was removed from the directory.
    if (response.status === 404) return { id, problem: 'removed' };
    if (!response.ok) return { id, problem: 'unavailable' };
    const entries = (await response.json()) as Record<string, SlipEntry | undefined>;
    const entry = entries[config.locale];
    return entry ? { id, entry } : { id, problem: 'unavailable' };
  } catch {
    return { id, problem: 'unavailable' };
  }
}

/** "Phone: +375 …; Telegram: @name" — each number or handle as text, a link on screen. */
function contactLine(contacts: SlipContact[], className: string): HTMLParagraphElement {
  const line = element('p', className);
  contacts.forEach((contact, index) => {
    if (index) line.append('; ');
    line.append(`${contact.label}: `);
    const value = element(contact.href ? 'a' : 'span', undefined, contact.text);
    if (contact.href && value instanceof HTMLAnchorElement) value.href = contact.href;
    line.append(value);
  });
  return line;
}

/**
 * One line under the list for the services that list no contact: each of
 * their countries' help lines once, as text ("Беларусь: Скорая помощь —
 * Телефон: 103"), so a full slip still fits on one page.
 */
function helpLinesLine(results: Loaded[], intro: string): HTMLParagraphElement | undefined {
  const countries = new Map<string, NonNullable<SlipEntry['helpLines']>>();
  for (const result of results) {
    const help = 'entry' in result ? result.entry.helpLines : undefined;
    if (help) countries.set(help.country, help);
  }
  if (!countries.size) return undefined;
  const line = element('p', 'slip__help', `${intro} `);
  [...countries.values()].forEach((help, index) => {
    if (index) line.append(' · ');
    line.append(element('strong', undefined, help.country), ': ');
    help.lines.forEach((helpLine, at) => {
      if (at) line.append('; ');
      line.append(`${helpLine.name} — `, ...contactLine(helpLine.contacts, '').childNodes);
    });
  });
  return line;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as an inline SVG: drawn from the build's modules, so nothing more is fetched. */
function qrImage(qr: PackedQr, label: string): SVGSVGElement {
  const { viewBox, d } = qrPath(qr);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'slip-item__qr');
  svg.setAttribute('viewBox', `0 0 ${viewBox} ${viewBox}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(viewBox));
  background.setAttribute('height', String(viewBox));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

class ReferralSlip extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const written = JSON.parse(this.dataset.config ?? '{}') as Omit<SlipConfig, 'text'>;
    // The Cyrillic edition is a copy of the Serbian page that says so only in <html lang>.
    const lang = document.documentElement.lang;
    const config: SlipConfig = {
      ...written,
      locale: written.locale === 'sr' && lang === CYRILLIC_LANG ? CYRILLIC_LANG : written.locale,
      text: JSON.parse(this.dataset.messages ?? '{}') as SlipConfig['text'],
    };
    const list = this.querySelector<HTMLOListElement>('[data-slip-list]');
    const notices = this.querySelector<HTMLElement>('[data-slip-notices]');
    if (!list || !notices) return;
    this.querySelectorAll<HTMLElement>('[data-slip-nojs]').forEach((node) => (node.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-slip-js]').forEach((node) => (node.hidden = false));
    this.querySelector('[data-slip-print]')?.addEventListener('click', () => window.print());

    const selection = parseSlipIds(new URLSearchParams(location.search).get(SLIP_PARAM), config.max);
    // Keep the address tidy: what is shown is exactly what the address says.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${withSlipIds(location.search, selection.ids)}${location.hash}`,
    );
    if (selection.invalid) notices.append(element('p', 'note', config.text.invalid));
    if (selection.overflow) notices.append(element('p', 'note', config.text.overflow));
    this.toggleAttribute('data-empty', selection.ids.length === 0);

    const results = await Promise.all(selection.ids.map((id) => load(id, config)));
    for (const result of results) {
      list.append(
        'entry' in result ? this.#item(result.entry, config) : this.#missing(result.id, result.problem, config),
      );
    }
    const help = helpLinesLine(results, config.text.noContact);
    if (help) list.after(help);
    this.dataset.state = 'ready';
  }

  #item(entry: SlipEntry, config: SlipConfig): HTMLLIElement {
    const item = element('li', 'slip-item');
    item.dataset.service = entry.id;
    const text = element('div', 'slip-item__text');
    text.append(element('h2', 'slip-item__name', entry.name), element('p', 'slip-item__types', entry.types));
    if (entry.status !== 'active') text.append(element('p', 'slip-item__status', config.text.status[entry.status]));
    const place =
      entry.addressVisibility === 'public'
        ? [entry.city, entry.address].filter(Boolean).join(', ')
        : `${entry.city}. ${entry.addressVisibility === 'approximate' ? config.text.addressApproximate : config.text.addressOnRequest}`;
    text.append(element('p', 'slip-item__place', place));
    text.append(
      element(
        'p',
        'slip-item__hours',
        entry.hours.length ? entry.hours.join('; ') : (entry.hoursNote ?? config.text.hoursUnknown),
      ),
    );
    if (entry.contacts.length) text.append(contactLine(entry.contacts, 'slip-item__contacts'));
    const link = element('a', 'slip-item__url', entry.url);
    link.href = entry.url;
    text.append(link);
    item.append(text, qrImage(entry.qr, config.text.qrAlt));
    return item;
  }

  #missing(id: string, problem: 'removed' | 'unavailable', config: SlipConfig): HTMLLIElement {
    const item = element('li', 'slip-item slip-item--missing');
    item.dataset.service = id;
    item.dataset.problem = problem;
    item.append(
      element('p', 'slip-item__notice', problem === 'removed' ? config.text.removed : config.text.unavailable),
      element('code', undefined, id),
    );
    return item;
  }
}

customElements.define('referral-slip', ReferralSlip);
