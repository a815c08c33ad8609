/**
 * Short summaries for the document head and structured data. Search engines
 * show about 160 characters of a description; a service's full description
 * is already on the page, and repeating all of it in <meta> and JSON-LD cost
 * every page up to a kilobyte.
 */

/** Longest summary, in characters. */
export const SUMMARY_LENGTH = 160;

/**
 * `text` on one line, cut at the last word boundary within `max` characters
 * and ended with "…" when it was longer; unchanged when it fits.
 */
export function summarize(text: string, max = SUMMARY_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  // A single very long word is cut where it must be.
  const kept = boundary > max / 2 ? cut.slice(0, boundary) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}
