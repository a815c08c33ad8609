/**
 * <site-search>: the search page's results, from Pagefind's JS API. The
 * element wraps the page's plain GET form; this script loads Pagefind only
 * when there is something to search, searches as the person types, and
 * offers filters by type, country, city and service type. Queries are
 * normalised (Serbian Cyrillic → Latin, ё → е) and never written into the
 * page address, so they do not pile up in the browser history.
 */
import { normaliseQuery } from '../lib/search-query';
import type { Locale } from '../schemas/locales';

interface SearchConfig {
  /** URL of Pagefind's pagefind.js. */
  pagefind: string;
  /** Prefix of result URLs (the site's base path with a trailing slash). */
  baseUrl: string;
  locale: Locale;
  /** Result count text, '#' standing for the number. */
  results: string;
  empty: string;
  loading: string;
  more: string;
  unavailable: string;
  any: string;
  /** Label of each filter shown, by Pagefind filter name, in display order. */
  filters: Record<string, string>;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

/** Appends Pagefind's excerpt (escaped text with <mark> around hits) as text and <mark> elements only. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #filterBox!: HTMLElement;
  #selects = new Map<string, HTMLSelectElement>();
  #results: { data(): Promise<ResultData> }[] = [];
  #shown = 0;
  #generation = 0;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    if (this.#input) return;
    const read = (attribute: string) =>
      Object.fromEntries(
        [...this.querySelectorAll<HTMLElement>(`[${attribute}]`)].map((element) => [
          element.getAttribute(attribute)!,
          element.textContent?.trim() ?? '',
        ]),
      );
    this.#config = {
      ...JSON.parse(this.dataset.config ?? '{}'),
      ...read('data-text'),
      filters: read('data-filter-label'),
    } as SearchConfig;
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#filterBox = this.querySelector('[data-search-filters]')!;
    this.#more.textContent = this.#config.more;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
    });
    this.#input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });

    // A query from the header's search box arrives as ?q=; take it out of the address.
    const params = new URLSearchParams(location.search);
    const query = params.get('q');
    if (query !== null) {
      params.delete('q');
      const rest = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
      this.#input.value = query;
      void this.#search();
    }
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.#config.pagefind)) as Pagefind;
      await pagefind.options({ baseUrl: this.#config.baseUrl, excerptLength: 24 });
      await pagefind.init();
      await this.#buildFilters(pagefind);
      return pagefind;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  async #buildFilters(pagefind: Pagefind): Promise<void> {
    const available = await pagefind.filters();
    for (const [name, label] of Object.entries(this.#config.filters)) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, this.#config.locale));
      if (values.length < 2) continue;
      const field = document.createElement('label');
      field.className = 'search-filter';
      const select = document.createElement('select');
      select.name = name;
      select.append(new Option(this.#config.any, ''), ...values.map((value) => new Option(value, value)));
      select.addEventListener('change', () => void this.#search());
      field.append(label, select);
      this.#filterBox.append(field);
      this.#selects.set(name, select);
    }
    this.#filterBox.hidden = this.#selects.size === 0;
  }

  #chosenFilters(): Record<string, string> {
    return Object.fromEntries(
      [...this.#selects].filter(([, select]) => select.value).map(([name, select]) => [name, select.value]),
    );
  }

  async #search(): Promise<void> {
    const generation = ++this.#generation;
    // Cyrillic pages are written after the build from the Serbian ones; their <html lang> says which index they search.
    const script = document.documentElement.lang === 'sr-Cyrl' ? 'Cyrl' : 'Latn';
    const query = normaliseQuery(this.#input.value, this.#config.locale, script);
    const filters = this.#chosenFilters();
    if (!query && Object.keys(filters).length === 0) {
      this.#show([], '', 'idle');
      return;
    }
    this.dataset.state = 'loading';
    this.#status.textContent = this.#config.loading;
    try {
      const pagefind = await this.#load();
      const response = await pagefind.search(query || null, { filters });
      if (generation !== this.#generation || !response) return;
      const count = response.results.length;
      this.#show(
        response.results,
        count ? this.#config.results.replace('#', String(count)) : this.#config.empty,
        'loading',
      );
      await this.#showMore();
      if (generation === this.#generation) this.dataset.state = count ? 'results' : 'empty';
    } catch {
      if (generation === this.#generation) this.#show([], this.#config.unavailable, 'unavailable');
    }
  }

  /** Replaces the results; `state` (idle, loading, results, empty, unavailable) is exposed as data-state for styling and tests. */
  #show(results: { data(): Promise<ResultData> }[], status: string, state: string): void {
    this.dataset.state = state;
    this.#results = results;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#status.textContent = status;
    this.#more.hidden = true;
  }

  async #showMore(): Promise<void> {
    const generation = this.#generation;
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.#generation) return;
    this.#shown += batch.length;
    this.#list.append(...data.map((item) => this.#render(item)));
    this.#more.hidden = this.#shown >= this.#results.length;
    this.dataset.shown = String(this.#shown);
  }

  #render(item: ResultData): HTMLLIElement {
    const entry = document.createElement('li');
    entry.className = 'search-result';
    entry.dataset.type = item.meta.type ?? '';
    const heading = document.createElement('h2');
    if (item.meta.type_label) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = item.meta.type_label;
      heading.append(badge, ' ');
    }
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    entry.append(heading);
    if (item.meta.city) {
      const place = document.createElement('p');
      place.className = 'muted search-result__place';
      place.textContent = item.meta.city;
      entry.append(place);
    }
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, item.excerpt);
    entry.append(excerpt);
    return entry;
  }
}

customElements.define('site-search', SiteSearch);
