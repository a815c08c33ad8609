/**
 * The service filter form (src/components/ServiceFilters.astro) as a filter
 * state and back. Control names are the query names of src/lib/filters.ts,
 * so reading the form and reading the URL give the same state.
 */
import { parseFilterQuery, QUERY, type FilterOptions, type FilterState } from '../lib/filters';

/** The values the form offers, so a URL naming anything else is ignored. */
export function filterOptionsOf(form: HTMLFormElement): FilterOptions {
  const checkboxValues = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
  const optionValues = (name: string) => [...form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((option) => option.value);
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
 * group of choices says how many are ticked and opens when any are.
 */
export function writeFilterForm(form: HTMLFormElement, state: FilterState): void {
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
}
