/**
 * The network's glossary: for each idea, the word we use in each language,
 * the words we do not use, and why. One source of truth for three readers:
 * the contributing guide shows it, tests/unit/glossary.test.ts scans the UI
 * strings, vocabularies and content with it, and reviewers point to it.
 *
 * Avoided words are written as patterns so that one entry covers every
 * inflection («наркоман», «наркоманы», «наркоманов»; „zavisnik”, „zavisnika”,
 * „zavisnici”). Patterns use the `u` flag and look for letters, not `\b`,
 * because `\b` does not know Cyrillic letters.
 */
import type { Locale } from './locales';

/** One avoided word: how the guide shows it and the pattern that finds it. */
export interface AvoidedTerm {
  /** The word as a contributor would recognise it, e.g. «наркоманы». */
  readonly words: string;
  /** Matches the word in every inflection (case-insensitive). */
  readonly pattern: RegExp;
}

/** What one language says for one idea. */
export interface GlossaryTerm {
  /** The word to use. */
  readonly prefer: string;
  /** Words not to use in the site's own voice. */
  readonly avoid: readonly AvoidedTerm[];
  /** Why, in the language itself, for the contributor who asks. */
  readonly why: string;
}

/** One idea in the three languages. */
export interface GlossaryEntry {
  readonly id: string;
  readonly terms: Readonly<Record<Locale, GlossaryTerm>>;
}

/** A letter that may not touch the word from outside (Latin or Cyrillic). */
const NOT_LETTER_BEFORE = '(?<!\\p{L})';

/** An avoided word; `source` is a pattern that is matched as a whole word start. */
function avoid(words: string, source: string): AvoidedTerm {
  return { words, pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:${source})`, 'giu') };
}

/** The glossary, in the order the contributing guide shows it. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'people-who-use-drugs',
    terms: {
      ru: {
        prefer: 'люди, употребляющие наркотики (ЛУН)',
        avoid: [
          avoid('наркоманы, наркоманка', 'наркоман(?!и[яиюей](?!\\p{L}))\\p{L}*'),
          avoid('наркозависимые', 'наркозависим(?!ост)\\p{L}*'),
          avoid('зависимые, созависимые', '(?:со)?зависим(?:ый|ые|ых|ым|ыми|ого|ому|ая|ой|ую)(?!\\p{L})'),
          avoid('наркопотребители', 'наркопотребител\\p{L}*'),
          avoid('потребители наркотиков', 'потребител\\p{L}*\\s+(?:инъекционных\\s+)?наркотик\\p{L}*'),
          avoid(
            'нарик, торчок, наркоша',
            'нарик(?:и|ов|ам|ами|а|у)?(?!\\p{L})|торч(?:ок|к[аиуе]|ков|кам|ками)(?!\\p{L})|наркош\\p{L}*',
          ),
        ],
        why: 'Сначала человек, потом то, что он делает. Ярлык сводит человека к употреблению и оправдывает плохое обращение с ним.',
      },
      sr: {
        prefer: 'osobe koje koriste droge (ljudi koji koriste droge)',
        avoid: [
          avoid('zavisnik, zavisnici', 'zavisni[kc]\\p{L}*'),
          avoid('narkoman, narkomani', 'narkoman(?!ij)\\p{L}*'),
          avoid('ovisnik (hrvatski)', 'ovisni[kc]\\p{L}*'),
          avoid('korisnici droga', 'korisni\\p{L}*\\s+(?:droga|droge|narkotika)(?!\\p{L})'),
          avoid('uživaoci droga', 'uživa(?:lac|oci|oca|ocima|laca)\\s+drog\\p{L}*'),
          avoid('drogeraš', 'drogera[šs]\\p{L}*'),
        ],
        why: 'Prvo osoba, pa ono što radi. Etiketa svodi čoveka na upotrebu droga i opravdava loš odnos prema njemu.',
      },
      en: {
        prefer: 'people who use drugs',
        avoid: [
          avoid('addict, addicts', 'addicts?(?!\\p{L})'),
          avoid('junkie', 'junk(?:ie|ies|y)(?!\\p{L})'),
          avoid('drug user, drug abuser', 'drug\\s+(?:ab)?users?(?!\\p{L})'),
          avoid('IDU', 'IDUs?(?!\\p{L})'),
        ],
        why: 'The person first, then what they do. A label reduces someone to their drug use and excuses treating them badly.',
      },
    },
  },
  {
    id: 'drug-dependence',
    terms: {
      ru: {
        prefer: 'зависимость от наркотиков, употребление наркотиков',
        avoid: [
          avoid('наркомания', 'наркомани[яиюей](?!\\p{L})'),
          avoid('наркозависимость', 'наркозависимост\\p{L}*'),
          avoid('злоупотребление наркотиками', 'злоупотреблени\\p{L}*\\s+(?:наркотик|психоактивн)\\p{L}*'),
        ],
        why: '«Наркомания» и «злоупотребление» — оценка, а не описание. Зависимость — медицинское состояние, а употребление не всегда зависимость.',
      },
      sr: {
        prefer: 'zavisnost od droga, upotreba droga',
        avoid: [
          avoid('narkomanija', 'narkomanij\\p{L}*'),
          avoid('zloupotreba droga', 'zloupotreb\\p{L}*\\s+(?:droga|droge|narkotika|psihoaktivnih)(?!\\p{L})'),
        ],
        why: '„Narkomanija” i „zloupotreba” su osuda, a ne opis. Zavisnost je zdravstveno stanje, a upotreba nije uvek zavisnost.',
      },
      en: {
        prefer: 'drug dependence, drug use',
        avoid: [avoid('drug abuse, substance abuse', '(?:drug|substance)\\s+abuse(?!\\p{L})')],
        why: '"Abuse" is a moral verdict, not a description. Dependence is a health condition, and use is not always dependence.',
      },
    },
  },
  {
    id: 'opioid-substitution-therapy',
    terms: {
      ru: {
        prefer: 'опиоидная заместительная терапия (ОЗТ)',
        avoid: [avoid('заменительная, замещающая терапия', '(?:заменительн|замещающ)\\p{L}*\\s+терапи\\p{L}*')],
        why: 'Устоявшийся медицинский термин — «заместительная». Это лечение, а не «замена одного наркотика другим».',
      },
      sr: {
        prefer: 'opioidna supstituciona terapija (OST)',
        avoid: [
          avoid('zamenska terapija', 'zamensk\\p{L}*\\s+terapij\\p{L}*'),
          avoid('supstitucijska terapija (hrvatski)', 'supstitucijsk\\p{L}*'),
        ],
        why: 'U srpskoj medicinskoj praksi ustaljen je izraz „supstituciona terapija”; to je lečenje, a ne „zamena jedne droge drugom”.',
      },
      en: {
        prefer: 'opioid substitution therapy (OST)',
        avoid: [avoid('drug replacement, methadone replacement', '(?:drug|opioid|methadone)\\s+replacement(?!\\p{L})')],
        why: '"Replacement" suggests one drug is swapped for another; OST is a medical treatment.',
      },
    },
  },
  {
    id: 'needle-and-syringe-programme',
    terms: {
      ru: {
        prefer: 'программа обмена шприцев (ПОШ); стерильные иглы и шприцы',
        avoid: [avoid('чистые иглы, чистые шприцы', 'чист\\p{L}*\\s+(?:игл|шприц)\\p{L}*')],
        why: '«Чистые» подразумевает, что люди «грязные». Иглы и шприцы стерильные.',
      },
      sr: {
        prefer: 'program zamene igala i šprica; mesto za zamenu igala; sterilne igle i šprice',
        avoid: [
          avoid('čiste igle, čisti špricevi', 'čist\\p{L}*\\s+(?:igl|špric)\\p{L}*'),
          avoid('punkt programa (rusizam)', 'punkt\\p{L}*\\s+program\\p{L}*'),
        ],
        why: '„Čiste” podrazumeva da su ljudi „prljavi”; igle su sterilne. „Punkt programa zamene igala” je doslovan prevod ruskog «пункт программы обмена»; na srpskom: mesto (ili punkt) za zamenu igala.',
      },
      en: {
        prefer: 'needle and syringe programme (NSP); sterile needles and syringes',
        avoid: [avoid('clean needles, clean syringes', 'clean\\s+(?:needles?|syringes?|works)(?!\\p{L})')],
        why: '"Clean" implies that people are dirty. The needles are sterile.',
      },
    },
  },
  {
    id: 'drug-register',
    terms: {
      ru: {
        prefer: 'наркологический учёт; постановка на учёт',
        avoid: [
          avoid(
            'реестр/список наркоманов',
            '(?:реестр|регистр|список|учёт|учет)\\p{L}*\\s+(?:наркоман|наркозависим|зависим)\\p{L}*',
          ),
        ],
        why: 'Учёт ведут о людях, а не о «наркоманах»; читателю важно, что это за учёт и чем он грозит.',
      },
      sr: {
        prefer: 'evidencija o upotrebi droga; upis u registar',
        avoid: [
          avoid('registar zavisnika, registar narkomana', 'regist(?:ar|r)\\p{L}*\\s+(?:zavisnik|narkoman)\\p{L}*'),
        ],
        why: 'Država vodi evidenciju o ljudima, a ne o „zavisnicima”; čitaocu je važno šta se beleži i čime to preti.',
      },
      en: {
        prefer: 'drug register (the state register of people who use drugs)',
        avoid: [avoid("addicts' register", "addicts?[’']?\\s+regist\\p{L}*")],
        why: 'The register records people; say what it is and what being on it can cost them.',
      },
    },
  },
  {
    id: 'people-living-with-hiv',
    terms: {
      ru: {
        prefer: 'люди, живущие с ВИЧ (ЛЖВ)',
        avoid: [
          avoid(
            'ВИЧ-инфицированные, спидозники',
            'ВИЧ-инфицированн\\p{L}*|спидозник\\p{L}*|жертв\\p{L}*\\s+СПИД\\p{L}*',
          ),
        ],
        why: 'Человек живёт с ВИЧ, он не «инфицированный» и не «жертва».',
      },
      sr: {
        prefer: 'osobe koje žive sa HIV-om',
        avoid: [avoid('HIV-inficirani, žrtve side', 'HIV[- ]inficiran\\p{L}*|žrtv\\p{L}*\\s+sid\\p{L}*')],
        why: 'Osoba živi sa HIV-om; nije „inficirana” ni „žrtva”.',
      },
      en: {
        prefer: 'people living with HIV',
        avoid: [avoid('HIV-infected, AIDS victims', 'HIV[- ]infected|AIDS\\s+(?:victims?|sufferers?)')],
        why: 'A person lives with HIV; they are not "infected people" or "victims".',
      },
    },
  },
  {
    id: 'sex-workers',
    terms: {
      ru: {
        prefer: 'секс-работники, секс-работницы',
        avoid: [avoid('проститутки', 'проститут\\p{L}*')],
        why: 'Так называют себя сами люди, оказывающие сексуальные услуги; «проститутка» — оскорбление.',
      },
      sr: {
        prefer: 'seksualne radnice i radnici',
        avoid: [avoid('prostitutke', 'prostitut\\p{L}*')],
        why: 'Tako sebe zovu same osobe koje pružaju seksualne usluge; „prostitutka” je uvreda.',
      },
      en: {
        prefer: 'sex workers',
        avoid: [avoid('prostitutes', 'prostitutes?(?!\\p{L})')],
        why: 'The term sex workers use for themselves.',
      },
    },
  },
  {
    id: 'family-and-friends',
    terms: {
      ru: {
        prefer: 'родные и близкие',
        avoid: [avoid('созависимые (о родных)', 'созависим(?:ый|ые|ых|ым|ыми|ого|ому|ая|ой|ую)(?!\\p{L})')],
        why: '«Созависимость» — ярлык, который объявляет семью больной. Говорите о людях: родные, близкие.',
      },
      sr: {
        prefer: 'porodica i bliski ljudi; najbliži',
        avoid: [avoid('bližnji (rusizam)', 'bližnj\\p{L}*'), avoid('suzavisni, suzavisnici', 'suzavisn\\p{L}*')],
        why: '„Bližnji” je doslovan prevod ruskog «близкие»; na srpskom: porodica, bliski ljudi, najbliži. „Suzavisni” proglašava porodicu bolesnom.',
      },
      en: {
        prefer: 'family and friends',
        avoid: [avoid('codependents', 'co-?dependents?(?!\\p{L})')],
        why: '"Codependent" labels a family as ill; say family and friends.',
      },
    },
  },
];

/**
 * Places where an avoided word may stand because the text quotes it: an
 * official title, the name an organisation gives itself, or a passage that
 * argues against the word. Each is one file and one exact passage (or, for
 * the guide's glossary, one section), so that the exception cannot spread;
 * the test fails if the passage disappears.
 */
export interface GlossaryQuotation {
  /** Path from the project root. */
  readonly file: string;
  /** The exact text allowed there (all its occurrences in that file)… */
  readonly text?: string;
  /** …or a Markdown heading line: its section, up to the next heading, is allowed. */
  readonly section?: string;
  readonly reason: string;
}

const GUIDE_GLOSSARY_HEADINGS: Readonly<Record<Locale, string>> = {
  ru: '## Словарь: какие слова мы используем',
  sr: '## Rečnik: koje reči koristimo',
  en: '## Glossary: the words we use',
};

/** The allow-list: keep it short, each entry with its reason. */
export const GLOSSARY_QUOTATIONS: readonly GlossaryQuotation[] = [
  ...(Object.entries(GUIDE_GLOSSARY_HEADINGS) as [Locale, string][]).map(([lang, section]) => ({
    file: `content/guides/contributing/${lang}.md`,
    section,
    reason: 'the glossary of the contributing guide names the words to avoid',
  })),
  ...['«Анонимные Наркоманы»', 'Анонимные Наркоманы (', '„Anonimni narkomani”', 'Anonimni narkomani ('].map((text) => ({
    file: 'content/services/by/soligorsk/soligorsk-narcotics-anonymous.yaml',
    text,
    reason: 'the name the Narcotics Anonymous fellowship uses for itself in Russian and Serbian',
  })),
  ...[
    '«Программы по предупреждению злоупотребления наркотиками на 2022–2026 годы»',
    '„Programa o sprečavanju zloupotrebe droga 2022–2026”',
    '“Programme on the Prevention of Drug Abuse 2022–2026”',
  ].map((text) => ({
    file: 'content/countries/rs.yaml',
    text,
    reason: 'the official title of a Serbian government programme, quoted',
  })),
  {
    file: 'content/countries/ru.yaml',
    text: '«нетерпимого отношения к зависимому поведению»',
    reason: 'quotes the resolution that the network criticises',
  },
  {
    file: 'content/statements/response-perm-conference-resolution/ru.md',
    text: '**«Нетерпимое отношение к зависимому поведению» — это стигма.**',
    reason: 'the statement quotes the resolution in order to call the phrase stigma',
  },
];

/**
 * Titles of cited documents that contain an avoided word. A source is cited
 * by its own title, word for word, so such a title may stand as the `title`
 * of a source in any content file — and nowhere else: only a YAML line
 * `title: "<the title>"` is allowed, and the test fails if no file cites it.
 */
export const GLOSSARY_CITED_TITLES: readonly { readonly title: string; readonly reason: string }[] = [
  {
    title:
      'Опыт Солигорского районного исполнительного комитета по перенаправлению наркопотребителей, освободившихся из мест лишения свободы, на получение медицинских и социальных услуг',
    reason: 'the title of the UNODC slides (Minsk, 2018) that the Soligorsk samples are drawn from',
  },
];

/** The heading of the glossary section in the contributing guide of `lang`. */
export function guideGlossaryHeading(lang: Locale): string {
  return GUIDE_GLOSSARY_HEADINGS[lang];
}

/** One avoided word found in a text. */
export interface GlossaryFinding {
  readonly entry: string;
  readonly lang: Locale;
  readonly words: string;
  readonly match: string;
  readonly index: number;
}

/**
 * Every avoided word of every language in `text` (all languages, because a
 * Russian word in a Serbian file is as wrong as in a Russian one). A match
 * inside a longer match at the same place is reported once.
 */
export function findAvoidedTerms(text: string): GlossaryFinding[] {
  const found: GlossaryFinding[] = [];
  for (const entry of GLOSSARY) {
    for (const [lang, term] of Object.entries(entry.terms) as [Locale, GlossaryTerm][]) {
      for (const avoided of term.avoid) {
        for (const match of text.matchAll(avoided.pattern)) {
          found.push({ entry: entry.id, lang, words: avoided.words, match: match[0], index: match.index });
        }
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  return found.filter(
    (finding, i) =>
      !found.some(
        (other, j) =>
          j < i &&
          other.index <= finding.index &&
          other.index + other.match.length >= finding.index + finding.match.length,
      ),
  );
}
