/**
 * <referral-slip>: assembles the printable slip from the services named in
 * the page address (?s=id1,id2). For each id it fetches one small JSON file
 * and shows one QR image, both made at build time; after that the page needs
 * nothing more, so it can be printed offline. Bad input never breaks it: ids
 * that cannot exist are not requested, and a service that has been removed
 * from the directory gets a notice in its place.
 */
import { parseSlipIds, SLIP_PARAM, withSlipIds } from '../lib/slip-selection';

/** One service's slip text, as written by src/pages/slip-data. */
interface SlipEntry {
  id: string;
  name: string;
  types: string;
  city: string;
  address?: string;
  addressVisibility: 'public' | 'approximate' | 'on_request';
  hours: string[];
  hoursNote?: string;
  phones: string[];
  status: 'active' | 'temporarily_closed' | 'closed';
  url: string;
}

interface SlipConfig {
  /** URL templates with "{id}" in place of the service id. */
  dataUrl: string;
  qrUrl: string;
  max: number;
  text: {
    removed: string;
    unavailable: string;
    invalid: string;
    overflow: string;
    qrAlt: string;
    phones: string;
    hoursUnknown: string;
    addressApproximate: string;
    addressOnRequest: string;
    status: Record<'temporarily_closed' | 'closed', string>;
  };
}

type Loaded = { id: string; entry: SlipEntry } | { id: string; problem: 'removed' | 'unavailable' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
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
    return { id, entry: (await response.json()) as SlipEntry };
  } catch {
    return { id, problem: 'unavailable' };
  }
}

function imageLoaded(image: HTMLImageElement): Promise<void> {
  if (image.complete) return Promise.resolve();
  return new Promise((resolve) => {
    image.addEventListener('load', () => resolve(), { once: true });
    image.addEventListener('error', () => resolve(), { once: true });
  });
}

class ReferralSlip extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const config = JSON.parse(this.dataset.config ?? '{}') as SlipConfig;
    const list = this.querySelector<HTMLOListElement>('[data-slip-list]');
    const notices = this.querySelector<HTMLElement>('[data-slip-notices]');
    if (!list || !notices) return;
    this.querySelectorAll<HTMLElement>('[data-slip-nojs]').forEach((node) => (node.hidden = true));
    this.querySelectorAll<HTMLElement>('[data-slip-js]').forEach((node) => (node.hidden = false));
    this.querySelector('[data-slip-print]')?.addEventListener('click', () => window.print());

    const selection = parseSlipIds(new URLSearchParams(location.search).get(SLIP_PARAM), config.max);
    // Keep the address tidy: what is shown is exactly what the address says.
    history.replaceState(history.state, '', `${location.pathname}${withSlipIds(location.search, selection.ids)}${location.hash}`);
    if (selection.invalid) notices.append(element('p', 'note', config.text.invalid));
    if (selection.overflow) notices.append(element('p', 'note', config.text.overflow));
    this.toggleAttribute('data-empty', selection.ids.length === 0);

    const results = await Promise.all(selection.ids.map((id) => load(id, config)));
    const images: HTMLImageElement[] = [];
    for (const result of results) {
      const item = 'entry' in result ? this.#item(result.entry, config, images) : this.#missing(result.id, result.problem, config);
      list.append(item);
    }
    await Promise.all(images.map(imageLoaded));
    this.dataset.state = 'ready';
  }

  #item(entry: SlipEntry, config: SlipConfig, images: HTMLImageElement[]): HTMLLIElement {
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
    text.append(element('p', 'slip-item__hours', entry.hours.length ? entry.hours.join('; ') : (entry.hoursNote ?? config.text.hoursUnknown)));
    if (entry.phones.length) {
      const phones = element('p', 'slip-item__phones');
      phones.append(`${config.text.phones}: `);
      entry.phones.forEach((number, index) => {
        if (index) phones.append(', ');
        const link = element('a', undefined, number);
        link.href = `tel:${number.replace(/[^+\d]/g, '')}`;
        phones.append(link);
      });
      text.append(phones);
    }
    const link = element('a', 'slip-item__url', entry.url);
    link.href = entry.url;
    text.append(link);
    const qr = element('img', 'slip-item__qr');
    qr.src = config.qrUrl.replace('{id}', entry.id);
    qr.alt = config.text.qrAlt;
    qr.width = 96;
    qr.height = 96;
    images.push(qr);
    item.append(text, qr);
    return item;
  }

  #missing(id: string, problem: 'removed' | 'unavailable', config: SlipConfig): HTMLLIElement {
    const item = element('li', 'slip-item slip-item--missing');
    item.dataset.service = id;
    item.dataset.problem = problem;
    item.append(element('p', 'slip-item__notice', problem === 'removed' ? config.text.removed : config.text.unavailable), element('code', undefined, id));
    return item;
  }
}

customElements.define('referral-slip', ReferralSlip);
