/**
 * <site-search>: the search page's results, from Pagefind's JS API. The
 * element wraps the page's plain GET form; this script loads Pagefind only
 * when there is something to search, searches as the person types, and
 * reveals the filters by type, country, city and service type, whose
 * choices the page lists already: Pagefind then loads a filter's index only
 * when someone filters by it, never `pagefind.filters()`'s all at once.
 * Queries are normalised (Serbian Cyrillic → Latin, ё → е) and never written
 * into the page address, so they do not pile up in the browser history.
 *
 * The Serbian Cyrillic edition searches the Serbian (Latin) index — Pagefind
 * falls back from `sr-cyrl` to `sr` by itself — and shows each result's page
 * in its own edition and its texts in Cyrillic.
 */
import { formatMessage, readScriptMessages } from '../i18n/format';
import { inCyrillicEdition, normaliseQuery, type CyrillicEdition } from '../lib/search-query';
import { serbianToCyrillic } from '../lib/transliterate';
import type { Locale } from '../schemas/locales';

interface SearchConfig {
  /** URL of Pagefind's pagefind.js. */
  pagefind: string;
  /** Prefix of result URLs (the site's base path with a trailing slash). */
  baseUrl: string;
  locale: Locale;
  empty: string;
  loading: string;
  more: string;
  unavailable: string;
  /** On Serbian pages: where their Cyrillic twins are. */
  cyrillicEdition?: CyrillicEdition;
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
}

/**
 * Results whose excerpts are fetched (one file each) when a search is
 * answered: about a phone's screenful, so a person who finds what they look
 * for at the top pays for little more. "Show more" then adds `MORE_SIZE`.
 */
const FIRST_PAGE_SIZE = 5;
const MORE_SIZE = 10;
/**
 * While typing, search after a pause this long, and only from this many
 * characters: every search fetches its results' excerpts, and people typing
 * on a phone pause between letters. At 250 ms and from the first letter,
 * typing "налоксон" a letter every 300 ms cost 40 % more than the search
 * itself (1,000 services: 168 KB instead of 120 KB). Enter searches at once.
 */
const TYPING_PAUSE_MS = 400;
const TYPING_MIN_LENGTH = 3;

/**
 * Appends Pagefind's excerpt (escaped text with <mark> around hits) as text
 * and <mark> elements only, each piece of text written by `spell`.
 */
function appendExcerpt(target: HTMLElement, excerpt: string, spell: (text: string) => string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  for (const node of parsed?.childNodes ?? []) {
    const text = spell(node.textContent ?? '');
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else {
      target.append(text);
    }
  }
}

/** Orders a select's choices after the first ("any") by their visible text in the page's language. */
function sortChoices(select: HTMLSelectElement, lang: string): void {
  const collator = new Intl.Collator(lang);
  const [, ...choices] = select.options;
  select.append(...choices.sort((a, b) => collator.compare(a.text, b.text)));
}

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #selects: HTMLSelectElement[] = [];
  /** Set on the Cyrillic edition. */
  #cyrillic?: CyrillicEdition;
  #results: { data(): Promise<ResultData> }[] = [];
  #shown = 0;
  #generation = 0;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    if (this.#input) return;
    // Texts come from data-messages, which the Cyrillic edition transliterates.
    this.#config = { ...JSON.parse(this.dataset.config ?? '{}'), ...readScriptMessages(this) } as SearchConfig;
    // The Cyrillic pages are written after the build from the Serbian ones, so only their <html lang> tells them apart.
    const lang = document.documentElement.lang;
    if (lang === 'sr-Cyrl') this.#cyrillic = this.#config.cyrillicEdition;
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    const filterBox = this.querySelector<HTMLElement>('[data-search-filters]');
    this.#selects = [...(filterBox?.querySelectorAll('select') ?? [])];
    for (const select of this.#selects) {
      // The Cyrillic edition's choices were transliterated after the build, out of their Latin order.
      if (this.#cyrillic) sortChoices(select, lang);
      select.addEventListener('change', () => void this.#search());
    }
    if (filterBox) filterBox.hidden = this.#selects.length === 0;
    this.#more.textContent = this.#config.more;
    this.#more.addEventListener('click', () => void this.#showMore());
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      // A typing pause still pending would otherwise end this search with its own, for a short query with none.
      clearTimeout(this.#timer);
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search({ typing: true }), TYPING_PAUSE_MS);
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
      // No web worker: it would download a second copy of the search code pagefind.js already holds (12 KB
      // gzip) to run a search that takes milliseconds on the page's own thread.
      await pagefind.options({ baseUrl: this.#config.baseUrl, excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  #chosenFilters(): Record<string, string> {
    return Object.fromEntries(
      this.#selects.filter((select) => select.value).map((select) => [select.name, select.value]),
    );
  }

  /** Searches for what is in the box; `typing` when the person may still be typing, so a short query does not count yet. */
  async #search({ typing = false } = {}): Promise<void> {
    const generation = ++this.#generation;
    const normalised = normaliseQuery(this.#input.value, this.#config.locale);
    const query = typing && [...normalised].length < TYPING_MIN_LENGTH ? '' : normalised;
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
        count
          ? formatMessage(document.documentElement.lang, readScriptMessages(this).results!, { count })
          : this.#config.empty,
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
    const batch = this.#results.slice(this.#shown, this.#shown + (this.#shown ? MORE_SIZE : FIRST_PAGE_SIZE));
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.#generation) return;
    this.#shown += batch.length;
    this.#list.append(...data.map((item) => this.#render(item)));
    this.#more.hidden = this.#shown >= this.#results.length;
    this.dataset.shown = String(this.#shown);
  }

  #render(result: ResultData): HTMLLIElement {
    const item = this.#cyrillic ? inCyrillicEdition(result, this.#cyrillic) : result;
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
    appendExcerpt(excerpt, item.excerpt, this.#cyrillic ? serbianToCyrillic : (text) => text);
    entry.append(excerpt);
    return entry;
  }
}

customElements.define('site-search', SiteSearch);
