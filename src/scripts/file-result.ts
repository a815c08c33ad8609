/**
 * The box under a form that shows the file it made (FileResult.astro): the
 * text, a download link and a copy button. Shared by the service form and
 * the tally form, which fill in the rest of the box (their own links).
 */
export class FileResultBox {
  readonly section: HTMLElement;
  #copied: string;
  #downloadUrl?: string;

  /** `section` is the rendered FileResult; `copied` is what the status line says once the text is copied. */
  constructor(section: HTMLElement, copied: string) {
    this.section = section;
    this.#copied = copied;
    section.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
  }

  /** Shows `text` as the file `fileName`, ready to download or copy, and scrolls to it. */
  show(text: string, fileName: string): void {
    this.section.querySelector('code')!.textContent = text;
    this.release();
    this.#downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' }));
    const download = this.section.querySelector<HTMLAnchorElement>('[data-download]')!;
    download.href = this.#downloadUrl;
    download.download = fileName;
    this.#status('');
    this.section.hidden = false;
    this.section.scrollIntoView({ block: 'start' });
  }

  /** Hides the box: the form changed, so its file no longer matches. */
  hide(): void {
    this.section.hidden = true;
  }

  /** Frees the download's object URL (when the form leaves the page or makes a new file). */
  release(): void {
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = undefined;
  }

  #status(text: string): void {
    this.section.querySelector('[data-copy-status]')!.textContent = text;
  }

  async #copy(): Promise<void> {
    const code = this.section.querySelector('code')!;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      this.#status(this.#copied);
    } catch {
      // Without clipboard access, select the text so the visitor can copy it themselves.
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }
}
