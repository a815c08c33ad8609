/**
 * <copy-link>: a read-only input with a link and a button that copies it.
 * Without JavaScript the button stays hidden and the input can be selected
 * and copied by hand. Messages come from `data-messages`.
 */
interface Messages {
  copied: string;
  failed: string;
}

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!input || !button || !status) return;
    const messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    input.addEventListener('focus', () => input.select());
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = messages.copied;
      } catch {
        input.focus();
        input.select();
        status.textContent = messages.failed;
      }
    });
    // Clipboard access needs a secure context; elsewhere the input is the way.
    button.hidden = !navigator.clipboard;
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
