/**
 * <facet-filter>: filters a list in place. Without JavaScript the list is
 * shown whole, grouped in sections with links to each; this element reveals
 * its form (one <select> per facet, named after it), hides items whose
 * `data-facet-<name>` attributes do not have the chosen values, hides
 * sections left empty, announces how many items are shown and keeps the
 * choice in the URL query so the view can be shared.
 *
 * Markup: <facet-filter data-target="list-id" data-messages='{"shown":"{{count}} of {{total}}"}'>
 *   <form hidden>…<select name="topic">…</select>…<output></output></form>
 * </facet-filter>
 * Items: `[data-facet-item]` inside the target; sections: `[data-facet-section]`.
 */
import { formatMessage, readScriptMessages, type MessageTemplate } from '../i18n/format';
import { facetQuery, facetValuesOf, matchesFacets, parseFacetQuery, type FacetState } from '../lib/facet-filter';

interface Messages {
  /** "{{count}} of {{total}} shown". */
  shown: MessageTemplate;
}

class FacetFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const target = this.dataset.target ? document.getElementById(this.dataset.target) : null;
    if (!form || !target) return;
    const messages = readScriptMessages(this) as unknown as Messages;
    const selects = [...form.querySelectorAll('select')];
    const facets = selects.map((select) => select.name);
    const allowed = Object.fromEntries(
      selects.map((select) => [select.name, [...select.options].map((option) => option.value).filter(Boolean)]),
    );
    const items = [...target.querySelectorAll<HTMLElement>('[data-facet-item]')].map((element) => ({
      element,
      values: facetValuesOf(element.dataset, facets),
    }));
    const sections = [...target.querySelectorAll<HTMLElement>('[data-facet-section]')];
    const output = form.querySelector('output');

    const apply = (state: FacetState) => {
      let shown = 0;
      for (const item of items) {
        const match = matchesFacets(item.values, state);
        item.element.hidden = !match;
        if (match) shown += 1;
      }
      for (const section of sections) section.hidden = !section.querySelector('[data-facet-item]:not([hidden])');
      if (output)
        output.textContent = formatMessage(document.documentElement.lang, messages.shown, {
          count: shown,
          total: items.length,
        });
    };
    const current = (): FacetState => Object.fromEntries(selects.map((select) => [select.name, select.value]));

    const initial = parseFacetQuery(location.search, allowed);
    for (const select of selects) select.value = initial[select.name] ?? '';
    apply(initial);

    // Selects apply as soon as they change; the submit button does the same for those who expect one.
    form.addEventListener('change', () => {
      const state = current();
      apply(state);
      // Other parameters of the address (if any) are kept; only this filter's are rewritten.
      const params = new URLSearchParams(location.search);
      for (const facet of facets) params.delete(facet);
      const own = facetQuery(state, facets).slice(1);
      const query = [params.toString(), own].filter(Boolean).join('&');
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.dispatchEvent(new Event('change'));
    });
    form.addEventListener('reset', () => {
      // The reset itself clears the selects after this event; read the cleared state afterwards.
      setTimeout(() => form.dispatchEvent(new Event('change')));
    });
    form.hidden = false;
  }
}

if (!customElements.get('facet-filter')) customElements.define('facet-filter', FacetFilter);
