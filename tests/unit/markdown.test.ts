/**
 * Contributed Markdown (statements, guides) is checked on its syntax tree and
 * rendered inert: the validator's findings and the build's output come from
 * the same parser (src/lib/markdown.ts).
 */
import { describe, expect, it } from 'vitest';
import { inspectMarkdown, isSafeLink, renderMarkdown } from '../../src/lib/markdown';

const kinds = (source: string) => inspectMarkdown(source).findings.map((finding) => finding.kind);

describe('inspectMarkdown', () => {
  it.each([
    ['a script element', 'Text <script>alert(1)</script> more', 'raw_html'],
    ['a script element in capitals', '<SCRIPT src="https://evil.example/x.js"></SCRIPT>', 'raw_html'],
    ['an event handler on an image', '<img src=x onerror=alert(1)>', 'raw_html'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 'raw_html'],
    ['an inline tag with a handler', 'a <b onclick="steal()">bold</b> word', 'raw_html'],
    ['an HTML comment', '<!-- hidden -->', 'raw_html'],
    ['a javascript: link', '[click](javascript:alert(1))', 'unsafe_link'],
    ['an entity-encoded javascript: link', '[click](java&#115;cript:alert(1))', 'unsafe_link'],
    ['a javascript: link spelled with &colon;', '[click](javascript&colon;alert(1))', 'unsafe_link'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe_link'],
    ['a javascript: reference definition', '[x]\n\n[x]: JAVASCRIPT:alert(1)', 'unsafe_link'],
    ['an image from another site', '![x](https://tracker.example/pixel.png)', 'external_image'],
  ])('finds %s', (_name, source, kind) => {
    expect(kinds(source)).toContain(kind);
  });

  it.each([
    [
      'plain Markdown',
      '## Heading\n\nA paragraph with **bold**, a [link](https://example.org) and a list:\n\n- one\n- two',
    ],
    ['comparisons and hearts', 'We <3 peer workers. Doses of 20 < 40 mg; a > b.'],
    ['braces and words that look like code', 'The {budget} of the import programme; export of goods.'],
    [
      'links on the site, anchors, mail and phone',
      '[a](/en/services/) [b](#top) [c](mailto:info@example.org) [d](tel:+381111)',
    ],
    ['an image on the site', '![chart](/files/chart.png)'],
    ['a table and a footnote', '| a | b |\n| - | - |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: A note.'],
  ])('accepts %s', (_name, source) => {
    expect(inspectMarkdown(source).findings).toEqual([]);
  });

  it('gives the line of each finding', () => {
    expect(inspectMarkdown('Intro.\n\nMore.\n\n<script>x</script>').findings).toEqual([
      { kind: 'raw_html', fragment: '<script>x</script>', line: 5 },
    ]);
  });

  it('returns the text of paragraphs and headings, for the privacy screen', () => {
    expect(inspectMarkdown('## Where\n\nAsk **Ivan** at [the desk](/x/).').texts.map((text) => text.value)).toEqual([
      'Where',
      'Ask Ivan at the desk.',
    ]);
  });
});

describe('isSafeLink', () => {
  it('refuses schemes with control characters or spaces inside, as browsers read them', () => {
    expect(isSafeLink('java\tscript:alert(1)')).toBe(false);
    expect(isSafeLink(' javascript:alert(1)')).toBe(false);
    expect(isSafeLink('vbscript:x')).toBe(false);
    expect(isSafeLink('https://example.org/a:b')).toBe(true);
    expect(isSafeLink('../guide/')).toBe(true);
  });
});

describe('renderMarkdown', () => {
  it('shows raw HTML as text and never as markup', () => {
    const html = renderMarkdown(
      '<meta http-equiv="refresh" content="0;url=https://evil.example">\n\nText <img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<meta|<img/);
    expect(html).toContain('&lt;meta http-equiv="refresh"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders what an MDX compiler would have run as plain text', () => {
    const source = "import fs from 'node:fs'\n\n{(await import('node:f' + 's')).writeFileSync('dist/sw.js', 'x')}";
    const html = renderMarkdown(source);
    expect(html).toContain('import fs from');
    expect(html).toContain('{(await import(');
  });

  it('keeps a "<3" as text instead of failing', () => {
    expect(renderMarkdown('We <3 peer workers')).toBe('<p>We &lt;3 peer workers</p>\n');
  });

  it('turns unsafe link addresses into links that lead nowhere', () => {
    const html = renderMarkdown('[x](java&#115;cript:alert(1)) and [y](https://example.org/)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="#">x</a>');
    expect(html).toContain('<a href="https://example.org/">y</a>');
  });

  it('puts links from the site root under the base path, and leaves others as written', () => {
    const source =
      '[guide](/en/cases/guide/), [ref][r], [far](https://example.org/x), [proto](//example.org/), [here](#top)\n\n[r]: /ru/\n';
    const html = renderMarkdown(source, '/directory');
    expect(html).toContain('<a href="/directory/en/cases/guide/">guide</a>');
    expect(html).toContain('<a href="/directory/ru/">ref</a>');
    expect(html).toContain('<a href="https://example.org/x">far</a>');
    expect(html).toContain('<a href="#top">here</a>');
    expect(html).not.toContain('/directory//example.org');
    expect(renderMarkdown('[guide](/en/cases/guide/)')).toContain('<a href="/en/cases/guide/">guide</a>');
  });
});
