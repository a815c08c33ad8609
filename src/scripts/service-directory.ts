/**
 * <service-directory>: filters the rendered service cards from their data-*
 * facts as the filter form changes, and keeps the choice in the page's
 * address (history.replaceState), so a filtered view can be shared and is
 * restored on load. Other query parameters, such as the referral slip's, are
 * kept. Links marked `data-keep-filters` (to the other pages of a city listed
 * over several, and to the map) get the same choice added, keeping a place
 * they name themselves. The form keeps working without this script: it then
 * submits to the same, complete list. With "open now" on, a line counts the
 * services that match every other filter as open, closed and hours unknown.
 */
import { readScriptMessages } from '../i18n/format';
import {
  countSentence,
  factsFromDataset,
  matchesFilters,
  parseFilterQuery,
  withFilters,
  type CountTemplates,
  type FilterOptions,
  type FilterState,
} from '../lib/filters';
import { countOpenStates, decodeHours, isOpenAt, type HoursWindow } from '../lib/open-now';
import { bindFilterForm, filterOptionsOf, writeFilterForm } from './filter-form';
import { writeOpenCounts } from './open-counts';
import { readOpenStatusLabels, type OpenNowMessages } from './open-status-labels';

interface KeptLink {
  element: HTMLAnchorElement;
  url: URL;
  /** The filters the link names itself (the map's link names its city). */
  own: FilterState;
}

interface Card {
  element: HTMLElement;
  hours: HoursWindow | undefined;
  timeZone: string;
}

class ServiceDirectory extends HTMLElement {
  #form?: HTMLFormElement;
  #cards: Card[] = [];
  #links: KeptLink[] = [];
  #options: FilterOptions = { types: [], countries: [], cities: [], audiences: [] };
  #openLabels: OpenNowMessages | null = null;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-service-filters]');
    if (!form) return;
    this.#form = form;
    this.#cards = [...this.querySelectorAll<HTMLElement>('li[data-service]')].map((element) => {
      const status = element.querySelector<HTMLElement>('open-status');
      return { element, hours: decodeHours(status?.dataset.hours), timeZone: status?.dataset.tz ?? '' };
    });
    this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-keep-filters]')].map((element) => {
      const url = new URL(element.href);
      return { element, url, own: parseFilterQuery(url.search) };
    });
    this.#options = filterOptionsOf(form);
    this.#openLabels = readOpenStatusLabels();
    bindFilterForm(
      form,
      this,
      this.#options,
      (state) => this.#show(state),
      () => this.querySelector<HTMLElement>('[data-directory-count]'),
    );
    this.#show(parseFilterQuery(location.search, this.#options));
  }

  #show(state: FilterState): void {
    const now = new Date();
    let visible = 0;
    let hoursKnown = false;
    // What the hours say of the services every other filter lets through.
    const others: (boolean | undefined)[] = [];
    const otherFilters = { ...state, openNow: false };
    for (const { element, hours, timeZone } of this.#cards) {
      const openNow = isOpenAt(hours, timeZone, now);
      hoursKnown ||= openNow !== undefined;
      const facts = factsFromDataset(element.dataset, openNow);
      const match = matchesFilters(facts, state);
      element.hidden = !match;
      if (match) visible += 1;
      if (state.openNow && matchesFilters(facts, otherFilters)) others.push(openNow);
    }
    writeFilterForm(this.#form!, state, hoursKnown);
    for (const group of this.querySelectorAll<HTMLElement>('[data-place-group]')) {
      group.hidden = !group.querySelector('li[data-service]:not([hidden])');
    }
    // Links to the countries' sections only push the results down once a place is chosen.
    const jump = this.querySelector<HTMLElement>('[data-directory-jump]');
    if (jump) jump.hidden = Boolean(state.country || state.city);
    const count = this.querySelector('[data-directory-count]');
    const lang = document.documentElement.lang;
    const page = JSON.parse(this.dataset.page ?? '{}') as Record<string, number>;
    if (count)
      count.textContent = countSentence(
        lang,
        readScriptMessages(this) as unknown as CountTemplates,
        state,
        visible,
        this.#cards.length,
        page,
      );
    writeOpenCounts(
      this.querySelector<HTMLElement>('[data-open-counts]'),
      this.#openLabels,
      state.openNow ? countOpenStates(others) : undefined,
    );
    this.querySelector<HTMLElement>('[data-directory-empty]')!.hidden = visible > 0;
    for (const { element, url, own } of this.#links) {
      const kept = { ...state, country: state.country || own.country, city: state.city || own.city };
      element.href = `${url.pathname}${withFilters(url.search, kept)}${url.hash}`;
    }
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${withFilters(location.search, state)}${location.hash}`,
    );
  }
}

customElements.define('service-directory', ServiceDirectory);
