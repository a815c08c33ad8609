/**
 * The Serbian Cyrillic edition of a built page. Serbian content and UI
 * strings are written once, in Latin script; after the build every page under
 * /sr/ is rewritten into /sr-cyrl/ by src/integrations/serbian-cyrillic.ts:
 *
 * - Serbian text is transliterated (src/lib/transliterate.ts): text nodes and
 *   the human-readable attributes (title, alt, aria-label, placeholder, meta
 *   descriptions). Not inside script, style, code, pre or textarea, not in
 *   elements marked `translate="no"`, and not in parts marked as another
 *   language (a Russian original shown as a fallback stays as it is).
 * - `lang="sr"` becomes `lang="sr-Cyrl"`, on <html> and wherever it appears.
 * - Links to Serbian pages (/sr/…/) lead to their Cyrillic twins; links to
 *   files (feeds, JSON, PDFs) and explicit language links keep their target.
 * - Parts a page marks for one edition (`data-edition="sr"` or
 *   `data-edition="sr-Cyrl"`, e.g. the language switcher's current item and
 *   its link to the other script) are hidden or shown: the page says what
 *   differs, the rewriter does not read its markup.
 * - Parts marked `lang="sr-Latn"` (a name written in Latin script) stay Latin.
 *
 * Inline scripts and styles are copied byte for byte, so the hashes of the
 * page's Content-Security-Policy still match.
 */
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';
import { serbianToCyrillic } from './transliterate';

/** The BCP 47 tag of the Cyrillic edition. */
export const CYRILLIC_LANG = 'sr-Cyrl';
/** The URL segment of the Cyrillic edition. */
export const CYRILLIC_SEGMENT = 'sr-cyrl';
/** The Cyrillic edition's name in the language switcher. */
export const CYRILLIC_NAME = 'Српски (ћирилица)';

/** Where the site lives, to tell its own links from others. */
export interface EditionOptions {
  /** Path prefix of the site ('' at a domain's root). */
  base: string;
  /** Public origin, e.g. https://example.org, for absolute links to the site. */
  siteUrl: string;
}

/** Elements whose text is code, data or typed by the reader. */
const VERBATIM = new Set(['script', 'style', 'code', 'pre', 'textarea', 'kbd', 'samp', 'var', 'svg', 'math']);
/** Elements with no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** How the tokenizer must read the content of an element, as the tree builder would tell it. */
const CONTENT_MODE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
/** Attributes that people read. */
const READABLE_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder']);
/** <meta> whose content people read (name= or property=). */
const READABLE_META = new Set([
  'description',
  'og:title',
  'og:description',
  'og:image:alt',
  'og:site_name',
  'twitter:title',
  'twitter:description',
  'apple-mobile-web-app-title',
  'application-name',
]);

/** A language tag that means Serbian to be written in Cyrillic: `sr`, `sr-RS`, `sr-Cyrl`, but not `sr-Latn` (marked Latin on purpose). */
function isSerbian(lang: string): boolean {
  return /^sr(?:-|$)/i.test(lang) && !/-latn(?:-|$)/i.test(lang);
}

/** The attribute a page marks a part for one edition with: `sr` (the Latin pages) or `sr-Cyrl`. */
const EDITION_ATTRIBUTE = 'data-edition';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The Cyrillic twin of a link, or undefined when it must keep its target: a
 * page of the Serbian edition (path ending in "/" or without a file
 * extension), relative to the site or absolute on its origin.
 */
export function cyrillicHref(href: string, options: EditionOptions): string | undefined {
  const origin = new URL(options.siteUrl).origin;
  const latinPrefix = `${options.base}/sr/`;
  let prefix = '';
  let rest = href;
  if (href.startsWith(`${origin}/`)) {
    prefix = origin;
    rest = href.slice(origin.length);
  } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) {
    return undefined;
  }
  if (!rest.startsWith(latinPrefix) && rest !== `${options.base}/sr`) return undefined;
  const path = rest.split(/[?#]/, 1)[0]!;
  const last = path.split('/').pop() ?? '';
  if (last.includes('.')) return undefined;
  return `${prefix}${options.base}/${CYRILLIC_SEGMENT}${rest.slice(`${options.base}/sr`.length)}`;
}

/** The new value of one attribute of a start tag on a Cyrillic page, or undefined to keep it. */
function newAttributeValue(
  tag: Token.TagToken,
  name: string,
  value: string,
  serbian: boolean,
  options: EditionOptions,
): string | undefined {
  const get = (attribute: string) => tag.attrs.find((item) => item.name === attribute)?.value;
  if (name === 'lang') return isSerbian(value) ? CYRILLIC_LANG : undefined;
  if (serbian && READABLE_ATTRIBUTES.has(name)) return serbianToCyrillic(value);
  if (serbian && name === 'data-messages') return transliterateMessages(value);
  if (tag.tagName === 'meta' && name === 'content') {
    const key = get('name') ?? get('property') ?? '';
    if (serbian && READABLE_META.has(key)) return serbianToCyrillic(value);
    if (key === 'og:url') return cyrillicHref(value, options);
  }
  // Explicit language links (hreflang, rel=alternate) keep pointing at the language they name.
  if (name === 'href' && (tag.tagName === 'a' || tag.tagName === 'area') && get('hreflang') === undefined)
    return cyrillicHref(value, options);
  if (name === 'href' && tag.tagName === 'link' && get('rel') === 'canonical') return cyrillicHref(value, options);
  if (name === 'action' && tag.tagName === 'form') return cyrillicHref(value, options);
  return undefined;
}

/** A `data-messages` value (JSON whose strings are all human text, see src/i18n/format.ts) with every string in Cyrillic. */
function transliterateMessages(json: string): string | undefined {
  try {
    return JSON.stringify(
      JSON.parse(json, (_key, value: unknown) => (typeof value === 'string' ? serbianToCyrillic(value) : value)),
    );
  } catch {
    return undefined;
  }
}

interface OpenElement {
  tagName: string;
  serbian: boolean;
  /** Inside translate="no": nothing is transliterated, whatever a lang says. */
  frozen: boolean;
  verbatim: boolean;
}

/** A span of the page to replace with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that show a part marked for the Cyrillic edition and hide one
 * marked for the Latin pages (`data-edition`), as `hidden` is added or removed.
 */
function editionEdits(html: string, tag: Token.TagToken): Edit[] {
  const edition = tag.attrs.find((item) => item.name === EDITION_ATTRIBUTE)?.value;
  const marker = tag.location?.attrs?.[EDITION_ATTRIBUTE];
  const hidden = tag.location?.attrs?.hidden;
  if (edition === undefined || !marker) return [];
  if (edition === CYRILLIC_LANG && hidden) {
    let start = hidden.startOffset;
    while (start > 0 && /\s/.test(html[start - 1]!)) start -= 1;
    return [{ start, end: hidden.endOffset, text: '' }];
  }
  if (edition !== CYRILLIC_LANG && !hidden)
    return [{ start: marker.endOffset, end: marker.endOffset, text: ' hidden' }];
  return [];
}

/** The edits of a start tag's attributes (see `newAttributeValue`). */
function attributeEdits(tag: Token.TagToken, serbian: boolean, options: EditionOptions): Edit[] {
  const edits: Edit[] = [];
  for (const { name, value } of tag.attrs) {
    const location = tag.location?.attrs?.[name];
    const replacement = location && newAttributeValue(tag, name, value, serbian, options);
    if (location && replacement !== undefined && replacement !== value)
      edits.push({
        start: location.startOffset,
        end: location.endOffset,
        text: `${name}="${escapeAttribute(replacement)}"`,
      });
  }
  return edits;
}

/** The element a start tag opens inside `parent`: whether its text is Serbian, frozen or verbatim. */
function openedElement(tag: Token.TagToken, parent: OpenElement): OpenElement {
  const get = (name: string) => tag.attrs.find((item) => item.name === name)?.value;
  const lang = get('lang');
  return {
    tagName: tag.tagName,
    serbian: lang === undefined ? parent.serbian : isSerbian(lang),
    frozen: parent.frozen || get('translate') === 'no',
    verbatim: parent.verbatim || VERBATIM.has(tag.tagName),
  };
}

/**
 * Serbian text as the tokenizer hands it over, in pieces: adjacent pieces
 * are joined into one run (a word may arrive split), and each run that
 * transliteration changes becomes an edit.
 */
function textRuns(edits: Edit[]) {
  let run: Edit | undefined;
  const flush = () => {
    if (!run) return;
    const converted = serbianToCyrillic(run.text);
    if (converted !== run.text) edits.push({ start: run.start, end: run.end, text: escapeText(converted) });
    run = undefined;
  };
  const add = (token: Token.CharacterToken, location: Token.Location) => {
    if (run && run.end === location.startOffset) {
      run.text += token.chars;
      run.end = location.endOffset;
    } else {
      flush();
      run = { start: location.startOffset, end: location.endOffset, text: token.chars };
    }
  };
  return { add, flush };
}

/** `html` with the spans of `edits` (which do not overlap) replaced. */
function applyEdits(html: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/**
 * The Cyrillic edition of one page of the Serbian edition.
 *
 * The page is read with parse5's tokenizer and only the changed text and
 * attributes are replaced in the original string: everything else, inline
 * scripts and styles included, stays byte for byte. (Building and
 * serialising a parse5 tree was five times slower, which matters at ten
 * thousand pages.)
 */
export function toCyrillicPage(html: string, options: EditionOptions): string {
  const edits: Edit[] = [];
  const stack: OpenElement[] = [{ tagName: '#document', serbian: false, frozen: false, verbatim: false }];
  const top = () => stack[stack.length - 1]!;
  const text = textRuns(edits);
  const onText = (token: Token.CharacterToken) => {
    const context = top();
    if (!context.serbian || context.frozen || context.verbatim || !token.location) return text.flush();
    text.add(token, token.location);
  };

  const handler: TokenHandler = {
    onStartTag(token) {
      text.flush();
      const element = openedElement(token, top());
      edits.push(...attributeEdits(token, element.serbian && !element.frozen, options), ...editionEdits(html, token));
      const mode = CONTENT_MODE[token.tagName];
      if (mode !== undefined) tokenizer.state = mode;
      if (!VOID.has(token.tagName) && !token.selfClosing) stack.push(element);
    },
    onEndTag(token) {
      text.flush();
      const index = stack.findLastIndex((element) => element.tagName === token.tagName);
      if (index > 0) stack.length = index;
    },
    onCharacter: onText,
    onWhitespaceCharacter: onText,
    onNullCharacter: text.flush,
    onComment: text.flush,
    onDoctype: text.flush,
    onEof: text.flush,
    onParseError: null,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  return applyEdits(html, edits);
}
