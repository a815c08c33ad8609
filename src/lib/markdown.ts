/**
 * Contributed Markdown (statements and guides): read as data, rendered as
 * text. Statements used to be MDX, which compiles to JavaScript that runs at
 * build time; contributed text is now plain Markdown, parsed by the same
 * library Astro uses (satteri) and checked on its syntax tree, so what the
 * validator sees is exactly what the build renders:
 *
 * - raw HTML (block or inline) is refused, and the renderer turns any that
 *   reaches it into visible text;
 * - link and image addresses, read after entity decoding (`java&#115;cript:`
 *   is `javascript:` to a browser), must be http(s), mailto, tel, a path on
 *   the site or an anchor; images must be on the site (no third-party request).
 */
import { defineMdastPlugin, markdownToHtml, markdownToMdast } from 'satteri';

/** Something in a Markdown body that cannot be published. */
export interface MarkdownFinding {
  kind: 'raw_html' | 'unsafe_link' | 'external_image';
  /** The offending text, shortened. */
  fragment: string;
  /** 1-based line in the body. */
  line?: number;
}

/** A Markdown body's text, paragraph by paragraph, with its line (for the privacy screen). */
export interface MarkdownText {
  value: string;
  line?: number;
}

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdastNode[];
  position?: { start: { line: number } };
}

function shorten(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Whether a (decoded) link address may be published: a known safe scheme or a path, never `javascript:` and the like. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" is javascript:.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // Anything with a scheme must be one of these; without one it is a path or an anchor on the site.
  return !/^[a-z][a-z\d+.-]*:/i.test(compact) || /^(?:https?|mailto|tel):/i.test(compact);
}

/** Checks a Markdown body: what it may not contain, and its text for the privacy screen. */
export function inspectMarkdown(body: string): { findings: MarkdownFinding[]; texts: MarkdownText[] } {
  const findings: MarkdownFinding[] = [];
  const texts: MarkdownText[] = [];
  const stack: MdastNode[] = [markdownToMdast(body, { features: { frontmatter: false } }) as unknown as MdastNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const line = node.position?.start.line;
    if (node.type === 'html' && node.value !== undefined) {
      findings.push({ kind: 'raw_html', fragment: shorten(node.value), line });
    } else if (node.url !== undefined) {
      if (!isSafeLink(node.url)) findings.push({ kind: 'unsafe_link', fragment: shorten(node.url), line });
      else if (node.type === 'image' && /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(node.url.trim())) {
        findings.push({ kind: 'external_image', fragment: shorten(node.url), line });
      }
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push({ value: textOf(node), line });
    }
    if (node.children) stack.push(...[...node.children].reverse());
  }
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { findings, texts };
}

function textOf(node: MdastNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** `url` under the base path when it is a path from the site's root (`/en/…`), else as written. */
function underBase(url: string, base: string): string {
  return base && /^\/(?!\/)/.test(url) ? `${base}${url}` : url;
}

/**
 * Whatever slipped past the validator stays inert: raw HTML becomes visible
 * text, never parsed, and an unsafe link address leads nowhere. Links to the
 * site's own pages are written from its root (`/en/cases/guide/`) and follow
 * the base path the site is served under.
 */
function inertUnder(base: string) {
  return defineMdastPlugin({
    name: 'inert-markdown',
    html(node, context) {
      context.replaceNode(node, { type: 'text', value: node.value });
    },
    link(node, context) {
      context.setProperty(node, 'url', isSafeLink(node.url) ? underBase(node.url, base) : '#');
    },
    definition(node, context) {
      context.setProperty(node, 'url', isSafeLink(node.url) ? underBase(node.url, base) : '#');
    },
    image(node, context) {
      context.setProperty(node, 'url', isSafeLink(node.url) ? underBase(node.url, base) : '');
    },
  });
}

/**
 * Renders a checked Markdown body to HTML (GFM: tables, footnotes,
 * strikethrough); `base` is the site's base path (SITE.base), prefixed to
 * links from the site's root.
 */
export function renderMarkdown(body: string, base = ''): string {
  return markdownToHtml(body, { mdastPlugins: [inertUnder(base)], features: { frontmatter: false } }).html;
}
