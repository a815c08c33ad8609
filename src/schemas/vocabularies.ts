/**
 * Every controlled vocabulary of the site — the keys contributors write in
 * content files, with a label and a one-line plain-language explanation in
 * each language. This file is the single source of truth: the schemas derive
 * their enums from these keys, and the pages, filters, exports and the
 * contributing guide read the labels from here.
 */
import type { Locale } from './locales';

/** A term's label and a one-line explanation, in one language. */
export interface Term {
  label: string;
  explain: string;
}

/** A vocabulary: each key has a term in every language. */
export type Vocabulary = Record<string, Record<Locale, Term>>;

function term(label: string, explain: string): Term {
  return { label, explain };
}

/** Kinds of service a provider offers. */
export const SERVICE_TYPES = {
  nsp: {
    ru: term(
      'Программа обмена шприцев (ПОШ)',
      'Бесплатные стерильные иглы, шприцы и другие расходные материалы; использованные можно сдать.',
    ),
    sr: term(
      'Program zamene igala i šprica',
      'Besplatne sterilne igle, šprice i drugi pribor; korišćene možete vratiti.',
    ),
    en: term(
      'Needle and syringe programme',
      'Free sterile needles, syringes and other supplies; you can hand in used ones.',
    ),
  },
  ost: {
    ru: term(
      'Заместительная терапия (ОЗТ)',
      'Ежедневный приём метадона или бупренорфина под наблюдением врача вместо уличных опиоидов.',
    ),
    sr: term(
      'Supstituciona terapija (OST)',
      'Svakodnevno uzimanje metadona ili buprenorfina uz nadzor lekara umesto uličnih opioida.',
    ),
    en: term(
      'Opioid substitution therapy (OST)',
      'Methadone or buprenorphine taken daily under medical supervision instead of street opioids.',
    ),
  },
  naloxone: {
    ru: term(
      'Налоксон',
      'Лекарство, которое останавливает передозировку опиоидами; здесь его выдают и учат применять.',
    ),
    sr: term('Nalokson', 'Lek koji zaustavlja predoziranje opioidima; ovde ga dele i uče vas kako da ga date.'),
    en: term(
      'Naloxone',
      'A medicine that reverses an opioid overdose; handed out here with training on how to give it.',
    ),
  },
  hiv_testing: {
    ru: term('Тест на ВИЧ', 'Быстрый или лабораторный тест на ВИЧ с консультацией до и после.'),
    sr: term('Testiranje na HIV', 'Brzi ili laboratorijski test na HIV, uz savetovanje pre i posle.'),
    en: term('HIV testing', 'A rapid or laboratory HIV test, with counselling before and after.'),
  },
  hiv_treatment: {
    ru: term('Лечение ВИЧ (АРТ)', 'Антиретровирусная терапия: ежедневные таблетки, которые сдерживают ВИЧ.'),
    sr: term('Lečenje HIV-a (ART)', 'Antiretrovirusna terapija: svakodnevne tablete koje drže HIV pod kontrolom.'),
    en: term('HIV treatment (ART)', 'Antiretroviral therapy: daily pills that keep HIV under control.'),
  },
  hepatitis: {
    ru: term('Тест и лечение гепатитов', 'Тесты на гепатиты B и C; гепатит C лечат таблетками, и он излечим.'),
    sr: term(
      'Testiranje i lečenje hepatitisa',
      'Testovi na hepatitis B i C i lečenje hepatitisa C tabletama koje ga izleče.',
    ),
    en: term(
      'Hepatitis testing and treatment',
      'Tests for hepatitis B and C, and hepatitis C treatment with pills that cure it.',
    ),
  },
  tb: {
    ru: term('Туберкулёз', 'Обследование на туберкулёз и его лечение.'),
    sr: term('Tuberkuloza', 'Pregled na tuberkulozu i njeno lečenje.'),
    en: term('Tuberculosis', 'Screening for tuberculosis and its treatment.'),
  },
  sti: {
    ru: term('ИППП и презервативы', 'Тесты и лечение инфекций, передающихся половым путём; бесплатные презервативы.'),
    sr: term(
      'Polno prenosive infekcije i kondomi',
      'Testiranje i lečenje polno prenosivih infekcija; besplatni kondomi.',
    ),
    en: term('Sexual health and condoms', 'Testing and treatment for sexually transmitted infections; free condoms.'),
  },
  drug_treatment: {
    ru: term('Наркологическая помощь', 'Консультация нарколога, детоксикация и лечение зависимости.'),
    sr: term('Lečenje zavisnosti', 'Razgovor sa lekarom, detoksikacija i lečenje zavisnosti.'),
    en: term('Drug treatment', 'Seeing an addiction doctor, detoxification and treatment of dependence.'),
  },
  rehabilitation: {
    ru: term(
      'Реабилитация',
      'Программа восстановления на несколько недель или месяцев, амбулаторно или с проживанием.',
    ),
    sr: term('Rehabilitacija', 'Program oporavka koji traje nedeljama ili mesecima, sa boravkom ili bez njega.'),
    en: term('Rehabilitation', 'A recovery programme lasting weeks or months, residential or as an outpatient.'),
  },
  psychological: {
    ru: term('Психологическая помощь', 'Разговор с психологом, группы взаимопомощи.'),
    sr: term('Psihološka podrška', 'Razgovor sa psihologom, grupe samopomoći.'),
    en: term('Psychological support', 'Talking to a psychologist; self-help groups.'),
  },
  peer_support: {
    ru: term(
      'Равная помощь и аутрич',
      'Консультанты, которые сами употребляли наркотики: приходят туда, где вы, и сопровождают в службы.',
    ),
    sr: term(
      'Vršnjačka podrška i terenski rad',
      'Savetnici koji i sami imaju iskustvo s drogama: dolaze tamo gde ste vi i prate vas do službi.',
    ),
    en: term(
      'Peer support and outreach',
      'Workers with their own experience of drug use who come to where you are and go with you to services.',
    ),
  },
  legal_aid: {
    ru: term('Юридическая помощь', 'Бесплатная консультация юриста, помощь с жалобами, документами и в суде.'),
    sr: term('Pravna pomoć', 'Besplatan savet pravnika, pomoć oko žalbi, dokumenata i na sudu.'),
    en: term('Legal aid', 'Free advice from a lawyer; help with complaints, documents and court.'),
  },
  social_support: {
    ru: term('Социальная помощь', 'Помощь с пособиями, восстановлением документов, питанием и одеждой.'),
    sr: term('Socijalna pomoć', 'Pomoć oko socijalnih davanja, vađenja dokumenata, hrane i odeće.'),
    en: term('Social support', 'Help with benefits, replacing documents, food and clothing.'),
  },
  shelter: {
    ru: term('Приют', 'Место, где можно переночевать или временно пожить.'),
    sr: term('Prihvatilište', 'Mesto gde možete prenoćiti ili privremeno boraviti.'),
    en: term('Shelter', 'A place to spend the night or stay for a while.'),
  },
  employment: {
    ru: term('Трудоустройство', 'Помощь в поиске работы, обучение, переквалификация.'),
    sr: term('Zapošljavanje', 'Pomoć u traženju posla, obuke i prekvalifikacija.'),
    en: term('Employment', 'Help finding work, training and retraining.'),
  },
  post_release: {
    ru: term(
      'Помощь после освобождения',
      'Поддержка после выхода из мест лишения свободы: жильё, документы, лечение, работа.',
    ),
    sr: term('Pomoć posle izlaska iz zatvora', 'Podrška posle izlaska iz zatvora: smeštaj, dokumenti, lečenje, posao.'),
    en: term('Help after release from prison', 'Support after leaving prison: housing, documents, treatment, work.'),
  },
} as const satisfies Vocabulary;

/** Groups of people a service is meant for or welcomes especially. */
export const AUDIENCES = {
  women: {
    ru: term('Женщины', 'Услуги для женщин или с отдельным временем для них.'),
    sr: term('Žene', 'Usluge za žene ili sa posebnim terminima za njih.'),
    en: term('Women', 'Services for women or with separate hours for them.'),
  },
  youth: {
    ru: term('Молодёжь', 'Молодые люди, обычно до 30 лет.'),
    sr: term('Mladi', 'Mladi ljudi, obično do 30 godina.'),
    en: term('Young people', 'Young people, usually under 30.'),
  },
  released_from_prison: {
    ru: term('Освободившиеся из заключения', 'Люди, недавно вышедшие из мест лишения свободы.'),
    sr: term('Osobe izašle iz zatvora', 'Osobe koje su nedavno izašle iz zatvora.'),
    en: term('People released from prison', 'People who have recently left prison.'),
  },
  people_living_with_hiv: {
    ru: term('Люди, живущие с ВИЧ', 'Люди с ВИЧ-положительным статусом.'),
    sr: term('Osobe koje žive sa HIV-om', 'Osobe koje su HIV pozitivne.'),
    en: term('People living with HIV', 'People who are HIV positive.'),
  },
  sex_workers: {
    ru: term('Секс-работники', 'Люди, которые оказывают сексуальные услуги за плату.'),
    sr: term('Seksualne radnice i radnici', 'Osobe koje pružaju seksualne usluge za novac.'),
    en: term('Sex workers', 'People who sell sexual services.'),
  },
  lgbt: {
    ru: term('ЛГБТ+', 'Лесбиянки, геи, бисексуальные и трансгендерные люди.'),
    sr: term('LGBT+', 'Lezbejke, gejevi, biseksualne i transrodne osobe.'),
    en: term('LGBT+', 'Lesbian, gay, bisexual and transgender people.'),
  },
  migrants: {
    ru: term('Мигранты', 'Люди без гражданства или прописки в этой стране.'),
    sr: term('Migranti', 'Osobe bez državljanstva ili prebivališta u ovoj zemlji.'),
    en: term('Migrants', 'People without citizenship or residence registration in this country.'),
  },
  families: {
    ru: term('Родственники', 'Родные и близкие людей, употребляющих наркотики.'),
    sr: term('Porodice', 'Porodica i bliski ljudi osoba koje koriste droge.'),
    en: term('Families', 'Relatives and partners of people who use drugs.'),
  },
} as const satisfies Vocabulary;

/** Documents a person must show to use a service. */
export const DOCUMENTS = {
  none: {
    ru: term('Документы не нужны', 'Можно прийти без паспорта и других документов.'),
    sr: term('Nisu potrebni dokumenti', 'Možete doći bez lične karte i drugih dokumenata.'),
    en: term('No documents needed', 'You can come without a passport or any other document.'),
  },
  passport: {
    ru: term('Паспорт', 'Нужен паспорт или другое удостоверение личности.'),
    sr: term('Lična karta ili pasoš', 'Potrebna je lična karta ili drugi identifikacioni dokument.'),
    en: term('Passport or ID', 'You need a passport or another identity document.'),
  },
  residence_registration: {
    ru: term('Прописка', 'Нужна регистрация по месту жительства в этом районе.'),
    sr: term('Prijava prebivališta', 'Potrebna je prijava prebivališta u ovom mestu.'),
    en: term('Residence registration', 'You must be registered as living in this area.'),
  },
  health_insurance: {
    ru: term('Медицинский полис', 'Нужен полис медицинского страхования.'),
    sr: term('Zdravstvena knjižica', 'Potrebna je overena zdravstvena knjižica.'),
    en: term('Health insurance card', 'You need a health insurance card.'),
  },
  referral: {
    ru: term('Направление', 'Нужно направление от врача или другой службы.'),
    sr: term('Uput', 'Potreban je uput od lekara ili druge službe.'),
    en: term('Referral', 'You need a referral from a doctor or another service.'),
  },
} as const satisfies Vocabulary;

/** How easy a service is to get into. */
export const THRESHOLDS = {
  low: {
    ru: term('Низкий порог', 'Приходите как есть: без условий, очередей и требований бросить.'),
    sr: term('Nizak prag', 'Dođite kakvi jeste: bez uslova, čekanja i zahteva da prestanete.'),
    en: term('Low threshold', 'Come as you are: no conditions, waiting lists or demand to stop using.'),
  },
  medium: {
    ru: term('Средний порог', 'Нужна запись или несколько простых условий.'),
    sr: term('Srednji prag', 'Potrebno je zakazivanje ili nekoliko jednostavnih uslova.'),
    en: term('Medium threshold', 'You need an appointment or must meet a few simple conditions.'),
  },
  high: {
    ru: term('Высокий порог', 'Много условий: документы, анализы, воздержание, очередь.'),
    sr: term('Visok prag', 'Mnogo uslova: dokumenti, analize, apstinencija, lista čekanja.'),
    en: term('High threshold', 'Many conditions: documents, tests, abstinence, a waiting list.'),
  },
} as const satisfies Vocabulary;

/** Whether using the service can put a person on a state drug (narcology) register. */
export const REGISTER_RISKS = {
  no: {
    ru: term('Без постановки на учёт', 'Обращение сюда не ставит вас на наркологический учёт.'),
    sr: term('Bez upisa u registar', 'Dolazak ovde vas ne upisuje u državnu evidenciju o upotrebi droga.'),
    en: term('No register', 'Using this service does not put you on a state drug register.'),
  },
  yes: {
    ru: term('Постановка на учёт', 'Обращение может поставить вас на наркологический учёт.'),
    sr: term('Upis u registar', 'Dolazak ovde može da vas upiše u državnu evidenciju o upotrebi droga.'),
    en: term('Register', 'Using this service may put you on a state drug register.'),
  },
  unknown: {
    ru: term('Учёт: неизвестно', 'Мы не знаем, ставят ли здесь на наркологический учёт.'),
    sr: term('Registar: nepoznato', 'Ne znamo da li vas ovde upisuju u registar.'),
    en: term('Register: unknown', 'We do not know whether this service reports people to a register.'),
  },
} as const satisfies Vocabulary;

/** What a service costs. */
export const COSTS = {
  free: {
    ru: term('Бесплатно', 'Платить ничего не нужно.'),
    sr: term('Besplatno', 'Ništa ne plaćate.'),
    en: term('Free', 'You pay nothing.'),
  },
  partly_free: {
    ru: term('Частично бесплатно', 'Часть услуг бесплатна, часть — платная.'),
    sr: term('Delimično besplatno', 'Deo usluga je besplatan, deo se plaća.'),
    en: term('Partly free', 'Some services are free, others are paid.'),
  },
  paid: {
    ru: term('Платно', 'Услуги платные.'),
    sr: term('Plaća se', 'Usluge se plaćaju.'),
    en: term('Paid', 'You pay for the services.'),
  },
  unknown: {
    ru: term('Стоимость неизвестна', 'Мы не знаем, сколько это стоит.'),
    sr: term('Cena nepoznata', 'Ne znamo koliko košta.'),
    en: term('Cost unknown', 'We do not know what it costs.'),
  },
} as const satisfies Vocabulary;

/** Whether the service is running. */
export const SERVICE_STATUSES = {
  active: {
    ru: term('Работает', 'Служба работает.'),
    sr: term('Radi', 'Služba radi.'),
    en: term('Open', 'The service is running.'),
  },
  temporarily_closed: {
    ru: term('Временно закрыто', 'Служба временно не работает — см. объявление.'),
    sr: term('Privremeno zatvoreno', 'Služba privremeno ne radi — pogledajte obaveštenje.'),
    en: term('Temporarily closed', 'The service is closed for now — see the notice.'),
  },
  closed: {
    ru: term('Закрыто', 'Служба больше не работает.'),
    sr: term('Zatvoreno', 'Služba više ne radi.'),
    en: term('Closed', 'The service no longer exists.'),
  },
} as const satisfies Vocabulary;

/** How precisely the site may show where a service is. */
export const ADDRESS_VISIBILITIES = {
  public: {
    ru: term('Адрес открыт', 'Точный адрес и место на карте показаны всем.'),
    sr: term('Adresa je javna', 'Tačna adresa i mesto na mapi su vidljivi svima.'),
    en: term('Public address', 'The exact address and map position are shown.'),
  },
  approximate: {
    ru: term('Только город', 'Показывается только город — например, для приютов.'),
    sr: term('Samo grad', 'Prikazuje se samo grad — na primer za prihvatilišta.'),
    en: term('City only', 'Only the city is shown — for example for shelters.'),
  },
  on_request: {
    ru: term('Адрес по запросу', 'Адрес сообщают по телефону или в мессенджере.'),
    sr: term('Adresa na upit', 'Adresu dobijate telefonom ili porukom.'),
    en: term('Address on request', 'The address is given by phone or message.'),
  },
} as const satisfies Vocabulary;

/** Commodities checked in community-led monitoring (seed 003). */
export const COMMODITIES = {
  needles_syringes: {
    ru: term('Иглы и шприцы', 'Стерильные иглы и шприцы.'),
    sr: term('Igle i šprice', 'Sterilne igle i šprice.'),
    en: term('Needles and syringes', 'Sterile needles and syringes.'),
  },
  spoons: {
    ru: term('Ложки', 'Новые ложки или ёмкости для приготовления.'),
    sr: term('Kašičice', 'Nove kašičice ili posude za pripremu.'),
    en: term('Spoons', 'Clean spoons or cookers.'),
  },
  water_for_injection: {
    ru: term('Вода для инъекций', 'Стерильная вода в ампулах.'),
    sr: term('Voda za injekcije', 'Sterilna voda u ampulama.'),
    en: term('Water for injection', 'Sterile water in ampoules.'),
  },
  alcohol_wipes: {
    ru: term('Спиртовые салфетки', 'Салфетки для обработки кожи перед уколом.'),
    sr: term('Alkoholne maramice', 'Maramice za čišćenje kože pre uboda.'),
    en: term('Alcohol wipes', 'Wipes to clean the skin before injecting.'),
  },
  disinfectant: {
    ru: term('Дезинфицирующее средство', 'Средство для обработки рук и поверхностей.'),
    sr: term('Dezinfekciono sredstvo', 'Sredstvo za ruke i površine.'),
    en: term('Disinfectant', 'For hands and surfaces.'),
  },
  first_aid_kits: {
    ru: term('Аптечки', 'Наборы первой помощи.'),
    sr: term('Kutije prve pomoći', 'Pribor za prvu pomoć.'),
    en: term('First-aid kits', 'First-aid kits.'),
  },
  naloxone: {
    ru: term('Налоксон', 'Препарат против передозировки опиоидами.'),
    sr: term('Nalokson', 'Lek protiv predoziranja opioidima.'),
    en: term('Naloxone', 'The opioid overdose antidote.'),
  },
  condoms: {
    ru: term('Презервативы', 'Бесплатные презервативы.'),
    sr: term('Kondomi', 'Besplatni kondomi.'),
    en: term('Condoms', 'Free condoms.'),
  },
} as const satisfies Vocabulary;

/** Services checked in community-led monitoring (seed 003). */
export const MONITORED_SERVICES = {
  outreach: {
    ru: term('Аутрич', 'Сотрудники приходят туда, где находятся клиенты.'),
    sr: term('Terenski rad', 'Radnici dolaze tamo gde su klijenti.'),
    en: term('Outreach', 'Workers come to where clients are.'),
  },
  peer_to_peer: {
    ru: term('Равный-равному', 'Консультирование людьми с собственным опытом.'),
    sr: term('Vršnjak vršnjaku', 'Savetovanje od ljudi sa sopstvenim iskustvom.'),
    en: term('Peer-to-peer', 'Counselling by people with lived experience.'),
  },
  referral_to_treatment: {
    ru: term('Направление на лечение', 'Помощь попасть к врачу, на АРТ или ОЗТ.'),
    sr: term('Upućivanje na lečenje', 'Pomoć da stignete do lekara, na ART ili OST.'),
    en: term('Referral to treatment', 'Help getting to a doctor, ART or OST.'),
  },
  other_drug_treatment: {
    ru: term('Доступ к другому лечению зависимости', 'Можно ли попасть на реабилитацию и другие программы помимо ОЗТ.'),
    sr: term('Pristup drugom lečenju zavisnosti', 'Da li su dostupni rehabilitacija i drugi programi osim OST-a.'),
    en: term(
      'Access to other drug treatment',
      'Whether people can get into rehabilitation and programmes other than OST.',
    ),
  },
} as const satisfies Vocabulary;

/**
 * Everything a monitoring round can ask about: the seed's checklist of
 * commodities, then services. One vocabulary, so a questionnaire is one list.
 */
export const MONITORING_ITEMS = { ...COMMODITIES, ...MONITORED_SERVICES } as const satisfies Vocabulary;

/**
 * Which service types offer each monitoring item: a tally may only ask about
 * what the service's `types` say it offers (needles at an OST site are a
 * question for its NSP, not for the OST site).
 */
export const MONITORING_ITEM_OFFERED_BY: Record<
  keyof typeof MONITORING_ITEMS,
  readonly (keyof typeof SERVICE_TYPES)[]
> = {
  needles_syringes: ['nsp'],
  spoons: ['nsp'],
  water_for_injection: ['nsp'],
  alcohol_wipes: ['nsp'],
  disinfectant: ['nsp'],
  first_aid_kits: ['nsp'],
  naloxone: ['nsp', 'naloxone', 'ost'],
  condoms: ['nsp', 'ost', 'sti', 'hiv_testing'],
  outreach: ['nsp', 'ost', 'peer_support'],
  peer_to_peer: ['nsp', 'ost', 'peer_support'],
  referral_to_treatment: ['nsp', 'ost', 'peer_support', 'drug_treatment'],
  other_drug_treatment: ['nsp', 'ost', 'drug_treatment'],
};

/** How often a commodity or service was available, as peers reported it. */
export const AVAILABILITY = {
  always: {
    ru: term('Всегда', 'Было каждый раз.'),
    sr: term('Uvek', 'Bilo je svaki put.'),
    en: term('Always', 'Available every time.'),
  },
  sometimes: {
    ru: term('Иногда', 'Было не каждый раз.'),
    sr: term('Ponekad', 'Nije bilo svaki put.'),
    en: term('Sometimes', 'Available some of the time.'),
  },
  never: {
    ru: term('Никогда', 'Не было ни разу.'),
    sr: term('Nikad', 'Nije bilo nijednom.'),
    en: term('Never', 'Never available.'),
  },
} as const satisfies Vocabulary;

/** Areas of rights a documented case concerns. */
export const CASE_CATEGORIES = {
  health_care: {
    ru: term(
      'Доступ к медицинской помощи',
      'Отказ в лечении, АРТ, ОЗТ или неотложной помощи — или их успешное получение.',
    ),
    sr: term(
      'Pristup zdravstvenoj zaštiti',
      'Odbijanje lečenja, ART-a, OST-a ili hitne pomoći — ili njihovo uspešno ostvarivanje.',
    ),
    en: term(
      'Access to health care',
      'Refusal of treatment, ART, OST or emergency care — or successfully obtaining it.',
    ),
  },
  police_abuse: {
    ru: term(
      'Насилие и давление полиции',
      'Побои, угрозы, вымогательство или подбрасывание наркотиков сотрудниками полиции.',
    ),
    sr: term('Policijsko nasilje i pritisak', 'Policija tuče, preti, iznuđuje novac ili podmeće drogu.'),
    en: term('Police violence and pressure', 'Beatings, threats, extortion or planting of drugs by police officers.'),
  },
  detention: {
    ru: term(
      'Задержание и условия содержания',
      'Произвольное задержание, ломка без помощи в изоляторе, условия в тюрьме.',
    ),
    sr: term(
      'Pritvor i uslovi zadržavanja',
      'Samovoljno zadržavanje, apstinencijalna kriza bez pomoći u pritvoru, uslovi u zatvoru.',
    ),
    en: term(
      'Detention and its conditions',
      'Arbitrary detention, withdrawal without care in custody, prison conditions.',
    ),
  },
  confidentiality: {
    ru: term('Конфиденциальность', 'Разглашение диагноза, учёта или употребления работодателю, семье, полиции.'),
    sr: term(
      'Poverljivost podataka',
      'Otkrivanje dijagnoze, upisa u registar ili upotrebe droga poslodavcu, porodici, policiji.',
    ),
    en: term(
      'Confidentiality',
      'Disclosure of a diagnosis, register status or drug use to an employer, family or police.',
    ),
  },
  discrimination: {
    ru: term('Дискриминация', 'Худшее обращение из-за употребления наркотиков, ВИЧ-статуса или учёта.'),
    sr: term('Diskriminacija', 'Lošiji tretman zbog upotrebe droga, HIV statusa ili upisa u registar.'),
    en: term('Discrimination', 'Worse treatment because of drug use, HIV status or being on a register.'),
  },
  work_and_housing: {
    ru: term('Работа и жильё', 'Увольнение, отказ в найме или выселение.'),
    sr: term('Posao i stanovanje', 'Otpuštanje, odbijanje zaposlenja ili iseljenje.'),
    en: term('Work and housing', 'Dismissal, refusal of a job, or eviction.'),
  },
  family_rights: {
    ru: term('Семья и дети', 'Лишение родительских прав или угрозы этим.'),
    sr: term('Porodica i deca', 'Oduzimanje roditeljskog prava ili pretnje time.'),
    en: term('Family and children', 'Removal of parental rights, or threats of it.'),
  },
  fair_trial: {
    ru: term('Справедливый суд', 'Нет адвоката, признание под давлением, наказание несоразмерно.'),
    sr: term('Pravično suđenje', 'Bez advokata, priznanje pod pritiskom, nesrazmerna kazna.'),
    en: term('Fair trial', 'No lawyer, a confession under pressure, a disproportionate sentence.'),
  },
} as const satisfies Vocabulary;

/** Whether a case records a violation or the successful realisation of a right. */
export const CASE_KINDS = {
  violation: {
    ru: term('Нарушение', 'Право человека было нарушено.'),
    sr: term('Kršenje', 'Pravo osobe je prekršeno.'),
    en: term('Violation', 'A person’s right was violated.'),
  },
  realisation: {
    ru: term('Успешная защита', 'Человек смог добиться своего права.'),
    sr: term('Uspešna zaštita', 'Osoba je uspela da ostvari svoje pravo.'),
    en: term('Right realised', 'A person succeeded in securing their right.'),
  },
} as const satisfies Vocabulary;

/** Who violated the right (or was made to respect it). */
export const PERPETRATORS = {
  police: {
    ru: term('Полиция', 'Сотрудники полиции или наркоконтроля.'),
    sr: term('Policija', 'Policijski službenici.'),
    en: term('Police', 'Police or drug-control officers.'),
  },
  health_worker: {
    ru: term('Медицинский работник', 'Врачи, медсёстры, администрация больницы.'),
    sr: term('Zdravstveni radnik', 'Lekari, medicinske sestre, uprava bolnice.'),
    en: term('Health worker', 'Doctors, nurses, hospital management.'),
  },
  prison_staff: {
    ru: term('Сотрудники мест заключения', 'Персонал тюрьмы или изолятора.'),
    sr: term('Zatvorsko osoblje', 'Osoblje zatvora ili pritvora.'),
    en: term('Prison staff', 'Prison or detention staff.'),
  },
  court: {
    ru: term('Суд или прокуратура', 'Судьи, прокуроры, следователи.'),
    sr: term('Sud ili tužilaštvo', 'Sudije, tužioci, istražitelji.'),
    en: term('Court or prosecution', 'Judges, prosecutors, investigators.'),
  },
  social_services: {
    ru: term('Социальные службы', 'Органы опеки, социальной защиты.'),
    sr: term('Socijalne službe', 'Centri za socijalni rad, starateljstvo.'),
    en: term('Social services', 'Child protection and social welfare bodies.'),
  },
  employer: {
    ru: term('Работодатель', 'Работодатель или учебное заведение.'),
    sr: term('Poslodavac', 'Poslodavac ili škola.'),
    en: term('Employer', 'An employer or a school.'),
  },
  other: {
    ru: term('Другое', 'Другой человек или организация.'),
    sr: term('Drugo', 'Druga osoba ili organizacija.'),
    en: term('Other', 'Another person or organisation.'),
  },
} as const satisfies Vocabulary;

/** What was done about a case. */
export const CASE_ACTIONS = {
  complaint: {
    ru: term('Жалоба', 'Письменная жалоба руководству, в прокуратуру или омбудсмену.'),
    sr: term('Pritužba', 'Pisana pritužba rukovodstvu, tužilaštvu ili zaštitniku građana.'),
    en: term('Complaint', 'A written complaint to management, a prosecutor or an ombudsperson.'),
  },
  court: {
    ru: term('Суд', 'Иск или защита в суде.'),
    sr: term('Sud', 'Tužba ili odbrana na sudu.'),
    en: term('Court', 'A lawsuit or a defence in court.'),
  },
  media: {
    ru: term('СМИ', 'Публикация в средствах массовой информации.'),
    sr: term('Mediji', 'Objava u medijima.'),
    en: term('Media', 'Coverage in the media.'),
  },
  mediation: {
    ru: term('Переговоры', 'Разговор с учреждением при участии сети или юриста.'),
    sr: term('Posredovanje', 'Razgovor sa ustanovom uz pomoć mreže ili pravnika.'),
    en: term('Mediation', 'Talks with the institution, with the network or a lawyer.'),
  },
  none: {
    ru: term('Без действий', 'Человек решил ничего не предпринимать.'),
    sr: term('Bez koraka', 'Osoba je odlučila da ništa ne preduzima.'),
    en: term('No action', 'The person chose not to act.'),
  },
} as const satisfies Vocabulary;

/** Where a case stands. */
export const CASE_OUTCOMES = {
  redress: {
    ru: term('Право восстановлено', 'Нарушение прекращено или возмещено.'),
    sr: term('Pravo ostvareno', 'Kršenje je prekinuto ili nadoknađeno.'),
    en: term('Redress', 'The violation was stopped or remedied.'),
  },
  partial: {
    ru: term('Частично', 'Удалось добиться части того, что требовалось.'),
    sr: term('Delimično', 'Ostvaren je deo onoga što je traženo.'),
    en: term('Partial redress', 'Part of what was sought was achieved.'),
  },
  no_redress: {
    ru: term('Без результата', 'Восстановить право не удалось.'),
    sr: term('Bez rezultata', 'Pravo nije ostvareno.'),
    en: term('No redress', 'The right was not restored.'),
  },
  pending: {
    ru: term('В процессе', 'Дело ещё не завершено.'),
    sr: term('U toku', 'Slučaj još traje.'),
    en: term('Pending', 'The case is still open.'),
  },
} as const satisfies Vocabulary;

/** Topics of the network's position statements. */
export const STATEMENT_TOPICS = {
  stigma: {
    ru: term('Стигма', 'Ярлыки и предрассудки в отношении людей, употребляющих наркотики.'),
    sr: term('Stigma', 'Etiketiranje i predrasude prema ljudima koji koriste droge.'),
    en: term('Stigma', 'Labels and prejudice against people who use drugs.'),
  },
  ost: {
    ru: term('Заместительная терапия', 'Доступ к ОЗТ и её качество.'),
    sr: term('Supstituciona terapija', 'Dostupnost i kvalitet OST-a.'),
    en: term('Substitution therapy', 'Access to OST and its quality.'),
  },
  hiv: {
    ru: term('ВИЧ', 'Профилактика, тестирование и лечение ВИЧ.'),
    sr: term('HIV', 'Prevencija, testiranje i lečenje HIV-a.'),
    en: term('HIV', 'HIV prevention, testing and treatment.'),
  },
  harm_reduction: {
    ru: term('Снижение вреда', 'Программы снижения вреда и их финансирование.'),
    sr: term('Smanjenje štete', 'Programi smanjenja štete i njihovo finansiranje.'),
    en: term('Harm reduction', 'Harm-reduction programmes and their funding.'),
  },
  drug_policy: {
    ru: term('Наркополитика', 'Законы и государственная политика в отношении наркотиков.'),
    sr: term('Politika o drogama', 'Zakoni i državna politika o drogama.'),
    en: term('Drug policy', 'Drug laws and state policy.'),
  },
  human_rights: {
    ru: term('Права человека', 'Права людей, употребляющих наркотики.'),
    sr: term('Ljudska prava', 'Prava ljudi koji koriste droge.'),
    en: term('Human rights', 'The rights of people who use drugs.'),
  },
  community: {
    ru: term('Сообщество', 'Мобилизация и участие сообщества.'),
    sr: term('Zajednica', 'Mobilizacija i učešće zajednice.'),
    en: term('Community', 'Community mobilisation and participation.'),
  },
} as const satisfies Vocabulary;

/** Kinds of event: a day or a recurring meeting where people can get help or learn something. */
export const EVENT_KINDS = {
  service_fair: {
    ru: term(
      'Ярмарка услуг',
      'В одном месте в один день собираются разные службы: консультируют и выдают направления.',
    ),
    sr: term('Sajam usluga', 'Različite službe su jednog dana na jednom mestu: savetuju i daju uputnice.'),
    en: term('Service fair', 'Several services in one place on one day, giving advice and referrals.'),
  },
  outreach: {
    ru: term(
      'Выездная работа',
      'Сотрудники или равные консультанты приходят туда, где находятся люди, — на улицу, в район.',
    ),
    sr: term('Terenski rad', 'Radnici ili vršnjački savetnici dolaze tamo gde su ljudi — na ulicu, u naselje.'),
    en: term('Outreach day', 'Workers or peers come to where people are — the street, a neighbourhood.'),
  },
  testing_day: {
    ru: term('День тестирования', 'Быстрые тесты на ВИЧ, гепатиты или другие инфекции, часто в передвижном пункте.'),
    sr: term('Dan testiranja', 'Brzi testovi na HIV, hepatitise ili druge infekcije, često u mobilnoj jedinici.'),
    en: term('Testing day', 'Rapid tests for HIV, hepatitis or other infections, often from a mobile unit.'),
  },
  training: {
    ru: term('Обучение', 'Занятие, где учат чему-то полезному, например как применять налоксон при передозировке.'),
    sr: term('Obuka', 'Čas na kojem se uči nešto korisno, na primer kako dati nalokson kod predoziranja.'),
    en: term('Training', 'A session where you learn something useful, such as giving naloxone in an overdose.'),
  },
  community_meeting: {
    ru: term(
      'Встреча сообщества',
      'Встреча людей, употребляющих наркотики, и их союзников: обсудить, поддержать друг друга.',
    ),
    sr: term(
      'Sastanak zajednice',
      'Sastanak ljudi koji koriste droge i njihovih saveznika: razgovor i međusobna podrška.',
    ),
    en: term(
      'Community meeting',
      'A meeting of people who use drugs and their allies, to talk and support each other.',
    ),
  },
  court_support: {
    ru: term(
      'Поддержка в суде',
      'Юристы или равные консультанты сопровождают людей на заседания и консультируют по делам.',
    ),
    sr: term('Podrška na sudu', 'Pravnici ili vršnjački savetnici prate ljude na ročišta i savetuju o predmetima.'),
    en: term('Court support day', 'Lawyers or peers go with people to hearings and give advice on their cases.'),
  },
} as const satisfies Vocabulary;

/** Whether an event still takes place. */
export const EVENT_STATUSES = {
  scheduled: {
    ru: term('Запланировано', 'Событие должно пройти, как указано.'),
    sr: term('Zakazano', 'Događaj treba da se održi kako je navedeno.'),
    en: term('Scheduled', 'The event is expected to take place as described.'),
  },
  cancelled: {
    ru: term('Отменено', 'Событие отменено — см. объявление.'),
    sr: term('Otkazano', 'Događaj je otkazan — pogledajte obaveštenje.'),
    en: term('Cancelled', 'The event has been called off — see the notice.'),
  },
  ended: {
    ru: term('Больше не проводится', 'Событие больше не повторяется.'),
    sr: term('Više se ne održava', 'Događaj se više ne ponavlja.'),
    en: term('Ended', 'The event no longer takes place.'),
  },
} as const satisfies Vocabulary;

/** Kinds of country-level help lines: the nearest human when a service lists no contact. */
export const HELP_LINE_KINDS = {
  emergency: {
    ru: term('Скорая помощь', 'При передозировке и любой угрозе жизни звоните сразу.'),
    sr: term('Hitna pomoć', 'Kod predoziranja i svake opasnosti po život zovite odmah.'),
    en: term('Ambulance', 'For an overdose or any danger to life, call at once.'),
  },
  hiv: {
    ru: term('Горячая линия по ВИЧ', 'Вопросы о тестах, лечении и правах людей с ВИЧ.'),
    sr: term('Linija za HIV', 'Pitanja o testiranju, lečenju i pravima osoba sa HIV-om.'),
    en: term('HIV help line', 'Questions about testing, treatment and the rights of people with HIV.'),
  },
  harm_reduction: {
    ru: term('Снижение вреда', 'Где взять шприцы, налоксон, как попасть на заместительную терапию.'),
    sr: term('Smanjenje štete', 'Gde dobiti špriceve, nalokson, kako do supstitucione terapije.'),
    en: term('Harm reduction', 'Where to get syringes and naloxone, how to start substitution therapy.'),
  },
  overdose: {
    ru: term('Передозировка', 'Что делать при передозировке, пока едет скорая.'),
    sr: term('Predoziranje', 'Šta raditi kod predoziranja dok ne stigne hitna pomoć.'),
    en: term('Overdose', 'What to do in an overdose while the ambulance is on its way.'),
  },
  legal_aid: {
    ru: term('Юридическая помощь', 'Задержание, обыск, отказ в лечении: бесплатная консультация юриста.'),
    sr: term('Pravna pomoć', 'Hapšenje, pretres, odbijanje lečenja: besplatan savet pravnika.'),
    en: term('Legal aid', 'Arrest, search, refused treatment: free advice from a lawyer.'),
  },
  network: {
    ru: term('Сеть в этой стране', 'Люди из сообщества, которые подскажут, куда обратиться.'),
    sr: term('Mreža u ovoj zemlji', 'Ljudi iz zajednice koji će vam reći kome da se obratite.'),
    en: term('The network in this country', 'People from the community who can tell you where to turn.'),
  },
} as const satisfies Vocabulary;
/** Messaging apps a service can be reached through. */
export const MESSENGERS = ['telegram', 'whatsapp', 'viber', 'signal'] as const;

/** Medicines used for opioid substitution therapy. */
export const OST_MEDICINES = ['methadone', 'buprenorphine', 'buprenorphine_naloxone', 'morphine'] as const;

/** The keys of a vocabulary, as a non-empty tuple for `z.enum`. */
export function keysOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** Every vocabulary by name, for the documentation page and the completeness test. */
export const VOCABULARIES = {
  service_types: SERVICE_TYPES,
  audiences: AUDIENCES,
  documents: DOCUMENTS,
  thresholds: THRESHOLDS,
  register_risks: REGISTER_RISKS,
  costs: COSTS,
  service_statuses: SERVICE_STATUSES,
  address_visibilities: ADDRESS_VISIBILITIES,
  commodities: COMMODITIES,
  monitored_services: MONITORED_SERVICES,
  monitoring_items: MONITORING_ITEMS,
  availability: AVAILABILITY,
  help_line_kinds: HELP_LINE_KINDS,
  case_categories: CASE_CATEGORIES,
  case_kinds: CASE_KINDS,
  perpetrators: PERPETRATORS,
  case_actions: CASE_ACTIONS,
  case_outcomes: CASE_OUTCOMES,
  statement_topics: STATEMENT_TOPICS,
  event_kinds: EVENT_KINDS,
  event_statuses: EVENT_STATUSES,
} as const satisfies Record<string, Vocabulary>;
