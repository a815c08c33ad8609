import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/schemas/html-safety';
import { validateContent } from '../../src/lib/validation';
import { copyFixture, edit } from './helpers';

describe('findUnsafeMarkup', () => {
  it.each([
    ['a script element', 'Text <script>alert(1)</script> more'],
    ['a script element in capitals with attributes', '<SCRIPT src="https://evil.example/x.js"></SCRIPT>'],
    ['an event handler on an image', '<img src=x onerror=alert(1)>'],
    ['an event handler in quotes', '<a href="#" onclick="steal()">link</a>'],
    ['a javascript: link in Markdown', '[click](javascript:alert(1))'],
    ['an iframe', '<iframe src="https://example.org"></iframe>'],
    ['an SVG with onload', '<svg onload=alert(1)>'],
    ['an MDX import', 'import Evil from "./evil.js"'],
    ['an MDX expression that fetches', '{fetch("https://example.org")}'],
  ])('finds %s', (_name, source) => {
    expect(findUnsafeMarkup(source)).not.toEqual([]);
  });

  it.each([
    [
      'plain Markdown',
      '## Heading\n\nA paragraph with **bold**, a [link](https://example.org) and a list:\n\n- one\n- two',
    ],
    [
      'comparisons and words that look like code',
      'Doses of 20 < 40 mg; a > b. The script of the play; an error happened.',
    ],
  ])('accepts %s', (_name, source) => {
    expect(findUnsafeMarkup(source)).toEqual([]);
  });
});

describe('the validator', () => {
  it('rejects a statement with a <script> element', () => {
    const root = copyFixture();
    edit(
      root,
      'content/statements/sample-statement/ru.mdx',
      /\n\n([^\n]+)\s*$/,
      '\n\n$1\n\n<script>alert(1)</script>\n',
    );
    const problems = validateContent({ root, today: '2026-11-23' }).problems;
    expect(
      problems.some((problem) => problem.file.endsWith('sample-statement/ru.mdx') && problem.field === 'body'),
    ).toBe(true);
  });
});
