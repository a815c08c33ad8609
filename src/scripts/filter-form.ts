/**
 * The service filter form (src/components/ServiceFilters.astro) as a filter
 * state and back, for the scripts of the pages that carry it (the directory's
 * <service-directory>, the map's <service-map>). Control names are the query
 * names of src/lib/filters.ts, so reading the form and reading the URL give
 * the same state.
 */
import { emptyFilters, parseFilterQuery, QUERY, type FilterOptions, type FilterState } from '../lib/filters';

/** The values the form offers, so a URL naming anything else is ignored. A place select the form leaves out offers nothing. */
export function filterOptionsOf(form: HTMLFormElement): FilterOptions {
  const checkboxValues = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
  const optionValues = (name: string) =>
    [...form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((option) => option.value);
  return {
    types: checkboxValues(QUERY.type),
    audiences: checkboxValues(QUERY.audience),
    countries: optionValues(QUERY.country),
    cities: optionValues(QUERY.city),
  };
}

/** The state the form's controls describe. */
export function readFilterForm(form: HTMLFormElement, options?: FilterOptions): FilterState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) params.append(name, String(value));
  return parseFilterQuery(params, options);
}

/**
 * Puts a state into the form, so the form always shows what the page shows:
 * cities of other countries are disabled while a country is chosen, and each
 * group of choices says how many are ticked and opens when any are; the
 * folded form says how many filters are on, but stays folded (the results
 * come first). When no service's hours reach today (`hoursKnown` false: an old build), "open now"
 * could only ever give nothing, so it is disabled unless already chosen; "also
 * hours unknown" is enabled only with "open now".
 */
export function writeFilterForm(form: HTMLFormElement, state: FilterState, hoursKnown: boolean): void {
  const lists: Record<string, string[]> = { [QUERY.type]: state.types, [QUERY.audience]: state.audiences };
  const flags: Record<string, boolean> = {
    [QUERY.openNow]: state.openNow,
    [QUERY.includeUnknown]: state.includeUnknown,
    [QUERY.free]: state.free,
    [QUERY.anonymous]: state.anonymous,
    [QUERY.noRegister]: state.noRegister,
    [QUERY.naloxone]: state.naloxone,
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    input.checked = lists[input.name]?.includes(input.value) ?? flags[input.name] ?? false;
  }
  const openNow = form.querySelector<HTMLInputElement>(`input[name="${QUERY.openNow}"]`);
  if (openNow) openNow.disabled = !hoursKnown && !state.openNow;
  // "Also those whose hours are unknown" only means something with "open now".
  const includeUnknown = form.querySelector<HTMLInputElement>(`input[name="${QUERY.includeUnknown}"]`);
  if (includeUnknown) includeUnknown.disabled = !state.openNow;
  const country = form.querySelector<HTMLSelectElement>(`select[name="${QUERY.country}"]`);
  if (country) country.value = state.country;
  const city = form.querySelector<HTMLSelectElement>(`select[name="${QUERY.city}"]`);
  if (city) city.value = state.city;
  for (const group of form.querySelectorAll<HTMLOptGroupElement>('optgroup[data-country]')) {
    group.disabled = Boolean(state.country) && group.dataset.country !== state.country;
  }
  for (const details of form.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')) {
    const chosen = details.querySelectorAll('input:checked').length;
    const note = details.querySelector('[data-chosen]');
    if (note) note.textContent = chosen ? `(${chosen})` : '';
    if (chosen) details.open = true;
  }
  const panelNote = form.querySelector('[data-filters-chosen]');
  const active =
    form.querySelectorAll('input:checked').length +
    [...form.querySelectorAll('select')].filter((select) => select.value).length;
  if (panelNote) panelNote.textContent = active ? `(${active})` : '';
}

/**
 * Makes the form filter the page it is on instead of loading another: every
 * change, and a submission, hands the form's state to `apply`; after a
 * submission focus moves to `status` (the count), so a screen reader hears
 * the result. Every `[data-filter-reset]` link inside `root` applies no filter.
 * Without this script the same form submits to its `action` with the same query.
 */
export function bindFilterForm(
  form: HTMLFormElement,
  root: ParentNode,
  options: FilterOptions,
  apply: (state: FilterState) => void,
  status: () => HTMLElement | null,
): void {
  form.addEventListener('change', () => apply(readFilterForm(form, options)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readFilterForm(form, options));
    status()?.focus();
  });
  for (const link of root.querySelectorAll('[data-filter-reset]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      apply(emptyFilters());
    });
  }
}
