/**
 * The pieces of `npm run new` that are not input and output: the questions
 * in each language, checking one answer against the same schema pieces the
 * validator uses (and saying what is wrong with the validator's own words),
 * reading numbered choices, suggesting an id and writing the YAML.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { findPersonalData, PERSONAL_DATA_LABELS, screenFreeText } from '../schemas/anonymity';
import { formatIssues } from '../schemas/format';
import type { Locale } from '../schemas/locales';
import { message } from '../schemas/messages';
import { parseOpeningHours } from '../schemas/services';

export { LANGUAGE_NAMES } from './translations';
export { suggestId } from './ids';

const en = {
  intro:
    'This asks a few questions and writes one new entry file. Press Enter to skip a question marked "optional". Ctrl+C stops at any time without writing anything.',
  choose_type: 'What do you want to add?',
  'type.service': 'A service',
  'type.case': 'A rights case (anonymous)',
  answer_one: 'Type the number of one option.',
  answer_many: 'Type one or more numbers separated by commas, e.g. 1,3.',
  not_in_list: 'It is not in the list',
  not_a_choice: '"{answer}" is not one of the options. {hint}',
  optional: 'optional, Enter to skip',
  default_value: 'Enter for "{value}"',
  problem: '✗ {message}',
  country: 'Country',
  country_missing:
    'A country is added once, by copying docs/templates/country.yaml to content/countries/<code>.yaml and filling it in (a network lawyer should check the legal part). Add it, or ask the maintainers to, then run npm run new again.',
  city: 'City',
  city_missing:
    'Add the city to content/countries/{country}.yaml: copy one of the blocks under "cities:", change its key, names and coordinates. Then run npm run new again.',
  language: 'Language the texts are written in first',
  service_name: 'Name of the service in {language}',
  service_description: 'What the service does and for whom, in {language} (two or three plain sentences)',
  translation_offer:
    'You can also write the texts in {language} now. If you skip them, the entry is marked as waiting for a translation.',
  types: 'What does it offer?',
  id: 'Short id for the file name: lower-case Latin letters, digits and hyphens',
  id_taken: 'There is already an entry with the id "{id}" ({file}). Choose another id — nothing is ever overwritten.',
  address: 'Street address in {language}',
  address_visibility: 'Who may see the address?',
  opening_hours: 'Opening hours, e.g. Mo-Fr 09:00-18:00 (days: Mo Tu We Th Fr Sa Su)',
  understood_as: 'Understood as "{value}". Is that right? (yes/no)',
  phone: 'Phone number of the service in international form, e.g. +375 17 000 00 00 — never a private number',
  cost: 'Cost',
  verification_status: 'How do you know this?',
  'verification.verified': 'I called or visited, or the service confirmed it (verified)',
  'verification.unverified': 'From a leaflet, a document or someone else (unverified)',
  verification_date: 'Day the information was checked (YYYY-MM-DD)',
  verification_by: 'Who checked it: a role or organisation, never a person’s name',
  verification_source: 'Where the information comes from (e.g. "phone call to the service", "leaflet")',
  case_rules:
    'A case must never let anyone recognise the person: no names, initials, ages, exact dates, addresses, phone numbers or document numbers. Write "a man", "a city hospital", "in spring".',
  case_consent: 'Has the person agreed to this case being published in anonymous form? (yes/no)',
  case_no_consent: 'A case can only be added with the person’s agreement. Nothing was written.',
  case_date: 'Month it happened (YYYY-MM)',
  case_city: 'City — leave it out in a small town where it could identify the person',
  case_kind: 'What kind of case is it?',
  case_categories: 'What is it about?',
  case_perpetrator: 'Who was responsible?',
  case_actions: 'What was done about it?',
  case_outcome: 'How did it end?',
  case_title: 'Short title in {language}',
  case_summary: 'What happened, in general words, in {language}',
  case_documented_by: 'Who documented it: an organisation or the network, never a person',
  yes_words: 'yes,y',
  checking: 'Checking the whole entry…',
  not_written: 'The entry did not pass the check, so nothing was written:',
  written: 'Written: {file}',
  next_steps:
    'Next: read the file (you can add more fields, see docs/templates/), check it with "npm run validate -- --lang {lang}", then send it as described in CONTRIBUTING.md.',
  stopped: 'Stopped. Nothing was written.',
} as const;

/** A question or remark of the scaffolder. */
export type PromptKey = keyof typeof en;

const ru: Record<PromptKey, string> = {
  intro:
    'Несколько вопросов — и будет создан файл новой записи. Нажмите Enter, чтобы пропустить вопрос с пометкой «необязательно». Ctrl+C в любой момент прерывает работу, ничего не записав.',
  choose_type: 'Что вы хотите добавить?',
  'type.service': 'Службу',
  'type.case': 'Случай нарушения или защиты прав (анонимно)',
  answer_one: 'Введите номер одного варианта.',
  answer_many: 'Введите один или несколько номеров через запятую, например 1,3.',
  not_in_list: 'Нет в списке',
  not_a_choice: '«{answer}» — нет такого варианта. {hint}',
  optional: 'необязательно, Enter — пропустить',
  default_value: 'Enter — «{value}»',
  problem: '✗ {message}',
  country: 'Страна',
  country_missing:
    'Страна добавляется один раз: скопируйте docs/templates/ru/country.yaml в content/countries/<код>.yaml и заполните (правовую часть должен проверить юрист сети). Добавьте её или попросите кураторов, затем снова запустите npm run new.',
  city: 'Город',
  city_missing:
    'Добавьте город в content/countries/{country}.yaml: скопируйте один из блоков в разделе «cities:», измените ключ, названия и координаты. Затем снова запустите npm run new.',
  language: 'Язык, на котором вы пишете тексты',
  service_name: 'Название службы на языке: {language}',
  service_description: 'Что делает служба и для кого, на языке: {language} (две-три простые фразы)',
  translation_offer:
    'Можно сразу написать тексты и на языке: {language}. Если пропустить, запись будет помечена как ожидающая перевода.',
  types: 'Что здесь есть?',
  id: 'Короткий id для имени файла: строчные латинские буквы, цифры и дефисы',
  id_taken:
    'Запись с id «{id}» уже есть ({file}). Выберите другой id — существующие файлы никогда не перезаписываются.',
  address: 'Адрес на языке: {language}',
  address_visibility: 'Кому можно видеть адрес?',
  opening_hours: 'Часы работы, например Mo-Fr 09:00-18:00 (дни: Mo Tu We Th Fr Sa Su)',
  understood_as: 'Понято как «{value}». Верно? (да/нет)',
  phone: 'Телефон службы в международном формате, например +375 17 000 00 00 — никогда не личный номер',
  cost: 'Стоимость',
  verification_status: 'Откуда вы это знаете?',
  'verification.verified': 'Я позвонил(а) или сходил(а), или служба подтвердила (verified)',
  'verification.unverified': 'Из буклета, документа или с чужих слов (unverified)',
  verification_date: 'День, когда сведения проверены (ГГГГ-ММ-ДД)',
  verification_by: 'Кто проверил: роль или организация, никогда не имя человека',
  verification_source: 'Откуда сведения (например «звонок в службу», «буклет»)',
  case_rules:
    'По случаю никто не должен узнать человека: никаких имён, инициалов, возраста, точных дат, адресов, телефонов и номеров документов. Пишите «мужчина», «городская больница», «весной».',
  case_consent: 'Согласился ли человек на публикацию этого случая в анонимном виде? (да/нет)',
  case_no_consent: 'Случай можно добавить только с согласия человека. Ничего не записано.',
  case_date: 'Месяц, когда это случилось (ГГГГ-ММ)',
  case_city: 'Город — не указывайте в маленьком городе, где это может выдать человека',
  case_kind: 'Что это за случай?',
  case_categories: 'О чём он?',
  case_perpetrator: 'Кто ответственен?',
  case_actions: 'Что было сделано?',
  case_outcome: 'Чем закончилось?',
  case_title: 'Короткий заголовок на языке: {language}',
  case_summary: 'Что случилось, общими словами, на языке: {language}',
  case_documented_by: 'Кто задокументировал: организация или сеть, никогда не человек',
  yes_words: 'да,д,yes,y',
  checking: 'Проверяем запись целиком…',
  not_written: 'Запись не прошла проверку, поэтому ничего не записано:',
  written: 'Записано: {file}',
  next_steps:
    'Дальше: прочитайте файл (можно добавить другие поля, см. docs/templates/ru/), проверьте его командой «npm run validate -- --lang {lang}» и отправьте, как описано в docs/CONTRIBUTING.ru.md.',
  stopped: 'Остановлено. Ничего не записано.',
};

const sr: Record<PromptKey, string> = {
  intro:
    'Nekoliko pitanja — i biće napravljen fajl novog unosa. Pritisnite Enter da preskočite pitanje označeno sa „neobavezno”. Ctrl+C u svakom trenutku prekida rad bez upisivanja.',
  choose_type: 'Šta želite da dodate?',
  'type.service': 'Službu',
  'type.case': 'Slučaj kršenja ili odbrane prava (anonimno)',
  answer_one: 'Upišite broj jedne opcije.',
  answer_many: 'Upišite jedan ili više brojeva odvojenih zarezom, npr. 1,3.',
  not_in_list: 'Nije na listi',
  not_a_choice: '„{answer}” nije jedna od opcija. {hint}',
  optional: 'neobavezno, Enter za preskakanje',
  default_value: 'Enter za „{value}”',
  problem: '✗ {message}',
  country: 'Zemlja',
  country_missing:
    'Zemlja se dodaje jednom: kopirajte docs/templates/sr/country.yaml u content/countries/<kod>.yaml i popunite ga (pravni deo treba da proveri pravnik mreže). Dodajte je ili zamolite urednike, pa ponovo pokrenite npm run new.',
  city: 'Grad',
  city_missing:
    'Dodajte grad u content/countries/{country}.yaml: kopirajte jedan od blokova pod „cities:”, promenite ključ, nazive i koordinate. Zatim ponovo pokrenite npm run new.',
  language: 'Jezik na kome pišete tekstove',
  service_name: 'Naziv službe na jeziku: {language}',
  service_description: 'Šta služba radi i za koga, na jeziku: {language} (dve-tri jednostavne rečenice)',
  translation_offer:
    'Možete odmah napisati tekstove i na jeziku: {language}. Ako ih preskočite, unos će biti označen kao da čeka prevod.',
  types: 'Šta se nudi?',
  id: 'Kratak id za ime fajla: mala latinična slova, cifre i crtice',
  id_taken: 'Već postoji unos sa id „{id}” ({file}). Izaberite drugi id — postojeći fajlovi se nikad ne prepisuju.',
  address: 'Adresa na jeziku: {language}',
  address_visibility: 'Ko sme da vidi adresu?',
  opening_hours: 'Radno vreme, npr. Mo-Fr 09:00-18:00 (dani: Mo Tu We Th Fr Sa Su)',
  understood_as: 'Shvaćeno kao „{value}”. Da li je tačno? (da/ne)',
  phone: 'Telefon službe u međunarodnom obliku, npr. +381 11 000 0000 — nikad privatni broj',
  cost: 'Cena',
  verification_status: 'Kako to znate?',
  'verification.verified': 'Pozvao/la sam ili otišao/la, ili je služba potvrdila (verified)',
  'verification.unverified': 'Iz letka, dokumenta ili iz druge ruke (unverified)',
  verification_date: 'Dan kada su podaci provereni (GGGG-MM-DD)',
  verification_by: 'Ko je proverio: uloga ili organizacija, nikad ime osobe',
  verification_source: 'Odakle su podaci (npr. „poziv službi”, „letak”)',
  case_rules:
    'Po slučaju niko ne sme da prepozna osobu: bez imena, inicijala, godina, tačnih datuma, adresa, telefona i brojeva dokumenata. Pišite „muškarac”, „gradska bolnica”, „u proleće”.',
  case_consent: 'Da li je osoba pristala da se ovaj slučaj objavi u anonimnom obliku? (da/ne)',
  case_no_consent: 'Slučaj se može dodati samo uz pristanak osobe. Ništa nije upisano.',
  case_date: 'Mesec kada se desilo (GGGG-MM)',
  case_city: 'Grad — izostavite ga u malom mestu gde bi mogao da otkrije osobu',
  case_kind: 'Kakav je ovo slučaj?',
  case_categories: 'O čemu je?',
  case_perpetrator: 'Ko je odgovoran?',
  case_actions: 'Šta je preduzeto?',
  case_outcome: 'Kako se završilo?',
  case_title: 'Kratak naslov na jeziku: {language}',
  case_summary: 'Šta se desilo, opštim rečima, na jeziku: {language}',
  case_documented_by: 'Ko je dokumentovao: organizacija ili mreža, nikad osoba',
  yes_words: 'da,d,yes,y',
  checking: 'Proveravamo ceo unos…',
  not_written: 'Unos nije prošao proveru, pa ništa nije upisano:',
  written: 'Upisano: {file}',
  next_steps:
    'Dalje: pročitajte fajl (možete dodati druga polja, vidi docs/templates/sr/), proverite ga komandom „npm run validate -- --lang {lang}” i pošaljite kako piše u docs/CONTRIBUTING.sr.md.',
  stopped: 'Zaustavljeno. Ništa nije upisano.',
};

/** Every scaffolder prompt in every language. */
export const PROMPTS: Record<Locale, Record<PromptKey, string>> = { en, ru, sr };

/** A prompt in `lang` with `{name}` placeholders filled. */
export function prompt(lang: Locale, key: PromptKey, params: Record<string, string | number> = {}): string {
  return PROMPTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** An answer that passed its check, or the reason it did not, in the contributor's language. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Checks one answer against a piece of a content schema (e.g. from
 * `schemaAt(serviceSchema, ['verification', 'date'])`). A failure is explained
 * exactly as `npm run validate` would explain it, hint included. `T` is what
 * the piece produces — text unless said otherwise.
 */
export function checkAnswer<T = string>(schema: z.core.$ZodType, value: unknown, lang: Locale): Checked<T> {
  const result = z.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data as T };
  const [problem] = formatIssues('', result.error.issues, value, schema, lang);
  const reason = problem
    ? problem.message + (problem.hint ? ` — ${message(lang, 'format.hint')}: ${problem.hint}` : '')
    : String(result.error);
  return { ok: false, reason };
}

/**
 * Checks opening hours with the same parser as the schema. The value is the
 * parser's canonical spelling ("пн-пт 9-18" → "Mo-Fr 09:00-18:00"), which the
 * contributor should confirm when it differs from what they typed.
 */
export function checkOpeningHours(value: string, country: string, lang: Locale): Checked<string> {
  const parsed = parseOpeningHours(value, country);
  if ('hours' in parsed) return { ok: true, value: parsed.hours.prettifyValue() };
  return {
    ok: false,
    reason: `${message(lang, 'service.opening_hours_invalid', { detail: parsed.error })} — ${message(lang, 'format.hint')}: ${message(lang, 'service.opening_hours_invalid_hint')}`,
  };
}

/** Checks free text of a case for anything that could identify a person. */
export function checkAnonymous(value: string, lang: Locale): Checked<string> {
  const [finding] = findPersonalData(value, { precision: 'month' });
  if (!finding) return { ok: true, value };
  return {
    ok: false,
    reason: `${message(lang, 'case.personal_data', { kind: PERSONAL_DATA_LABELS[lang][finding.kind], fragment: finding.masked })} — ${message(lang, 'format.hint')}: ${message(lang, 'case.personal_data_hint')}`,
  };
}

/** Checks the free text of a service (name, description) with the validator's privacy screen. */
export function checkFreeText(value: string, lang: Locale): Checked<string> {
  const [finding] = screenFreeText(value);
  if (!finding) return { ok: true, value };
  return {
    ok: false,
    reason: `${message(lang, 'text.personal_data', { kind: PERSONAL_DATA_LABELS[lang][finding.kind], fragment: finding.masked })} — ${message(lang, 'format.hint')}: ${message(lang, 'text.personal_data_hint')}`,
  };
}

/** An option of a numbered choice. */
export interface Choice {
  key: string;
  label: string;
}

/**
 * Reads a numbered choice: "2", or "1, 3" when several are allowed; the key
 * itself ("nsp") is accepted too. Returns undefined when the answer names
 * nothing in the list.
 */
export function parseChoice(answer: string, choices: readonly Choice[], multiple: boolean): string[] | undefined {
  const parts = answer
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || (!multiple && parts.length > 1)) return undefined;
  const keys: string[] = [];
  for (const part of parts) {
    const byNumber = /^\d+$/.test(part) ? choices[Number(part) - 1] : undefined;
    const chosen = byNumber ?? choices.find((choice) => choice.key === part.toLowerCase());
    if (!chosen) return undefined;
    keys.push(chosen.key);
  }
  return keys;
}

/** The lines that show a numbered choice. */
export function renderChoices(choices: readonly Choice[]): string {
  return choices.map((choice, index) => `  ${String(index + 1).padStart(2)}) ${choice.label}`).join('\n');
}

/** An entry as YAML, with a first comment line saying how it was made. */
export function entryYaml(data: Record<string, unknown>, comment: string): string {
  return `# ${comment}\n${stringify(data, { lineWidth: 0 })}`;
}
