/**
 * The importer's report in the contributor's language (ru, sr, en), through
 * i18next so counts take the right plural form («3 строки», «5 строк»).
 */
import i18next, { type i18n as I18n } from 'i18next';
import type { Locale } from '../../schemas/locales';

const en = {
  'row.new': 'row {{row}}: would create {{file}}',
  'row.new_written': 'row {{row}}: created {{file}}',
  'row.changed': 'row {{row}}: differs from {{file}} — would update it with --update',
  'row.changed_skipped': 'row {{row}}: differs from {{file}} — not changed (add --update to update it)',
  'row.changed_written': 'row {{row}}: updated {{file}}',
  'row.present': 'row {{row}}: already present as {{file}}, nothing to change',
  'row.duplicate_file': 'row {{row}}: looks like {{where}} ({{reason}}) — not imported; check by hand',
  'row.duplicate_row': 'row {{row}}: looks like row {{where}} of this sheet ({{reason}}) — not imported',
  'row.rejected': 'row {{row}}: rejected',
  'reason.phone': 'same phone {{value}}',
  'reason.name': 'similar name “{{value}}” in the same city',
  'note.no_name': 'the name is empty',
  'note.unknown_country': 'country “{{value}}” is not in content/countries (known: {{known}})',
  'note.unknown_city':
    'city “{{value}}” is not among the cities of {{country}} ({{known}}); add it to content/countries/{{country}}.yaml first',
  'note.no_city': 'no city: add a city column, or “city:” to the mapping (cities of {{country}}: {{known}})',
  'note.types_unknown': 'did not understand these offers: {{words}} (the entry keeps the ones it understood)',
  'note.description_from_types':
    'no description in the sheet: it was made from the service types; please write a real one',
  'note.phone_unknown': 'not a phone number of country {{country}}, left out: {{value}}',
  'note.hours_read': 'opening hours “{{value}}” written as {{hours}}',
  'note.hours_unreadable': 'opening hours “{{value}}” could not be read: kept as a note, opening_hours left empty',
  'note.hours_ambiguous':
    'opening hours “{{value}}” could mean more than one thing: kept as a note, opening_hours left empty',
  'note.coordinates_unreadable': 'coordinates “{{value}}” are not two numbers, left out',
  'note.yes_no_unknown': '{{field}}: “{{value}}” is not yes, no or unknown, left out',
  'note.terms_unknown': '{{field}}: did not understand “{{words}}”',
  'summary.rows_one': '{{count}} row read',
  'summary.rows_other': '{{count}} rows read',
  'summary.new_one': '{{count}} new entry',
  'summary.new_other': '{{count}} new entries',
  'summary.changed_one': '{{count}} changed',
  'summary.changed_other': '{{count}} changed',
  'summary.present_one': '{{count}} already present',
  'summary.present_other': '{{count}} already present',
  'summary.duplicate_one': '{{count}} possible duplicate',
  'summary.duplicate_other': '{{count}} possible duplicates',
  'summary.rejected_one': '{{count}} rejected',
  'summary.rejected_other': '{{count}} rejected',
  'summary.dry_run': 'Dry run: nothing was written. Run again with --write to write the new entries.',
  'summary.written_one': '{{count}} file written.',
  'summary.written_other': '{{count}} files written.',
  'summary.next':
    'Imported entries are marked unverified with the sheet as their source: check each with the service, then run npm run validate.',
  'mapping.written':
    'No mapping given: wrote a starter mapping to {{file}}. Check it (especially language, country and columns), then run again with --mapping {{file}}.',
  'mapping.exists': 'No mapping given, and {{file}} already exists: check it, then run again with --mapping {{file}}.',
  'mapping.intro':
    'Column mapping for {{sheet}}, made by npm run import from its header row.\nCheck every line, then run: npm run import -- {{sheet}} --mapping <this file>\nFields: {{fields}}',
  'mapping.country': 'two-letter code of the file in content/countries, for rows without a country',
  'mapping.columns': 'header → field; null means the column is not imported',
  'mapping.invalid': 'The mapping {{file}} is not right:',
  'mapping.no_header':
    'Found no header row in {{file}}: the first 30 rows have no two column titles the importer knows (e.g. Name, Address, Phone / Название, Адрес, Телефон / Naziv, Adresa, Telefon).',
  'mapping.missing_column':
    'The mapping names the column “{{column}}”, but row {{row}} of the sheet has no such title.',
};

/** A message key, counted ones without their plural suffix (`summary.rows`, not `summary.rows_one`). */
export type ImportMessageKey = keyof typeof en extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/** A dictionary: the English keys, with each counted key in the plural forms of its language (checked by a test). */
type ImportDictionary = Record<string, string>;

const ru: ImportDictionary = {
  'row.new': 'строка {{row}}: будет создан {{file}}',
  'row.new_written': 'строка {{row}}: создан {{file}}',
  'row.changed': 'строка {{row}}: отличается от {{file}} — с --update он будет обновлён',
  'row.changed_skipped': 'строка {{row}}: отличается от {{file}} — не изменён (добавьте --update, чтобы обновить)',
  'row.changed_written': 'строка {{row}}: обновлён {{file}}',
  'row.present': 'строка {{row}}: уже есть — {{file}}, менять нечего',
  'row.duplicate_file': 'строка {{row}}: похоже на {{where}} ({{reason}}) — не импортирована; проверьте вручную',
  'row.duplicate_row': 'строка {{row}}: похоже на строку {{where}} этой таблицы ({{reason}}) — не импортирована',
  'row.rejected': 'строка {{row}}: отклонена',
  'reason.phone': 'тот же телефон {{value}}',
  'reason.name': 'похожее название «{{value}}» в том же городе',
  'note.no_name': 'название не заполнено',
  'note.unknown_country': 'страны «{{value}}» нет в content/countries (есть: {{known}})',
  'note.unknown_city':
    'города «{{value}}» нет среди городов {{country}} ({{known}}); сначала добавьте его в content/countries/{{country}}.yaml',
  'note.no_city':
    'город не указан: добавьте столбец с городом или «city:» в файл соответствия (города {{country}}: {{known}})',
  'note.types_unknown': 'не удалось понять эти услуги: {{words}} (понятые сохранены в записи)',
  'note.description_from_types':
    'в таблице нет описания: оно составлено из видов услуг; пожалуйста, напишите настоящее',
  'note.phone_unknown': 'это не телефонный номер страны {{country}}, пропущено: {{value}}',
  'note.hours_read': 'часы работы «{{value}}» записаны как {{hours}}',
  'note.hours_unreadable':
    'часы работы «{{value}}» не удалось прочитать: сохранены как примечание, opening_hours не заполнено',
  'note.hours_ambiguous':
    'часы работы «{{value}}» можно понять по-разному: сохранены как примечание, opening_hours не заполнено',
  'note.coordinates_unreadable': 'координаты «{{value}}» — не два числа, пропущены',
  'note.yes_no_unknown': '{{field}}: «{{value}}» — не «да», «нет» или «неизвестно», пропущено',
  'note.terms_unknown': '{{field}}: не удалось понять «{{words}}»',
  'summary.rows_one': 'прочитана {{count}} строка',
  'summary.rows_few': 'прочитаны {{count}} строки',
  'summary.rows_many': 'прочитано {{count}} строк',
  'summary.rows_other': 'прочитано {{count}} строки',
  'summary.new_one': '{{count}} новая запись',
  'summary.new_few': '{{count}} новые записи',
  'summary.new_many': '{{count}} новых записей',
  'summary.new_other': '{{count}} новой записи',
  'summary.changed_one': '{{count}} изменена',
  'summary.changed_few': '{{count}} изменены',
  'summary.changed_many': '{{count}} изменено',
  'summary.changed_other': '{{count}} изменено',
  'summary.present_one': '{{count}} уже есть',
  'summary.present_few': '{{count}} уже есть',
  'summary.present_many': '{{count}} уже есть',
  'summary.present_other': '{{count}} уже есть',
  'summary.duplicate_one': '{{count}} возможный дубликат',
  'summary.duplicate_few': '{{count}} возможных дубликата',
  'summary.duplicate_many': '{{count}} возможных дубликатов',
  'summary.duplicate_other': '{{count}} возможного дубликата',
  'summary.rejected_one': '{{count}} отклонена',
  'summary.rejected_few': '{{count}} отклонены',
  'summary.rejected_many': '{{count}} отклонено',
  'summary.rejected_other': '{{count}} отклонено',
  'summary.dry_run': 'Пробный запуск: ничего не записано. Запустите снова с --write, чтобы записать новые записи.',
  'summary.written_one': 'Записан {{count}} файл.',
  'summary.written_few': 'Записано {{count}} файла.',
  'summary.written_many': 'Записано {{count}} файлов.',
  'summary.written_other': 'Записано {{count}} файла.',
  'summary.next':
    'Импортированные записи помечены как непроверенные, источник — таблица: сверьте каждую со службой, затем запустите npm run validate.',
  'mapping.written':
    'Файл соответствия не указан: начальный вариант записан в {{file}}. Проверьте его (особенно язык, страну и столбцы) и запустите снова с --mapping {{file}}.',
  'mapping.exists':
    'Файл соответствия не указан, а {{file}} уже есть: проверьте его и запустите снова с --mapping {{file}}.',
  'mapping.intro':
    'Соответствие столбцов для {{sheet}}, составлено npm run import по строке заголовков.\nПроверьте каждую строку, затем запустите: npm run import -- {{sheet}} --mapping <этот файл>\nПоля: {{fields}}',
  'mapping.country': 'двухбуквенный код файла в content/countries — для строк без страны',
  'mapping.columns': 'заголовок → поле; null значит, что столбец не импортируется',
  'mapping.invalid': 'В файле соответствия {{file}} ошибка:',
  'mapping.no_header':
    'В {{file}} не найдена строка заголовков: в первых 30 строках нет двух известных названий столбцов (например, Название, Адрес, Телефон / Naziv, Adresa, Telefon / Name, Address, Phone).',
  'mapping.missing_column':
    'В файле соответствия есть столбец «{{column}}», но в строке {{row}} таблицы такого заголовка нет.',
};

const sr: ImportDictionary = {
  'row.new': 'red {{row}}: biće napravljen {{file}}',
  'row.new_written': 'red {{row}}: napravljen {{file}}',
  'row.changed': 'red {{row}}: razlikuje se od {{file}} — sa --update biće ažuriran',
  'row.changed_skipped': 'red {{row}}: razlikuje se od {{file}} — nije promenjen (dodajte --update da ga ažurirate)',
  'row.changed_written': 'red {{row}}: ažuriran {{file}}',
  'row.present': 'red {{row}}: već postoji kao {{file}}, nema šta da se menja',
  'row.duplicate_file': 'red {{row}}: liči na {{where}} ({{reason}}) — nije uvezen; proverite ručno',
  'row.duplicate_row': 'red {{row}}: liči na red {{where}} ove tabele ({{reason}}) — nije uvezen',
  'row.rejected': 'red {{row}}: odbijen',
  'reason.phone': 'isti telefon {{value}}',
  'reason.name': 'sličan naziv „{{value}}” u istom gradu',
  'note.no_name': 'naziv nije popunjen',
  'note.unknown_country': 'zemlja „{{value}}” nije u content/countries (postoje: {{known}})',
  'note.unknown_city':
    'grad „{{value}}” nije među gradovima zemlje {{country}} ({{known}}); prvo ga dodajte u content/countries/{{country}}.yaml',
  'note.no_city':
    'grad nije naveden: dodajte kolonu sa gradom ili „city:” u fajl mapiranja (gradovi zemlje {{country}}: {{known}})',
  'note.types_unknown': 'nismo razumeli ove usluge: {{words}} (razumljive su zadržane u unosu)',
  'note.description_from_types': 'u tabeli nema opisa: sastavljen je od vrsta usluga; molimo napišite pravi',
  'note.phone_unknown': 'nije broj telefona zemlje {{country}}, izostavljeno: {{value}}',
  'note.hours_read': 'radno vreme „{{value}}” upisano kao {{hours}}',
  'note.hours_unreadable':
    'radno vreme „{{value}}” nije moglo da se pročita: sačuvano kao napomena, opening_hours je prazno',
  'note.hours_ambiguous':
    'radno vreme „{{value}}” može da znači više stvari: sačuvano kao napomena, opening_hours je prazno',
  'note.coordinates_unreadable': 'koordinate „{{value}}” nisu dva broja, izostavljene',
  'note.yes_no_unknown': '{{field}}: „{{value}}” nije da, ne ili nepoznato, izostavljeno',
  'note.terms_unknown': '{{field}}: nismo razumeli „{{words}}”',
  'summary.rows_one': 'pročitan {{count}} red',
  'summary.rows_few': 'pročitana {{count}} reda',
  'summary.rows_other': 'pročitano {{count}} redova',
  'summary.new_one': '{{count}} novi unos',
  'summary.new_few': '{{count}} nova unosa',
  'summary.new_other': '{{count}} novih unosa',
  'summary.changed_one': '{{count}} promenjen',
  'summary.changed_few': '{{count}} promenjena',
  'summary.changed_other': '{{count}} promenjenih',
  'summary.present_one': '{{count}} već postoji',
  'summary.present_few': '{{count}} već postoje',
  'summary.present_other': '{{count}} već postoji',
  'summary.duplicate_one': '{{count}} mogući duplikat',
  'summary.duplicate_few': '{{count}} moguća duplikata',
  'summary.duplicate_other': '{{count}} mogućih duplikata',
  'summary.rejected_one': '{{count}} odbijen',
  'summary.rejected_few': '{{count}} odbijena',
  'summary.rejected_other': '{{count}} odbijenih',
  'summary.dry_run': 'Probno pokretanje: ništa nije upisano. Pokrenite ponovo sa --write da upišete nove unose.',
  'summary.written_one': 'Upisan je {{count}} fajl.',
  'summary.written_few': 'Upisana su {{count}} fajla.',
  'summary.written_other': 'Upisano je {{count}} fajlova.',
  'summary.next':
    'Uvezeni unosi su označeni kao neprovereni, sa tabelom kao izvorom: proverite svaki sa službom, pa pokrenite npm run validate.',
  'mapping.written':
    'Fajl mapiranja nije naveden: početna verzija je upisana u {{file}}. Proverite je (naročito jezik, zemlju i kolone), pa pokrenite ponovo sa --mapping {{file}}.',
  'mapping.exists':
    'Fajl mapiranja nije naveden, a {{file}} već postoji: proverite ga, pa pokrenite ponovo sa --mapping {{file}}.',
  'mapping.intro':
    'Mapiranje kolona za {{sheet}}, napravio ga je npm run import iz reda sa naslovima.\nProverite svaki red, pa pokrenite: npm run import -- {{sheet}} --mapping <ovaj fajl>\nPolja: {{fields}}',
  'mapping.country': 'dvoslovni kod fajla u content/countries, za redove bez zemlje',
  'mapping.columns': 'naslov → polje; null znači da se kolona ne uvozi',
  'mapping.invalid': 'Fajl mapiranja {{file}} nije ispravan:',
  'mapping.no_header':
    'U {{file}} nije pronađen red sa naslovima: u prvih 30 redova nema dva poznata naslova kolona (npr. Naziv, Adresa, Telefon / Название, Адрес, Телефон / Name, Address, Phone).',
  'mapping.missing_column': 'Fajl mapiranja navodi kolonu „{{column}}”, ali red {{row}} tabele nema takav naslov.',
};

/** Every importer message in every language. */
export const IMPORT_MESSAGES: Record<Locale, ImportDictionary> = { en, ru, sr };

const instances = new Map<Locale, I18n>();

/** The importer's message `key` in `lang`, with `{{name}}` placeholders and plural forms for `count`. */
export function importMessage(
  lang: Locale,
  key: ImportMessageKey,
  params: Record<string, string | number> = {},
): string {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: 'en',
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      resources: Object.fromEntries(
        Object.entries(IMPORT_MESSAGES).map(([locale, dictionary]) => [locale, { translation: dictionary }]),
      ),
    });
    instances.set(lang, instance);
  }
  return instance.t(key, params) as string;
}
