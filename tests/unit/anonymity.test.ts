import { describe, expect, it } from 'vitest';
import { findPersonalData, mask, type PersonalDataKind } from '../../src/schemas/anonymity';

/** Personal data written the way contributors write it, per kind and language. */
const TRUE_POSITIVES: Record<PersonalDataKind, Record<'ru' | 'sr-Latn' | 'sr-Cyrl' | 'en', string[]>> = {
  email: {
    ru: ['Связаться с ним можно по адресу ivan.petrov@mail.ru в любое время.'],
    'sr-Latn': ['Pisala je na marko.markovic@gmail.com posle saslušanja.'],
    'sr-Cyrl': ['Писала је на адресу пример@пошта.срб после саслушања.'],
    en: ['He can be reached at j.smith+cases@example.org if needed.'],
  },
  phone: {
    ru: ['Позвонить ему: +7 (916) 123-45-67.', 'Номер 8 029 123 45 67 был указан в протоколе.'],
    'sr-Latn': ['Njen broj je 063/123-4567, javite se.', 'Pozovite +381 63 1234567 posle podne.'],
    'sr-Cyrl': ['Њен број је 064 123 45 67, јавите се.'],
    en: ['Call him on +44 20 7946 0958 after six.', 'His mobile, 0791 234 5678, was taken.'],
  },
  handle: {
    ru: ['Потом она писала ему в телеграм @ivan_petrov_85 каждый день.', 'Его канал: t.me/ivanpetrov, там всё видно.'],
    'sr-Latn': ['Javila se preko Instagrama @marija.m92 posle saslušanja.', 'Profil: https://vk.com/marija.markovic'],
    'sr-Cyrl': ['Писао му је на Телеграм @marko_bg сваки дан.', 'Линк: wa.me/381601234567'],
    en: ['She messaged the officer at @officer_j.smith afterwards.', 'See facebook.com/john.smith.1990 for the posts.'],
  },
  initials: {
    ru: ['Заявление принял участковый Петров И. И., он отказал.', 'Врач И.И. Сидорова не стала слушать.'],
    'sr-Latn': ['Prijavu je primio inspektor Petrović M. i odbio je.', 'Lekarka M. Jovanović je odbila prijem.'],
    'sr-Cyrl': ['Пријаву је примио инспектор Петровић М. и одбио је.', 'Лекарка М. Јовановић је одбила пријем.'],
    en: ['The report was taken by Officer Smith J. at the desk.', 'Dr J. Smith refused to see him.'],
  },
  id_number: {
    ru: [
      'У него изъяли паспорт МР 1234567.',
      'паспорт серии 4509 № 123456 остался в отделе',
      'ИНН 500100732259 указан в деле.',
    ],
    'sr-Latn': ['Broj lične karte 004512345 je upisan u zapisnik.', 'JMBG 0101990710123 je bio na spisku.'],
    'sr-Cyrl': ['ЈМБГ 0101990710123 је био на списку.', 'пасош бр. 012345678 је задржан'],
    en: ['Her passport number AB1234567 was copied.', 'The ID card 4509 123456 was kept by the officers.'],
  },
  street_address: {
    ru: [
      'Его задержали возле дома на ул. Ленина, д. 5.',
      'Это случилось на улице 8 Марта, 12.',
      'Клиника на проспекте Мира 101.',
    ],
    'sr-Latn': [
      'Priveden je ispred zgrade u ulici Njegoševa 12.',
      'Stan je na Bulevaru oslobođenja 45.',
      'Živi u ulici kralja Petra 7a.',
    ],
    'sr-Cyrl': ['Приведен је у улици Немањина 4.', 'На Булевару ослобођења 45 је чекао.'],
    en: ['She was stopped outside 12 Baker Street.', 'The raid was at 221b Baker Street.'],
  },
  birth_date: {
    ru: [
      'Мужчина, 1987 г.р., был задержан.',
      'Женщина 1990 года рождения обратилась в сеть.',
      'Родился 12.03.1987 в небольшом городе.',
    ],
    'sr-Latn': [
      'Muškarac, godište 1985, priveden je.',
      'Rođena 12. marta 1990. u manjem gradu.',
      'datum rođenja: 01.01.1990',
    ],
    'sr-Cyrl': ['Рођен 12.03.1987 у мањем граду.', 'Датум рођења 1990-01-01 је у записнику.'],
    en: ['A man born in 1987 was detained.', 'Date of birth: 12 March 1987.', 'DOB 1990-01-01 on the form.'],
  },
  exact_date: {
    ru: ['Его задержали 12.03.2024 вечером.', 'Это случилось 5 мая, в пятницу.', '12 марта 2024 года её не приняли.'],
    'sr-Latn': [
      'Priveden je 12. marta 2024. uveče.',
      'To se desilo 5. maja, u petak.',
      'Saslušanje je bilo 03.04.2024.',
    ],
    'sr-Cyrl': ['Приведен је 12. марта 2024. увече.', 'То се десило 5. маја, у петак.'],
    en: [
      'He was detained on 12 March 2024.',
      'On March 12, 2024 she was refused.',
      'It happened on 5 May in the evening.',
      'The hearing was on 2024-03-12.',
    ],
  },
};

/** Ordinary prose of case summaries and statements that must pass. */
const ORDINARY_PROSE: Record<'ru' | 'sr-Latn' | 'sr-Cyrl' | 'en', string[]> = {
  ru: [
    'В 2019 году 35 человек обратились за помощью.',
    'Его обвинили по части 2 статьи 228 УК РФ.',
    'Дело возбуждено по ст. 228.1 УК.',
    'Тираж 1 000 экземпляров разошёлся за месяц.',
    'Штраф составил 1 500 000 рублей.',
    'Только 45% клиентов получили налоксон; 12 % — ничего.',
    'В 36 городах опросили 2 243 клиента ПОШ и около 1000 клиентов ОЗТ.',
    'Его задержали на улице, когда он шёл в аптеку.',
    'На улице стояли 3 сотрудника полиции.',
    'В марте 2024 года ей отказали в приёме.',
    'Стратегия на 2015–2018 годы и план на 2019-2020.',
    'За 12 месяцев сеть задокументировала 14 случаев.',
    'В отделе его продержали 48 часов без врача.',
  ],
  'sr-Latn': [
    'U 2019. godini 35 ljudi je zatražilo pomoć.',
    'Optužen je po članu 246 Krivičnog zakonika.',
    'Na ulici 5 ljudi je čekalo u redu.',
    'Ulica je bila prazna kada je priveden.',
    'Kazna je iznosila 30 000 dinara.',
    'Samo 45% korisnika je dobilo nalokson.',
    'U martu 2024. godine odbijen mu je prijem.',
    'Projekat traje od 2018. do 2020. godine, u 12 gradova.',
    'Zabeleženo je 14 slučajeva za 12 meseci.',
  ],
  'sr-Cyrl': [
    'У 2019. години 35 људи је затражило помоћ.',
    'Оптужен је по члану 246 Кривичног законика.',
    'На улици је чекало 5 људи.',
    'Казна је износила 30 000 динара.',
    'У марту 2024. године одбијен му је пријем.',
  ],
  en: [
    'In 2019, 35 people asked for help.',
    'He was charged under Article 228 of the Criminal Code.',
    'A print run of 1,000 copies; 2,243 clients surveyed in 36 cities.',
    'The street was empty when he was stopped.',
    'On the street 3 officers stopped him.',
    'The fine was 150 000 roubles, or about 45% of a yearly income.',
    'In March 2024 she was refused an appointment.',
    'The strategy for 2015–2018 and the plan for 2019-2020.',
    'Of those, 5 may still be waiting for treatment.',
    'The network documented 14 cases in 12 months.',
    'Passport checks took place in May 2024.',
  ],
};

describe('personal data in case text', () => {
  for (const [kind, languages] of Object.entries(TRUE_POSITIVES)) {
    for (const [language, texts] of Object.entries(languages)) {
      for (const text of texts) {
        it(`finds ${kind} in ${language}: ${text}`, () => {
          expect(findPersonalData(text).map((finding) => finding.kind)).toContain(kind);
        });
      }
    }
  }

  for (const [language, texts] of Object.entries(ORDINARY_PROSE)) {
    for (const text of texts) {
      it(`leaves ordinary ${language} prose alone: ${text}`, () => {
        expect(findPersonalData(text)).toEqual([]);
      });
    }
  }

  it('allows exact dates when the case itself is dated to the day, but never dates of birth', () => {
    const text = 'Задержан 12.03.2024; 1987 г.р.';
    expect(findPersonalData(text).map((finding) => finding.kind)).toEqual(['exact_date', 'birth_date']);
    expect(findPersonalData(text, { precision: 'day' }).map((finding) => finding.kind)).toEqual(['birth_date']);
  });

  it('points at where each finding starts', () => {
    const text = 'Call +375 29 123 45 67 or write to a.b@example.org';
    const findings = findPersonalData(text);
    expect(findings.map((finding) => text.slice(finding.index, finding.index + 2))).toEqual(['+3', 'a.']);
  });
});

describe('masking', () => {
  const fragments = Object.values(TRUE_POSITIVES).flatMap((languages) => Object.values(languages).flat());

  it('never repeats the fragment it reports', () => {
    for (const text of fragments) {
      for (const finding of findPersonalData(text)) {
        const original = text.slice(finding.index, finding.index + finding.masked.length);
        expect(finding.masked).not.toBe(original);
        // Only the first two characters survive; every later letter or digit is hidden.
        expect(finding.masked.slice(2)).not.toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('keeps the shape of the fragment', () => {
    expect(mask('+375 29 123')).toBe('+3•• •• •••');
    expect(mask('  ab@cd.ef ')).toBe('ab@••.••');
  });
});
