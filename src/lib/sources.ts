/**
 * How a cited source reads on a page: "Title — Author, year". The title and
 * author are quoted as the document gives them, in the document's language,
 * so the page marks them with that language when it is not the page's own
 * (screen readers pronounce them right, and the Serbian Cyrillic edition
 * leaves a Russian or English title alone). A Serbian document on a Serbian
 * page is ordinary Serbian text and is transliterated like the rest.
 */
import type { Source } from '../schemas/common';
import type { Locale } from '../schemas/locales';

/** What a page needs to cite one source. */
export interface Citation {
  title: string;
  author?: string;
  year?: number;
  url?: string;
  /** `lang` for the title and author: the document's language, when it is not the page's. */
  lang?: string;
  /**
   * Whether the title and author must be kept as written (`translate="no"`):
   * when they are in another language, or in a language nobody stated.
   */
  verbatim: boolean;
}

/** The primary language subtag of a BCP 47 tag, in lower case: "sr-Latn" → "sr". */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The citation of `source` on a page in `page`. */
export function citationOf(source: Source, page: Locale): Citation {
  const sameLanguage = source.language !== undefined && primaryLanguage(source.language) === page;
  return {
    title: source.title,
    author: source.author,
    year: source.year,
    url: source.url,
    lang: source.language !== undefined && !sameLanguage ? source.language : undefined,
    verbatim: !sameLanguage,
  };
}
