/**
 * Values computed once per key, for work the build repeats on tens of
 * thousands of pages (formatted dates, opening-hours weeks, filled messages,
 * transliterated texts).
 */

/**
 * A cache of computed values by key: `remember(key, compute)` returns the
 * value kept for `key`, computing and keeping it the first time (`undefined`
 * included). With `limit`, the cache is emptied when it holds that many
 * values, so values met once (a service's name) cannot pile up.
 */
export function memoCache<V>(limit = Number.POSITIVE_INFINITY): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute();
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
