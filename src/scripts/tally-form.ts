/**
 * <tally-form>: the offline tally form for peer interviewers. Keeps only the
 * running counts (src/lib/tally-form.ts): a person's answers are the radio
 * buttons until "add", which adds them to the counts and resets the buttons.
 * Counts stay in this page's memory unless the interviewer saves a draft;
 * quick exit removes the draft (public/quick-exit.js). Nothing is sent.
 */
import {
  addRespondent,
  checkTally,
  emptyTally,
  parseDraft,
  TALLY_DRAFT_KEY,
  tallyFile,
  tallyToYaml,
  type Answer,
  type RunningTally,
  type TallyDraft,
  type TallyMessages,
  type TallyProblem,
} from '../lib/tally-form';
import { fillPlaceholders, formatMessage, type MessageTemplate } from '../i18n/format';
import type { Locale } from '../schemas/locales';
import { FileResultBox } from './file-result';

/** The element's data-config, plus `messages` and `texts` from its data-messages (which the Cyrillic edition transliterates). */
interface TallyConfig {
  lang: Locale;
  messages: TallyMessages;
  madeAt: string;
  email: string;
  texts: Record<'draftSaved' | 'discarded' | 'copied' | 'ready', string> &
    Record<'respondents' | 'draftFound', MessageTemplate>;
}

/** Today on this device, `YYYY-MM-DD` in local time. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class TallyForm extends HTMLElement {
  #config!: TallyConfig;
  #form!: HTMLFormElement;
  #result!: FileResultBox;
  #tally: RunningTally = emptyTally([]);

  connectedCallback(): void {
    this.#config = {
      ...(JSON.parse(this.dataset.config ?? '{}') as Omit<TallyConfig, 'messages' | 'texts'>),
      ...(JSON.parse(this.dataset.messages ?? '{}') as Pick<TallyConfig, 'messages' | 'texts'>),
    };
    this.#form = this.querySelector('form')!;
    this.#result = new FileResultBox(this.querySelector('.form-result')!, this.#config.texts.copied);
    this.#form.hidden = false;
    const today = localToday();
    for (const name of ['from', 'to']) {
      const input = this.#input(name);
      input.max = today;
      input.value ||= today;
    }
    this.#form.addEventListener('change', (event) => this.#onChange(event));
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#makeFile();
    });
    this.#on('[data-add]', () => this.#add());
    this.#on('[data-save]', () => this.#saveDraft());
    this.#on('[data-reset]', () => this.#reset());
    this.#on('[data-resume]', () => this.#resume());
    this.#on('[data-discard]', () => this.#discard());
    this.#applyRound();
    this.#offerDraft();
  }

  disconnectedCallback(): void {
    this.#result.release();
  }

  #on(selector: string, listener: () => void): void {
    this.querySelector(selector)?.addEventListener('click', listener);
  }

  #input(name: string): HTMLInputElement {
    return this.#form.querySelector<HTMLInputElement>(`#tf-${name}`)!;
  }

  #select(name: 'round' | 'service'): HTMLSelectElement {
    return this.#form.querySelector<HTMLSelectElement>(`#tf-${name}`)!;
  }

  /** Items of the chosen round that the chosen service offers (all of the round's while no service is chosen). */
  #activeItems(): string[] {
    const round = this.#select('round').selectedOptions[0];
    const types = (this.#select('service').selectedOptions[0]?.dataset.types ?? '').split(' ').filter(Boolean);
    const asked = (round?.dataset.items ?? '').split(' ');
    return [...this.#form.querySelectorAll<HTMLElement>('.tally-item')]
      .filter((fieldset) => asked.includes(fieldset.dataset.item!))
      .filter(
        (fieldset) =>
          types.length === 0 || (fieldset.dataset.offeredBy ?? '').split(' ').some((type) => types.includes(type)),
      )
      .map((fieldset) => fieldset.dataset.item!);
  }

  /** Shows the questions and total rows of the active items; counts start again only when nobody was counted. */
  #applyRound(): void {
    const active = this.#activeItems();
    for (const element of this.querySelectorAll<HTMLElement>('.tally-item, .tally-totals tr[data-item]'))
      element.hidden = !active.includes(element.dataset.item!);
    if (this.#tally.respondents === 0) this.#tally = emptyTally(active);
    this.#render();
  }

  #onChange(event: Event): void {
    const target = event.target as HTMLElement;
    if (target.id === 'tf-round' || target.id === 'tf-service') this.#applyRound();
    this.#result.hide();
  }

  #render(): void {
    for (const row of this.querySelectorAll<HTMLElement>('.tally-totals tr[data-item]')) {
      const counts = this.#tally.counts[row.dataset.item!];
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-answer]'))
        cell.textContent = String(counts?.[cell.dataset.answer as Answer] ?? 0);
    }
    this.querySelector('[data-respondents]')!.textContent = formatMessage(
      this.#config.lang,
      this.#config.texts.respondents,
      {
        count: this.#tally.respondents,
      },
    );
    const locked = this.#tally.respondents > 0;
    this.#select('round').disabled = locked;
    this.#select('service').disabled = locked;
    this.querySelector<HTMLElement>('[data-locked]')!.hidden = !locked;
  }

  /** Adds the person on screen to the counts, then clears every choice: their answers are kept nowhere. */
  #add(): void {
    if (!this.#select('service').value) {
      this.#showProblems([{ field: 'service', message: this.#config.messages.need_service }]);
      return;
    }
    this.#showProblems([]);
    const answers: Record<string, Answer> = {};
    for (const item of Object.keys(this.#tally.counts)) {
      const checked = this.#form.querySelector<HTMLInputElement>(`input[name="answer-${item}"]:checked`);
      answers[item] = (checked?.value as Answer | undefined) ?? 'no_answer';
    }
    this.#tally = addRespondent(this.#tally, answers);
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('.tally-item input[type=radio]'))
      radio.checked = radio.value === 'no_answer';
    this.#render();
    this.querySelector('[data-added]')!.textContent = formatMessage(this.#config.lang, this.#config.texts.respondents, {
      count: this.#tally.respondents,
    });
  }

  #draft(): TallyDraft {
    return {
      round: this.#select('round').value,
      service: this.#select('service').value,
      interviewers: Number(this.#input('interviewers').value),
      from: this.#input('from').value,
      to: this.#input('to').value,
      respondents: this.#tally.respondents,
      counts: this.#tally.counts,
    };
  }

  #status(text: string): void {
    this.querySelector('[data-draft-status]')!.textContent = text;
  }

  #saveDraft(): void {
    localStorage.setItem(TALLY_DRAFT_KEY, JSON.stringify(this.#draft()));
    this.#status(this.#config.texts.draftSaved);
  }

  #offerDraft(): void {
    const draft = parseDraft(localStorage.getItem(TALLY_DRAFT_KEY));
    const box = this.querySelector<HTMLElement>('[data-draft-found]')!;
    box.hidden = !draft;
    if (draft)
      box.querySelector('[data-draft-text]')!.textContent = formatMessage(
        this.#config.lang,
        this.#config.texts.draftFound,
        {
          count: draft.respondents,
        },
      );
  }

  #resume(): void {
    const draft = parseDraft(localStorage.getItem(TALLY_DRAFT_KEY));
    if (!draft) return;
    this.#select('round').value = draft.round;
    this.#select('service').value = draft.service;
    this.#input('interviewers').value = String(draft.interviewers);
    this.#input('from').value = draft.from;
    this.#input('to').value = draft.to;
    this.#tally = { respondents: 0, counts: {} };
    this.#applyRound();
    this.#tally = { respondents: draft.respondents, counts: draft.counts };
    this.#render();
    this.querySelector<HTMLElement>('[data-draft-found]')!.hidden = true;
  }

  #discard(): void {
    localStorage.removeItem(TALLY_DRAFT_KEY);
    this.querySelector<HTMLElement>('[data-draft-found]')!.hidden = true;
    this.#status(this.#config.texts.discarded);
  }

  /** Forgets the counts on this page (a saved draft stays until deleted). */
  #reset(): void {
    this.#tally = emptyTally([]);
    this.#select('round').disabled = false;
    this.#select('service').disabled = false;
    this.#applyRound();
    this.#result.hide();
    this.querySelector('[data-added]')!.textContent = '';
  }

  #showProblems(problems: TallyProblem[]): void {
    for (const element of this.#form.querySelectorAll('.field-problem')) element.remove();
    for (const element of this.#form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    const summary = this.#form.querySelector<HTMLElement>('.form-problems')!;
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const problem of problems) {
      const field = this.#form.querySelector<HTMLElement>(`#tf-${problem.field}`)!;
      const note = document.createElement('small');
      note.className = 'field-problem';
      note.id = `tf-${problem.field}-problem`;
      note.textContent = problem.message;
      field.insertAdjacentElement(field.tagName === 'FIELDSET' ? 'afterbegin' : 'afterend', note);
      if (field.tagName !== 'FIELDSET') {
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', note.id);
      }
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#tf-${problem.field}`;
      link.textContent = problem.message;
      item.append(link);
      list.append(item);
    }
    summary.hidden = problems.length === 0;
    if (!summary.hidden) summary.focus();
  }

  #makeFile(): void {
    const round = this.#select('round').selectedOptions[0];
    const values = { ...this.#draft(), comment: this.#form.querySelector<HTMLTextAreaElement>('#tf-comment')!.value };
    const problems = checkTally(
      values,
      { start: round?.dataset.start ?? '', end: round?.dataset.end ?? '' },
      localToday(),
      this.#config.messages,
    );
    this.#showProblems(problems);
    if (problems.length > 0) {
      this.#result.hide();
      return;
    }
    const file = tallyFile(values);
    const text = tallyToYaml(values, this.#config.lang, this.#config.madeAt);
    this.#result.section.querySelector('[data-ready]')!.textContent = fillPlaceholders(this.#config.texts.ready, {
      file,
    });
    this.#result.section.querySelector<HTMLAnchorElement>('[data-email]')!.href =
      `mailto:${this.#config.email}?subject=${encodeURIComponent(file)}&body=${encodeURIComponent(text)}`;
    this.#result.show(text, `${values.service}.yaml`);
  }
}

customElements.define('tally-form', TallyForm);
