/**
 * The open-now sentences of a page, from the `data-messages` of its
 * #open-status-labels (src/components/OpenStatusLabels.astro), shared by
 * <open-status> and the directory's counts.
 */
import { readScriptMessages, type MessageTemplate } from '../i18n/format';
import { intlLocaleOf } from '../lib/intl';
import type { OpenStatusLabels } from '../lib/open-now';

/** The status sentences plus the plural templates of the directory's open / closed / unknown counts. */
export type OpenNowMessages = OpenStatusLabels & {
  countOpen: MessageTemplate;
  countClosed: MessageTemplate;
  countUnknown: MessageTemplate;
};

/** The page's labels, or null when it has none. Weekday names follow the edition: the Cyrillic one's are written in Cyrillic. */
export function readOpenStatusLabels(): OpenNowMessages | null {
  const holder = document.getElementById('open-status-labels');
  if (!holder) return null;
  return {
    ...(readScriptMessages(holder) as unknown as OpenNowMessages),
    intl: intlLocaleOf(document.documentElement.lang),
  };
}
