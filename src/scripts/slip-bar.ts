/**
 * "Add to slip" on service cards. Each card holds an empty <slip-toggle
 * data-service="id">; this script gives it a button. The choice is kept in
 * this page's address (?s=…) and nowhere else, and <slip-bar> shows a link to
 * the slip with the chosen services. Without JavaScript nothing appears.
 */
import { formatMessage, readScriptMessages, type MessageTemplate } from '../i18n/format';
import { parseSlipIds, SLIP_MAX, SLIP_PARAM, withSlipIds } from '../lib/slip-selection';

/** The bar's data-messages. */
interface SlipBarConfig {
  add: string;
  /** "Open the slip ({{count}})". */
  open: MessageTemplate;
  /** Shown when the slip is full. */
  full: string;
}

const CHANGE = 'slip-change';

function chosen(): string[] {
  // Reads past the one-page limit so that nothing a person chose silently disappears from the address.
  return parseSlipIds(new URLSearchParams(location.search).get(SLIP_PARAM), Number.MAX_SAFE_INTEGER).ids;
}

function setChosen(ids: string[]): void {
  history.replaceState(history.state, '', `${location.pathname}${withSlipIds(location.search, ids)}${location.hash}`);
  document.dispatchEvent(new CustomEvent(CHANGE));
}

function config(): SlipBarConfig | undefined {
  const bar = document.querySelector<HTMLElement>('slip-bar');
  return bar ? (readScriptMessages(bar) as unknown as SlipBarConfig) : undefined;
}

class SlipToggle extends HTMLElement {
  #button?: HTMLButtonElement;
  #update = () => this.#render();

  connectedCallback(): void {
    const settings = config();
    const id = this.dataset.service;
    if (!settings || !id || this.#button) return;
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.className = 'slip-toggle';
    this.#button.textContent = settings.add;
    // Many cards share the label; the service name tells them apart for screen readers.
    const name = this.closest('li, article')?.querySelector('h2, h3, h4')?.textContent?.trim();
    if (name) this.#button.setAttribute('aria-label', `${settings.add}: ${name}`);
    this.#button.addEventListener('click', () => {
      const ids = chosen();
      setChosen(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
    });
    this.append(this.#button);
    document.addEventListener(CHANGE, this.#update);
    this.#render();
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGE, this.#update);
  }

  #render(): void {
    const settings = config();
    const id = this.dataset.service;
    if (!settings || !id || !this.#button) return;
    const ids = chosen();
    const on = ids.includes(id);
    this.#button.setAttribute('aria-pressed', String(on));
    this.#button.disabled = !on && ids.length >= SLIP_MAX;
    this.#button.title = this.#button.disabled ? settings.full : '';
  }
}

class SlipBar extends HTMLElement {
  #update = () => this.#render();

  connectedCallback(): void {
    document.addEventListener(CHANGE, this.#update);
    this.#render();
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGE, this.#update);
  }

  #render(): void {
    const settings = config();
    const link = this.querySelector('a');
    if (!settings || !link) return;
    const ids = chosen();
    this.hidden = ids.length === 0;
    link.textContent = formatMessage(document.documentElement.lang, settings.open, { count: ids.length });
    // The slip page is the link's own address as built (the Cyrillic edition points it at its twin).
    link.dataset.slip ??= link.getAttribute('href') ?? '';
    link.href = `${link.dataset.slip}${withSlipIds('', ids)}`;
  }
}

customElements.define('slip-toggle', SlipToggle);
customElements.define('slip-bar', SlipBar);
