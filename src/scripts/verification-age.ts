/**
 * <verification-age data-checked="2025-10-01" data-stale-after="12">: how long
 * ago a service was checked, on the device's own clock, so a page built long
 * ago does not keep saying "this month". With `data-show="stale"` the element
 * is a warning that is shown only once the check is too old. Sentences come
 * from the `data-messages` of the page's #verification-age-labels;
 * without them (or without JavaScript) the date written by the build stays.
 */
import { readScriptMessages } from '../i18n/format';
import { monthsBetween } from '../lib/dates';
import { localDay, verificationAgeText, type VerificationAgeLabels } from '../lib/verification-age';

let labels: VerificationAgeLabels | null | undefined;

class VerificationAgeElement extends HTMLElement {
  connectedCallback(): void {
    const checked = this.dataset.checked;
    const staleAfter = Number(this.dataset.staleAfter);
    if (!checked || !staleAfter) return;
    const today = localDay(new Date());
    const stale = monthsBetween(checked, today) >= staleAfter;
    if (this.dataset.show === 'stale') {
      this.hidden = !stale;
      return;
    }
    this.classList.toggle('verification-age--stale', stale);
    const source = document.getElementById('verification-age-labels');
    labels ??= source ? (readScriptMessages(source) as unknown as VerificationAgeLabels) : null;
    const time = this.querySelector('time');
    if (labels && time)
      time.textContent = verificationAgeText(document.documentElement.lang, checked, today, staleAfter, labels);
  }
}

customElements.define('verification-age', VerificationAgeElement);
