/**
 * Filtering a list by facets — a statement's topic and year, a case's
 * category, country, year and outcome — with one chosen value per facet,
 * kept in the URL query so a filtered view can be shared. Pure and free of
 * runtime imports, so the browser script that uses it stays small.
 */

/** The chosen value per facet name; a missing or empty value means "any". */
export type FacetState = Record<string, string>;

/** The values one list item has per facet; an item can have several (a case's categories). */
export type FacetValues = Record<string, string[]>;

/**
 * The state a query string describes, keeping only facets and values the
 * page offers, so an outdated or hand-edited link never hides everything.
 */
export function parseFacetQuery(
  query: string | URLSearchParams,
  allowed: Record<string, readonly string[]>,
): FacetState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: FacetState = {};
  for (const [facet, values] of Object.entries(allowed)) {
    const value = params.get(facet);
    if (value && values.includes(value)) state[facet] = value;
  }
  return state;
}

/** The query string of a state, `?topic=hiv&year=2026`, facets in the given order; empty when nothing is chosen. */
export function facetQuery(state: FacetState, order: readonly string[] = Object.keys(state)): string {
  const params = new URLSearchParams();
  for (const facet of order) {
    const value = state[facet];
    if (value) params.set(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an item has the chosen value of every facet in the state. */
export function matchesFacets(values: FacetValues, state: FacetState): boolean {
  return Object.entries(state).every(([facet, chosen]) => !chosen || (values[facet] ?? []).includes(chosen));
}

/** The facet values of an item from its `data-facet-<name>` attributes (space-separated lists). */
export function facetValuesOf(dataset: Record<string, string | undefined>, facets: readonly string[]): FacetValues {
  return Object.fromEntries(
    facets.map((facet) => [
      facet,
      (dataset[`facet${facet[0]!.toUpperCase()}${facet.slice(1)}`] ?? '').split(' ').filter(Boolean),
    ]),
  );
}
