/**
 * Shared Intl formatters, one per locale and options. Each Intl object holds
 * ICU data allocated outside the JavaScript heap, which the garbage collector
 * hardly accounts for: created afresh on every page they made a 10,000-service
 * build hold over 5 GB (docs/benchmarks.md). They are immutable, so one
 * instance per combination is safe to share — in the build and in the browser.
 */

/**
 * The Intl locale for dates and numbers by a page's `<html lang>`: Serbian
 * pages in Latin script, the Cyrillic edition (`sr-Cyrl`, which copies the
 * Serbian pages) in Cyrillic. Browser scripts read the page's `lang`, so one
 * Serbian page serves both editions.
 */
export const INTL_LOCALES: Readonly<Record<string, string>> = {
  ru: 'ru-RU',
  sr: 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  en: 'en-GB',
};

/** The Intl locale of a page whose `<html lang>` is `lang` (see `INTL_LOCALES`). */
export function intlLocaleOf(lang: string): string {
  return INTL_LOCALES[lang] ?? lang;
}

const cache = new Map<string, unknown>();

function shared<T>(kind: string, locales: string | readonly string[], options: object | undefined, make: () => T): T {
  const key = `${kind}|${String(locales)}|${options ? JSON.stringify(options) : ''}`;
  let instance = cache.get(key) as T | undefined;
  if (instance === undefined) {
    instance = make();
    cache.set(key, instance);
  }
  return instance;
}

/** A shared `Intl.DateTimeFormat`. */
export function dateTimeFormat(
  locales: string | readonly string[],
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return shared(
    'DateTimeFormat',
    locales,
    options,
    () => new Intl.DateTimeFormat(locales as string | string[], options),
  );
}

/** A shared `Intl.NumberFormat`. */
export function numberFormat(
  locales: string | readonly string[],
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return shared('NumberFormat', locales, options, () => new Intl.NumberFormat(locales as string | string[], options));
}

/** A shared `Intl.Collator`. */
export function collator(locales: string | readonly string[], options?: Intl.CollatorOptions): Intl.Collator {
  return shared('Collator', locales, options, () => new Intl.Collator(locales as string | string[], options));
}

/** A shared `Intl.DisplayNames`. */
export function displayNames(
  locales: string | readonly string[],
  options: Intl.DisplayNamesOptions,
): Intl.DisplayNames {
  return shared('DisplayNames', locales, options, () => new Intl.DisplayNames(locales as string | string[], options));
}

/** A shared `Intl.PluralRules`: which plural form (one, few, many, other…) a count takes. */
export function pluralRules(locales: string | readonly string[], options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return shared('PluralRules', locales, options, () => new Intl.PluralRules(locales as string | string[], options));
}
