/**
 * The open-now counts line of the directory and the map ("3 open now ·
 * 1 closed · hours unknown for 15"): one writer for both pages, with the
 * sentences of the page's #open-status-labels (`readOpenStatusLabels`).
 */
import { openCountsSentence } from '../lib/filters';
import type { OpenCounts } from '../lib/open-now';
import type { OpenNowMessages } from './open-status-labels';

/**
 * Writes `counts` into `line`, shown only while "open now" is chosen
 * (`counts` given) and the page has the sentences; otherwise hides it.
 */
export function writeOpenCounts(
  line: HTMLElement | null,
  labels: OpenNowMessages | null,
  counts: OpenCounts | undefined,
): void {
  if (!line) return;
  line.hidden = !counts || !labels;
  line.textContent = counts && labels ? openCountsSentence(document.documentElement.lang, labels, counts) : '';
}
