import { describe, expect, it } from 'vitest';
import { DIGRAPH_EXCEPTIONS, serbianToCyrillic, serbianToLatin } from '../../src/lib/transliterate';

describe('serbianToCyrillic', () => {
  it('writes every letter of Gaj’s Latin alphabet in Vuk’s Cyrillic', () => {
    expect(serbianToCyrillic('abcčćddžđefghijklljmnnjoprsštuvzž')).toBe('абцчћдџђефгхијклљмнњопрсштувзж');
    expect(serbianToCyrillic('ABCČĆDDŽĐEFGHIJKLLJMNNJOPRSŠTUVZŽ')).toBe('АБЦЧЋДЏЂЕФГХИЈКЛЉМНЊОПРСШТУВЗЖ');
  });

  it('turns lj, nj and dž into one letter, whatever their case', () => {
    expect(serbianToCyrillic('ljubav njegov džep')).toBe('љубав његов џеп');
    expect(serbianToCyrillic('Ljubav Njegov Džep')).toBe('Љубав Његов Џеп');
    expect(serbianToCyrillic('LJUBAV NJEGOV DŽEP')).toBe('ЉУБАВ ЊЕГОВ ЏЕП');
    expect(serbianToCyrillic('Ljubljana, konj, svinja, vožnja')).toBe('Љубљана, коњ, свиња, вожња');
  });

  it('reads a decomposed caron (z + ◌̌) like a precomposed ž', () => {
    expect(serbianToCyrillic('dz\u030Cep')).toBe('џеп');
  });

  it('keeps l+j, n+j and d+ž apart where a prefix meets a stem', () => {
    expect(serbianToCyrillic('injekcija injekcije')).toBe('инјекција инјекције');
    expect(serbianToCyrillic('konjunkcija konjunktura konjugacija')).toBe('конјункција конјунктура конјугација');
    expect(serbianToCyrillic('vanjezički')).toBe('ванјезички');
    expect(serbianToCyrillic('nadživeti nadživela')).toBe('надживети надживела');
    expect(serbianToCyrillic('odžvakati podžanr podželudačna')).toBe('оджвакати поджанр поджелудачна');
    expect(serbianToCyrillic('Injekcioni pribor')).toBe('Инјекциони прибор');
  });

  it('does not treat words that merely look like an exception as one', () => {
    // odžak (chimney) and nadžak (a mace) have a real џ; konj (horse) a real њ
    expect(serbianToCyrillic('odžak nadžak konj konjski')).toBe('оџак наџак коњ коњски');
  });

  it('lists every exception with exactly one boundary before the split digraph', () => {
    for (const entry of DIGRAPH_EXCEPTIONS) {
      const [prefix, stem] = entry.split('|');
      expect(entry.split('|')).toHaveLength(2);
      const pair = `${prefix!.slice(-1)}${stem!.charAt(0)}`;
      expect(['lj', 'nj', 'dž'], entry).toContain(pair);
    }
  });

  it('keeps web and e-mail addresses, paths and code-like tokens in Latin', () => {
    expect(serbianToCyrillic('Pišite na info@primer.org ili posetite https://primer.org/sr/usluge.')).toBe(
      'Пишите на info@primer.org или посетите https://primer.org/sr/usluge.',
    );
    expect(serbianToCyrillic('Sajt www.re-generacija.org i fajl content/services/rs/beograd.yaml')).toBe(
      'Сајт www.re-generacija.org и фајл content/services/rs/beograd.yaml',
    );
    expect(serbianToCyrillic('Otvoreno 24h, format A4, verzija v2')).toBe('Отворено 24h, формат A4, верзија v2');
  });

  it('keeps code in backticks as it must be typed: an example of a Latin id stays Latin', () => {
    expect(serbianToCyrillic('oznaka od malih latiničnih slova, npr. `belgrade-drop-in`')).toBe(
      'ознака од малих латиничних слова, нпр. `belgrade-drop-in`',
    );
    expect(serbianToCyrillic('npr. `belgrade-drop-in`.')).toBe('нпр. `belgrade-drop-in`.');
  });

  it('keeps placeholders of message templates, so they can still be filled', () => {
    expect(serbianToCyrillic('očekivano {expected}, dobijeno {got}; ukupno {{count}}')).toBe(
      'очекивано {expected}, добијено {got}; укупно {{count}}',
    );
  });

  it('spells Serbian abbreviations in Cyrillic but keeps international acronyms and brand names', () => {
    expect(serbianToCyrillic('Testiranje na HIV, lečenje HIV-a, OST i NVO')).toBe(
      'Тестирање на ХИВ, лечење ХИВ-а, ОСТ и НВО',
    );
    expect(serbianToCyrillic('ENPUD i UNODC, PDF')).toBe('ENPUD и UNODC, PDF');
    expect(serbianToCyrillic('Pišite na WhatsApp ili Viber, karta OpenStreetMap')).toBe(
      'Пишите на WhatsApp или Вибер, карта OpenStreetMap',
    );
  });

  it('keeps foreign words with letters Serbian does not use', () => {
    expect(serbianToCyrillic('Wi-Fi, XXI vek, Yoga')).toBe('Wi-Fi, XXI век, Yoga');
  });

  it('writes words in capitals that carry Serbian letters, however long', () => {
    expect(serbianToCyrillic('VAŽNO: UPOZORENJE')).toBe('ВАЖНО: УПОЗОРЕЊЕ');
  });

  it('leaves Cyrillic, digits and punctuation untouched', () => {
    expect(serbianToCyrillic('Москва — 12:30, „citat”')).toBe('Москва — 12:30, „цитат”');
  });
});

describe('serbianToLatin', () => {
  it('spells every Serbian Cyrillic letter in Latin, digraphs included', () => {
    expect(serbianToLatin('Њего Љубав Џеп ђак ћуфте чачак шабац жена')).toBe(
      'Njego Ljubav Džep đak ćufte čačak šabac žena',
    );
  });

  it('writes capital digraphs in capitals inside a word in capitals', () => {
    expect(serbianToLatin('ЉУБАВ ПРИЈАТЕЉ ЏЕП')).toBe('LJUBAV PRIJATELJ DŽEP');
    expect(serbianToLatin('Љ')).toBe('Lj');
  });

  it('undoes serbianToCyrillic for ordinary Serbian text', () => {
    const text = 'Program zamene igala i šprica, Beograd, Novi Sad — džep, ljudi, njihov, injekcija, nadživeti';
    expect(serbianToLatin(serbianToCyrillic(text))).toBe(text);
  });

  it('leaves Latin text, digits and Russian-only letters alone', () => {
    expect(serbianToLatin('Savetovalište 24/7, HIV-test')).toBe('Savetovalište 24/7, HIV-test');
    expect(serbianToLatin('ы э')).toBe('ы э');
  });
});
