/**
 * <next-occurrence data-occurrences="[…]" data-tz="Europe/Minsk">: replaces
 * the build's date with "Next: Monday 14 December, 10:00–13:00" (or "On now",
 * or "today"), worked out from the occurrences on the wall clock of the
 * event's time zone. Cancelled days before it are named. Leaves the build's
 * text alone when the list has run out or the page has no labels. Sentences
 * come from the `data-messages` of the page's #occurrence-labels.
 */
import { readScriptMessages } from '../i18n/format';
import { intlLocaleOf } from '../lib/intl';
import {
  describeNext,
  nextOccurrenceAt,
  wallClockDay,
  type Occurrence,
  type OccurrenceLabels,
} from '../lib/next-occurrence';

let labels: OccurrenceLabels | null | undefined;

function readLabels(): OccurrenceLabels | null {
  const holder = document.getElementById('occurrence-labels');
  if (!holder) return null;
  // The Cyrillic edition's pages say so in <html lang>: their dates are written in Cyrillic too.
  return {
    ...(readScriptMessages(holder) as Omit<OccurrenceLabels, 'intl'>),
    intl: intlLocaleOf(document.documentElement.lang),
  };
}

class NextOccurrenceElement extends HTMLElement {
  connectedCallback(): void {
    this.render();
  }

  render(): void {
    labels ??= readLabels();
    const timeZone = this.dataset.tz;
    let list: Occurrence[];
    try {
      list = JSON.parse(this.dataset.occurrences ?? '[]') as Occurrence[];
    } catch {
      return;
    }
    if (!labels || !timeZone) return;
    const now = new Date();
    const next = nextOccurrenceAt(list, timeZone, now);
    if (!next) return;
    const lines = describeNext(next, wallClockDay(now, timeZone), labels);
    this.replaceChildren(
      ...lines.map((line, index) => {
        const span = document.createElement('span');
        span.textContent = line;
        if (index < lines.length - 1) span.dataset.cancelled = '';
        return span;
      }),
    );
    this.dataset.state = next.ongoing ? 'now' : 'next';
  }
}

customElements.define('next-occurrence', NextOccurrenceElement);
// Keep the line true while the page stays open.
setInterval(
  () => document.querySelectorAll<NextOccurrenceElement>('next-occurrence').forEach((element) => element.render()),
  60_000,
);
