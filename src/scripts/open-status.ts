/**
 * <open-status data-hours="…" data-tz="Europe/Minsk">: "Open now · closes at
 * 18:00" from the hours expanded at build time, in the service's own time
 * zone. Stays hidden without JavaScript, before the hours' window, or when
 * the page has no labels; once the window has run out (an old build), says
 * the hours may be out of date rather than nothing. Sentences come from the
 * `data-messages` of the page's #open-status-labels (see `readOpenStatusLabels`).
 */
import { decodeHours, describeStatus, minuteInWindow, statusAt, type OpenStatusLabels } from '../lib/open-now';
import { readOpenStatusLabels } from './open-status-labels';

let labels: OpenStatusLabels | null | undefined;

class OpenStatusElement extends HTMLElement {
  connectedCallback(): void {
    this.render();
  }

  render(): void {
    labels ??= readOpenStatusLabels();
    const hours = decodeHours(this.dataset.hours);
    const timeZone = this.dataset.tz;
    if (!labels || !hours || !timeZone) return;
    const minute = minuteInWindow(hours, new Date(), timeZone);
    const status = statusAt(hours, minute);
    const outdated = !status && minute >= hours.days * 1440;
    this.hidden = !status && !outdated;
    if (!status) {
      if (outdated) {
        this.dataset.state = 'outdated';
        this.textContent = labels.outdated;
      }
      return;
    }
    this.dataset.state = status.state;
    this.textContent = describeStatus(status, minute, hours, labels);
  }
}

customElements.define('open-status', OpenStatusElement);
// Keep the line true while the page stays open.
setInterval(
  () => document.querySelectorAll<OpenStatusElement>('open-status').forEach((element) => element.render()),
  60_000,
);
