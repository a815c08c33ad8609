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
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';
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

/** One attribute of a start tag: its name (lower case), decoded value, and where the whole `name="value"` is in the page. */
interface Attribute {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** A start tag as the rewriter needs it. */
interface StartTag {
  tagName: string;
  /** In page order; a repeated name is left out, as browsers ignore it. */
  attrs: Attribute[];
  selfClosing: boolean;
}

/** The value of an attribute of `tag`, or undefined. */
function attributeOf(tag: StartTag, name: string): Attribute | undefined {
  for (const attribute of tag.attrs) if (attribute.name === name) return attribute;
  return undefined;
}

/** The new value of one attribute of a start tag on a Cyrillic page, or undefined to keep it. */
function newAttributeValue(
  tag: StartTag,
  name: string,
  value: string,
  serbian: boolean,
  options: EditionOptions,
): string | undefined {
  if (name === 'lang') return isSerbian(value) ? CYRILLIC_LANG : undefined;
  if (serbian && READABLE_ATTRIBUTES.has(name)) return serbianToCyrillic(value);
  if (serbian && name === 'data-messages') return transliterateMessages(value);
  if (tag.tagName === 'meta' && name === 'content') {
    const key = (attributeOf(tag, 'name') ?? attributeOf(tag, 'property'))?.value ?? '';
    if (serbian && READABLE_META.has(key)) return serbianToCyrillic(value);
    if (key === 'og:url') return cyrillicHref(value, options);
  }
  // Explicit language links (hreflang, rel=alternate) keep pointing at the language they name.
  if (name === 'href' && (tag.tagName === 'a' || tag.tagName === 'area') && !attributeOf(tag, 'hreflang'))
    return cyrillicHref(value, options);
  if (name === 'href' && tag.tagName === 'link' && attributeOf(tag, 'rel')?.value === 'canonical')
    return cyrillicHref(value, options);
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
function editionEdits(html: string, tag: StartTag): Edit[] {
  const marker = attributeOf(tag, EDITION_ATTRIBUTE);
  if (!marker) return [];
  const hidden = attributeOf(tag, 'hidden');
  if (marker.value === CYRILLIC_LANG && hidden) {
    let start = hidden.start;
    while (start > 0 && /\s/.test(html[start - 1]!)) start -= 1;
    return [{ start, end: hidden.end, text: '' }];
  }
  if (marker.value !== CYRILLIC_LANG && !hidden) return [{ start: marker.end, end: marker.end, text: ' hidden' }];
  return [];
}

/** Adds the edits of a start tag's attributes (see `newAttributeValue`) to `edits`. */
function addAttributeEdits(edits: Edit[], tag: StartTag, serbian: boolean, options: EditionOptions): void {
  for (const { name, value, start, end } of tag.attrs) {
    const replacement = newAttributeValue(tag, name, value, serbian, options);
    if (replacement !== undefined && replacement !== value)
      edits.push({ start, end, text: `${name}="${escapeAttribute(replacement)}"` });
  }
}

/** The element a start tag opens inside `parent`: whether its text is Serbian, frozen or verbatim. */
function openedElement(tag: StartTag, parent: OpenElement): OpenElement {
  const lang = attributeOf(tag, 'lang')?.value;
  return {
    tagName: tag.tagName,
    serbian: lang === undefined ? parent.serbian : isSerbian(lang),
    frozen: parent.frozen || attributeOf(tag, 'translate')?.value === 'no',
    verbatim: parent.verbatim || VERBATIM.has(tag.tagName),
  };
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
 * Reads a page with htmlparser2's tokenizer and collects the edits of its
 * Cyrillic twin. The tokenizer reports positions and decoded pieces; tags
 * and attributes are assembled here, and Serbian text arrives in pieces
 * (text between character references, the references decoded) that are
 * joined into one run per stretch between tags, so a word is never split.
 */
class EditionReader implements TokenizerCallbacks {
  readonly edits: Edit[] = [];
  private readonly stack: OpenElement[] = [{ tagName: '#document', serbian: false, frozen: false, verbatim: false }];
  private tag: StartTag | undefined;
  private attribute: Attribute | undefined;
  /** The Serbian text run being read: decoded text and its span. */
  private run: Edit | undefined;

  constructor(
    private readonly html: string,
    private readonly options: EditionOptions,
  ) {}

  private top(): OpenElement {
    return this.stack[this.stack.length - 1]!;
  }

  /** Adds text to the run when the open element's text is Serbian to be transliterated. */
  private addText(text: string, start: number, end: number): void {
    const context = this.top();
    if (!context.serbian || context.frozen || context.verbatim) return this.flush();
    if (this.run && this.run.end === start) {
      this.run.text += text;
      this.run.end = end;
    } else {
      this.flush();
      this.run = { start, end, text };
    }
  }

  /** Ends the run: it becomes an edit when transliteration changes it. */
  private flush(): void {
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    const converted = serbianToCyrillic(run.text);
    if (converted !== run.text) this.edits.push({ start: run.start, end: run.end, text: escapeText(converted) });
  }

  ontext(start: number, end: number): void {
    this.addText(this.html.slice(start, end), start, end);
  }

  ontextentity(codepoint: number, end: number): void {
    // A character reference is `&` and a name or number, with no other `&` in it.
    this.addText(String.fromCodePoint(codepoint), this.html.lastIndexOf('&', end - 1), end);
  }

  onopentagname(start: number, end: number): void {
    this.flush();
    this.tag = { tagName: this.html.slice(start, end).toLowerCase(), attrs: [], selfClosing: false };
  }

  onattribname(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    this.attribute = { name, value: '', start, end };
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute) this.attribute.value += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    if (this.attribute) this.attribute.value += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: QuoteType, end: number): void {
    const attribute = this.attribute;
    this.attribute = undefined;
    if (!attribute || !this.tag || attributeOf(this.tag, attribute.name)) return;
    attribute.end = end;
    this.tag.attrs.push(attribute);
  }

  onopentagend(): void {
    this.openTag();
  }

  onselfclosingtag(): void {
    if (this.tag) this.tag.selfClosing = true;
    this.openTag();
  }

  private openTag(): void {
    const tag = this.tag;
    this.tag = undefined;
    if (!tag) return;
    const element = openedElement(tag, this.top());
    addAttributeEdits(this.edits, tag, element.serbian && !element.frozen, this.options);
    this.edits.push(...editionEdits(this.html, tag));
    if (!VOID.has(tag.tagName) && !tag.selfClosing) this.stack.push(element);
  }

  onclosetag(start: number, end: number): void {
    this.flush();
    const tagName = this.html.slice(start, end).toLowerCase();
    const index = this.stack.findLastIndex((element) => element.tagName === tagName);
    if (index > 0) this.stack.length = index;
  }

  oncomment(): void {
    this.flush();
  }

  oncdata(): void {
    this.flush();
  }

  ondeclaration(): void {
    this.flush();
  }

  onprocessinginstruction(): void {
    this.flush();
  }

  onend(): void {
    this.flush();
  }
}

/**
 * The Cyrillic edition of one page of the Serbian edition.
 *
 * The page is read with htmlparser2's tokenizer and only the changed text
 * and attributes are replaced in the original string: everything else,
 * inline scripts and styles included, stays byte for byte. (Building and
 * serialising a parse5 tree was five times slower, and parse5's tokenizer
 * three times slower than htmlparser2's, which matters at ten thousand
 * pages.) Script, style, title, textarea and the other raw-text elements
 * are read as the HTML standard says by the tokenizer itself.
 */
export function toCyrillicPage(html: string, options: EditionOptions): string {
  const reader = new EditionReader(html, options);
  const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
  tokenizer.write(html);
  tokenizer.end();
  return applyEdits(html, reader.edits);
}
