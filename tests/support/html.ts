/**
 * Reading built HTML the way a browser would, with parse5: every element with
 * its attributes, ids, and the visible text of a document.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** An element, flattened: tag name, attributes and the element itself. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  node: T.Element;
}

/** Every element of a document in document order. */
export function elementsOf(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        out.push({
          tag: child.tagName,
          attrs: Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value])),
          node: child,
        });
        visit(child);
        if (child.tagName === 'template') visit((child as T.Template).content);
      }
    }
  };
  visit(parse(html));
  return out;
}

/** The text of an element and its descendants, without <script>/<style> contents, whitespace collapsed. */
export function textOf(node: T.ParentNode): string {
  const parts: string[] = [];
  const visit = (current: T.ParentNode) => {
    for (const child of current.childNodes) {
      if (child.nodeName === '#text') parts.push((child as T.TextNode).value);
      else if ('tagName' in child && child.tagName !== 'script' && child.tagName !== 'style') visit(child);
    }
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The visible text of a whole document. */
export function documentText(html: string): string {
  return textOf(parse(html));
}

/** Every id (and legacy a[name]) a fragment link can point at. */
export function anchorsOf(elements: HtmlElement[]): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attrs } of elements) {
    if (attrs.id) ids.add(attrs.id);
    if (tag === 'a' && attrs.name) ids.add(attrs.name);
  }
  return ids;
}

/** Every URL an element asks for (href, src, srcset candidates, action, poster, data). */
export function urlsOf({ tag, attrs }: HtmlElement): { attr: string; url: string }[] {
  const out: { attr: string; url: string }[] = [];
  for (const attr of ['href', 'src', 'action', 'poster', 'data', 'xlink:href']) {
    const value = attrs[attr];
    if (value === undefined) continue;
    // <base href> and <meta content> are not links; SVG <use href> is.
    if (tag === 'base') continue;
    out.push({ attr, url: value.trim() });
  }
  for (const attr of ['srcset', 'imagesrcset']) {
    const value = attrs[attr];
    if (!value) continue;
    for (const candidate of value.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push({ attr, url });
    }
  }
  return out;
}
