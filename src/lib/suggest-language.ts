/**
 * Which language edition a multilingual page (the language chooser, the 404
 * page) suggests first. It only reorders and marks; it never redirects, so
 * the page is never skipped by someone sharing a phone.
 */

/**
 * The offered edition to put first: the one the address names (a missing
 * page under `/ru/…` was looked for in Russian), else the first of the
 * browser's languages that is offered (`sr-Cyrl-RS` → `sr-Cyrl`, `ru-RU` →
 * `ru`), else none.
 */
export function suggestedLanguage(
  pathname: string,
  base: string,
  browserLanguages: readonly string[],
  offered: readonly string[],
): string | undefined {
  const find = (tag: string) => offered.find((lang) => lang.toLowerCase() === tag.toLowerCase());
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const fromPath = find(path.split('/')[1] ?? '');
  if (fromPath) return fromPath;
  for (const language of browserLanguages) {
    const [primary = '', script] = language.split('-');
    const match = (script && find(`${primary}-${script}`)) || find(primary);
    if (match) return match;
  }
  return undefined;
}
