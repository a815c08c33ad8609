/**
 * <service-form>: shows the form (hidden without JavaScript), suggests a file
 * id from the name, checks the answers on submit and, when they pass, shows
 * the entry's YAML with a download link, a copy button and a prefilled GitHub
 * "new file" link. Nothing leaves the device unless the visitor takes it.
 */
import { suggestId } from '../lib/ids';
import { readScriptMessages } from '../i18n/format';
import {
  checkServiceForm,
  entryFile,
  serviceEntry,
  type FormContext,
  type FormField,
  type FormProblem,
  type ServiceFormValues,
} from '../lib/service-form';
import { entryToYaml } from '../lib/yaml-writer';
import { FileResultBox } from './file-result';

interface ServiceFormConfig {
  /** The context without its messages, which come in data-messages (Cyrillic on the Cyrillic edition). */
  context: Omit<FormContext, 'today' | 'messages'>;
  /** Address of the form page, named in the file's first comment. */
  comment: string;
  /** GitHub "new file" link with FILE where the file name goes. */
  githubNewFile: string;
}

/** Today on this device, `YYYY-MM-DD` in local time. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class ServiceForm extends HTMLElement {
  #config!: ServiceFormConfig;
  #form!: HTMLFormElement;
  #result!: FileResultBox;
  #idEdited = false;
  #messages: FormContext['messages'] = {};

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config ?? '{}') as ServiceFormConfig;
    const { copied, ...messages } = readScriptMessages(this);
    this.#messages = messages;
    this.#form = this.querySelector('form')!;
    this.#result = new FileResultBox(this.querySelector('.form-result')!, String(copied));
    this.#form.hidden = false;
    const date = this.#field('date') as HTMLInputElement;
    date.max = localToday();
    if (!date.value) date.value = localToday();
    this.#form.addEventListener('input', (event) => this.#onInput(event));
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
  }

  disconnectedCallback(): void {
    this.#result.release();
  }

  #field(name: FormField): HTMLElement {
    return this.#form.querySelector(`#sf-${name}`)!;
  }

  #values(): ServiceFormValues {
    const data = new FormData(this.#form);
    const get = (name: string) => String(data.get(name) ?? '');
    return {
      place: get('place'),
      name: get('name'),
      description: get('description'),
      types: data.getAll('types').map(String),
      address: get('address'),
      address_visibility: get('address_visibility'),
      opening_hours: get('opening_hours'),
      phone: get('phone'),
      email: get('email'),
      website: get('website'),
      cost: get('cost'),
      anonymous: get('anonymous'),
      narcology_register: get('narcology_register'),
      status: get('status'),
      date: get('date'),
      by: get('by'),
      source: get('source'),
      id: get('id'),
    };
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.name === 'id') this.#idEdited = target.value !== '';
    if (!this.#idEdited && (target.name === 'name' || target.name === 'place')) {
      const values = this.#values();
      (this.#field('id') as HTMLInputElement).value = values.name.trim()
        ? suggestId(values.name, values.place.split('/')[1])
        : '';
    }
    this.#result.hide();
  }

  #showProblems(problems: FormProblem[]): void {
    for (const element of this.#form.querySelectorAll('.field-problem, .field-note')) element.remove();
    for (const element of this.#form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    const summary = this.#form.querySelector<HTMLElement>('.form-problems')!;
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const problem of problems) {
      const field = this.#field(problem.field);
      const note = document.createElement('small');
      note.className = problem.warning ? 'field-note' : 'field-problem';
      note.id = `sf-${problem.field}-problem`;
      note.textContent = problem.hint ? `${problem.message} — ${problem.hint}` : problem.message;
      field.insertAdjacentElement(field.tagName === 'FIELDSET' ? 'beforeend' : 'afterend', note);
      if (problem.warning) continue;
      // A group of checkboxes shows its note inside the fieldset; aria-invalid belongs on form controls only.
      if (field.tagName !== 'FIELDSET') {
        field.setAttribute('aria-invalid', 'true');
        const describedBy = (field.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .filter((id) => id && id !== note.id);
        field.setAttribute('aria-describedby', [...describedBy, note.id].join(' '));
      }
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#sf-${problem.field}`;
      const label = this.#form.querySelector(`label[for="sf-${problem.field}"], #sf-${problem.field} > legend`);
      link.textContent = `${label?.firstChild?.textContent?.trim() ?? problem.field}: ${problem.message}`;
      item.append(link);
      list.append(item);
    }
    summary.hidden = list.children.length === 0;
    if (!summary.hidden) summary.focus();
  }

  #submit(): void {
    const values = this.#values();
    const context: FormContext = { ...this.#config.context, messages: this.#messages, today: localToday() };
    const problems = checkServiceForm(values, context);
    this.#showProblems(problems);
    if (problems.some((problem) => !problem.warning)) {
      this.#result.hide();
      return;
    }
    const file = entryFile(values);
    const text = entryToYaml(serviceEntry(values, context.lang), `${file} — ${this.#config.comment}`);
    const github = new URL(this.#config.githubNewFile);
    github.searchParams.set('filename', file);
    github.searchParams.set('value', text);
    this.#result.section.querySelector<HTMLAnchorElement>('[data-github]')!.href = github.href;
    this.#result.show(text, `${values.id}.yaml`);
  }
}

customElements.define('service-form', ServiceForm);
