/**
 * Words people write in spreadsheets for the vocabularies' terms, beyond the
 * terms' own labels (which `normalise.ts` reads from `vocabularies.ts` in all
 * three languages). Keyed by vocabulary key, so a key renamed there fails
 * type-checking here. Abbreviations and short forms from the seeds' lists
 * («ОЗТ, лечение, ПОШ») come first.
 */
import type { AUDIENCES, COSTS, DOCUMENTS, SERVICE_TYPES } from '../../schemas/vocabularies';

type Synonyms<V> = Partial<Record<keyof V, string[]>>;

/** Free words for service types, in Russian, Serbian and English. */
export const SERVICE_TYPE_SYNONYMS: Synonyms<typeof SERVICE_TYPES> = {
  nsp: [
    'ПОШ',
    'обмен шприцев',
    'шприцы',
    'иглы',
    'пункт обмена',
    'zamena igala',
    'igle',
    'šprice',
    'needle exchange',
    'syringes',
    'NSP',
    'SSP',
  ],
  ost: [
    'ОЗТ',
    'заместительная терапия',
    'метадон',
    'бупренорфин',
    'OST',
    'OAT',
    'supstituciona terapija',
    'metadon',
    'methadone',
    'buprenorphine',
    'substitution',
  ],
  naloxone: ['налоксон', 'nalokson', 'naloxone'],
  hiv_testing: [
    'тест на ВИЧ',
    'тестирование на ВИЧ',
    'ВИЧ тест',
    'экспресс тест',
    'testiranje na HIV',
    'HIV test',
    'HIV testing',
    'VCT',
  ],
  hiv_treatment: [
    'АРТ',
    'АРВТ',
    'лечение ВИЧ',
    'инфекционист',
    'врач инфекционист',
    'lečenje HIV',
    'ART',
    'HIV treatment',
  ],
  hepatitis: ['гепатит', 'гепатиты', 'hepatitis', 'HCV'],
  tb: ['туберкулез', 'туберкулёз', 'ТБ', 'tuberkuloza', 'tuberculosis', 'TB'],
  sti: ['ИППП', 'презервативы', 'kondomi', 'PPI', 'condoms', 'STI'],
  drug_treatment: [
    'нарколог',
    'наркология',
    'наркологическая помощь',
    'детокс',
    'детоксикация',
    'лечение зависимости',
    'лечение',
    'lečenje zavisnosti',
    'detoks',
    'detox',
    'drug treatment',
    'treatment',
  ],
  rehabilitation: ['реабилитация', 'реабилитационный центр', 'rehabilitacija', 'rehab', 'rehabilitation'],
  psychological: [
    'психолог',
    'психологическая помощь',
    'консультация психолога',
    'группы взаимопомощи',
    'группы для зависимых и созависимых',
    'psiholog',
    'psihološka podrška',
    'savetovanje',
    'psychologist',
    'counselling',
    'self help groups',
  ],
  peer_support: [
    'аутрич',
    'равный консультант',
    'равная помощь',
    'социальное сопровождение',
    'terenski rad',
    'vršnjačka podrška',
    'outreach',
    'peer support',
  ],
  legal_aid: [
    'юрист',
    'юридическая консультация',
    'юридическая помощь',
    'pravna pomoć',
    'pravnik',
    'lawyer',
    'legal aid',
    'legal advice',
  ],
  social_support: [
    'социальная помощь',
    'соцработник',
    'социальный работник',
    'гуманитарная помощь',
    'socijalna pomoć',
    'socijalni rad',
    'social support',
    'social work',
    'humanitarian aid',
  ],
  shelter: ['приют', 'ночлег', 'ночлежка', 'prihvatilište', 'smeštaj', 'shelter', 'night shelter'],
  employment: ['трудоустройство', 'работа', 'занятость', 'zapošljavanje', 'posao', 'employment', 'jobs'],
  post_release: [
    'после освобождения',
    'освободившимся',
    'posle zatvora',
    'posle izlaska iz zatvora',
    'after prison',
    'post release',
  ],
};

/** Free words for costs; yes/no answers to a "free?" column are read in `normalise.ts`. */
export const COST_SYNONYMS: Synonyms<typeof COSTS> = {
  free: ['бесплатно', 'бесплатные', 'besplatno', 'free', 'free of charge'],
  partly_free: ['частично', 'частично платно', 'delimično', 'partly', 'partly paid'],
  paid: ['платно', 'платные', 'plaća se', 'naplaćuje se', 'paid'],
};

/** Free words for documents a service asks for. */
export const DOCUMENT_SYNONYMS: Synonyms<typeof DOCUMENTS> = {
  none: ['без документов', 'не нужны', 'bez dokumenata', 'nisu potrebni', 'none', 'no documents'],
  passport: ['паспорт', 'удостоверение личности', 'lična karta', 'pasoš', 'passport', 'ID'],
  residence_registration: ['прописка', 'регистрация', 'prebivalište', 'residence'],
  health_insurance: ['полис', 'страховка', 'zdravstvena knjižica', 'knjižica', 'insurance'],
  referral: ['направление', 'uput', 'referral'],
};

/** Free words for the groups a service is for. */
export const AUDIENCE_SYNONYMS: Synonyms<typeof AUDIENCES> = {
  women: ['женщины', 'žene', 'women'],
  youth: ['молодежь', 'молодёжь', 'mladi', 'youth', 'young people'],
  released_from_prison: [
    'освободившиеся',
    'освободившиеся из мест лишения свободы',
    'бывшие заключенные',
    'osobe izašle iz zatvora',
    'bivši zatvorenici',
    'ex prisoners',
    'released from prison',
  ],
  people_living_with_hiv: ['ЛЖВ', 'люди с ВИЧ', 'osobe sa HIV', 'PLHIV', 'people with HIV'],
  sex_workers: ['секс работники', 'секс работницы', 'seksualni radnici', 'seksualne radnice', 'sex workers'],
  lgbt: ['ЛГБТ', 'LGBT', 'LGBTQ'],
  migrants: ['мигранты', 'migranti', 'migrants'],
  families: ['родственники', 'близкие', 'созависимые', 'porodice', 'porodica', 'families', 'relatives'],
};
