/** Dates as people read them, per locale, without time-zone surprises. */
import type { Locale } from '../schemas/locales';
import { dateTimeFormat, intlLocaleOf } from './intl';
import { memoCache } from './memo';

/**
 * BCP 47 tags for Intl formatting per content locale (`INTL_LOCALES` in ./intl.ts).
 * The calls are marked pure so that a browser script importing only date
 * arithmetic from here (verification age) leaves this table and the one it
 * reads out of its bundle.
 */
export const INTL_LOCALE: Record<Locale, string> = {
  ru: /* @__PURE__ */ intlLocaleOf('ru'),
  sr: /* @__PURE__ */ intlLocaleOf('sr'),
  en: /* @__PURE__ */ intlLocaleOf('en'),
};

const formattedDates = memoCache<string>();

/**
 * `2026-03-01` → "1 March 2026" (en), "1 марта 2026 г." (ru); `2025-09` → "September 2025".
 * Memoised: the same few hundred dates appear on tens of thousands of pages.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  return formattedDates(`${locale}|${isoDate}`, () => formatDateOnce(isoDate, locale));
}

function formatDateOnce(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(INTL_LOCALE[locale], options).format(date);
}

/** Whole months between two ISO days (`from` earlier), for freshness warnings. */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return toDay < fromDay ? months - 1 : months;
}

/** Today as `YYYY-MM-DD` in UTC — the build date, for freshness. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
