/**
 * <service-directory>: filters the rendered service cards from their data-*
 * facts as the form changes, and keeps the choice in the page's address
 * (history.replaceState), so a filtered view can be shared and is restored
 * on load. Other query parameters, such as the referral slip's, are kept.
 * The form keeps working without this script: it then submits to the same,
 * complete list.
 */
import {
  emptyFilters,
  factsFromDataset,
  isFiltering,
  matchesFilters,
  parseFilterQuery,
  QUERY,
  withFilters,
  type FilterOptions,
  type FilterState,
} from '../lib/filters';
import { decodeHours, isOpenAt, type HoursWindow } from '../lib/open-now';

interface Labels {
  count: string;
  matching: string;
}

interface Card {
  element: HTMLElement;
  hours: HoursWindow | undefined;
  timeZone: string;
}

class ServiceDirectory extends HTMLElement {
  #form?: HTMLFormElement;
  #cards: Card[] = [];
  #options: FilterOptions = { types: [], countries: [], cities: [], audiences: [] };

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-directory-filters]');
    if (!form) return;
    this.#form = form;
    this.#cards = [...this.querySelectorAll<HTMLElement>('li[data-service]')].map((element) => {
      const status = element.querySelector<HTMLElement>('open-status');
      return { element, hours: decodeHours(status?.dataset.hours), timeZone: status?.dataset.tz ?? '' };
    });
    const checkboxValues = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
    const optionValues = (name: string) => [...form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((option) => option.value);
    this.#options = {
      types: checkboxValues(QUERY.type),
      audiences: checkboxValues(QUERY.audience),
      countries: optionValues(QUERY.country),
      cities: optionValues(QUERY.city),
    };
    form.addEventListener('change', () => this.#show(this.#read()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#show(this.#read());
      this.querySelector<HTMLElement>('[data-directory-count]')?.focus();
    });
    for (const link of this.querySelectorAll('[data-directory-reset]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#show(emptyFilters());
      });
    }
    this.#show(parseFilterQuery(location.search, this.#options));
  }

  #read(): FilterState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) params.append(name, String(value));
    return parseFilterQuery(params, this.#options);
  }

  /** Puts the state into the form, so the form always shows what the list shows. */
  #write(state: FilterState): void {
    const form = this.#form!;
    const lists: Record<string, string[]> = { [QUERY.type]: state.types, [QUERY.audience]: state.audiences };
    const flags: Record<string, boolean> = {
      [QUERY.openNow]: state.openNow,
      [QUERY.free]: state.free,
      [QUERY.anonymous]: state.anonymous,
      [QUERY.noRegister]: state.noRegister,
    };
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = lists[input.name]?.includes(input.value) ?? flags[input.name] ?? false;
    }
    form.querySelector<HTMLSelectElement>(`select[name="${QUERY.country}"]`)!.value = state.country;
    form.querySelector<HTMLSelectElement>(`select[name="${QUERY.city}"]`)!.value = state.city;
    for (const group of form.querySelectorAll<HTMLOptGroupElement>('optgroup[data-country]')) {
      group.disabled = Boolean(state.country) && group.dataset.country !== state.country;
    }
    for (const details of form.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')) {
      const chosen = details.querySelectorAll('input:checked').length;
      details.querySelector('[data-chosen]')!.textContent = chosen ? `(${chosen})` : '';
      if (chosen) details.open = true;
    }
  }

  #show(state: FilterState): void {
    this.#write(state);
    const now = new Date();
    let visible = 0;
    let hoursKnown = false;
    for (const { element, hours, timeZone } of this.#cards) {
      const openNow = isOpenAt(hours, timeZone, now);
      hoursKnown ||= openNow !== undefined;
      const match = matchesFilters(factsFromDataset(element.dataset, openNow), state);
      element.hidden = !match;
      if (match) visible += 1;
    }
    // When no card's hours reach today (an old build), "open now" could only ever give nothing.
    const openNow = this.#form!.querySelector<HTMLInputElement>(`input[name="${QUERY.openNow}"]`);
    if (openNow) openNow.disabled = !hoursKnown && !state.openNow;
    for (const group of this.querySelectorAll<HTMLElement>('[data-place-group]')) {
      group.hidden = !group.querySelector('li[data-service]:not([hidden])');
    }
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    const total = String(this.#cards.length);
    const count = this.querySelector('[data-directory-count]');
    if (count) {
      count.textContent = isFiltering(state)
        ? labels.matching.replace('{{count}}', String(visible)).replace('{{total}}', total)
        : labels.count.replace('{{count}}', total);
    }
    this.querySelector<HTMLElement>('[data-directory-empty]')!.hidden = visible > 0;
    history.replaceState(history.state, '', `${location.pathname}${withFilters(location.search, state)}${location.hash}`);
  }
}

customElements.define('service-directory', ServiceDirectory);
