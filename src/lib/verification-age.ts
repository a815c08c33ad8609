/**
 * "Checked 13 months ago" and the stale warning, worked out where they stay
 * true: in the browser, from the check's date written in the page. The build
 * writes the date itself, so a page without JavaScript is still right.
 * Browser-safe: no imports beyond the message format and date arithmetic.
 */
import { formatMessage, type MessageTemplate } from '../i18n/format';
import { monthsBetween } from './dates';

/** The sentences a <verification-age> line is written with (`data-messages`, see ScriptMessages). */
export interface VerificationAgeLabels {
  thisMonth: string;
  /** Plural forms with `{{count}}`. */
  monthsAgo: MessageTemplate;
  /** Appended once the check is too old to trust. */
  stale: string;
}

/** The device's calendar day as `YYYY-MM-DD`: the day the person reading sees on their own clock. */
export function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** For a check on day `checked`, seen on day `today` (both `YYYY-MM-DD`), in language `lang`: "Checked this month", "Checked 13 months ago · May be out of date". */
export function verificationAgeText(
  lang: string,
  checked: string,
  today: string,
  staleAfterMonths: number,
  labels: VerificationAgeLabels,
): string {
  const months = Math.max(0, monthsBetween(checked, today));
  const age = months === 0 ? labels.thisMonth : formatMessage(lang, labels.monthsAgo, { count: months });
  return months >= staleAfterMonths ? `${age} · ${labels.stale}` : age;
}
