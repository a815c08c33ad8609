/**
 * Contributors write Markdown, not HTML. Statement bodies are MDX, which would
 * run any `<script>` or event handler written into them, so the validator
 * rejects raw HTML that can execute or load something, before the build.
 */

const UNSAFE_PATTERNS: RegExp[] = [
  /<\s*\/?\s*(?:script|iframe|object|embed|style|link|meta|base|form|svg|math|template)\b[^>]*>?/gi,
  /\son[a-z]+\s*=\s*["'{]?[^\s>]*/gi,
  /\b(?:javascript|vbscript)\s*:[^\s)"'>]*/gi,
  /\bdata:text\/html[^\s)"'>]*/gi,
  /\bsrcdoc\s*=/gi,
  // MDX expressions and imports run code at build time.
  /^\s*(?:import|export)\s.+$/gim,
  /\{[^}]*\b(?:eval|Function|fetch|import|process|require)\b[^}]*\}/g,
];

/** The fragments of `source` that are unsafe raw HTML or code, in document order. */
export function findUnsafeMarkup(source: string): string[] {
  const found: { index: number; fragment: string }[] = [];
  for (const pattern of UNSAFE_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      found.push({ index: match.index ?? 0, fragment: match[0].trim().slice(0, 60) });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((item) => item.fragment);
}
