/**
 * Issue 11: contributed files are data. Each test reproduces one finding of
 * the security review with a file that passed `npm run validate` before, and
 * expects the validator to refuse it, naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/schemas/format';
import { loadForBuild, validateContent } from '../../src/lib/validation';
import { renderMarkdown } from '../../src/lib/markdown';
import { copyFixture, edit, write } from './helpers';

const TODAY = '2026-11-23';
const SERVICE = 'content/services/by/soligorsk/test-dispensary.yaml';
const CASE = 'content/cases/by/test-case.yaml';
const PROJECT = join(import.meta.dirname, '..', '..');

function messagesFor(root: string): string[] {
  return validateContent({ root, today: TODAY }).problems.map((problem) => renderProblem(problem));
}

/** Runs `npm run validate` on a fixture copy as a contributor would: exit code and output. */
function validateCli(root: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT, 'scripts', 'validate.ts'), '--root', root],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const STATEMENT = 'content/statements/sample-statement/en.md';
const GUIDE = 'content/guides/sample-guide/en.md';

/** Adds a guide to a fixture copy (the valid fixture has none). */
function addGuide(root: string, body: string): void {
  mkdirSync(join(root, 'content/guides/sample-guide'), { recursive: true });
  write(root, GUIDE, `---\nid: sample-guide\nlang: en\ntitle: A guide\nsummary: What it says.\n---\n\n${body}\n`);
}

describe('findings 1 and 2: statements are Markdown, nothing in them runs or becomes markup', () => {
  it('refuses a statement saved as MDX, which would be compiled to JavaScript', () => {
    const root = copyFixture();
    const text = readFileSync(join(root, STATEMENT), 'utf8');
    write(
      root,
      STATEMENT.replace(/\.md$/, '.mdx'),
      `${text}\n{(await import('node:f' + 's')).writeFileSync('dist/sw.js', '')}\n`,
    );
    rmSync(join(root, STATEMENT));
    expect(messagesFor(root)).toContainEqual(
      `${STATEMENT}x: statements are Markdown files: rename ${STATEMENT}x to end in .md`,
    );
  });

  it('refuses a meta refresh written into a statement, with its line', () => {
    const root = copyFixture();
    edit(
      root,
      STATEMENT,
      'A paragraph',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">\n\nA paragraph',
    );
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(`${STATEMENT}:11 › body: HTML is not allowed in the text: "<meta http-equiv=`),
    );
  });
});

describe('finding 3: guides are validated like statements', () => {
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['a script', '<script>alert(1)</script>'],
    ['an image with onerror', 'Text <img src=x onerror=alert(1)> text'],
  ])('refuses %s in a guide', (_name, html) => {
    const root = copyFixture();
    addGuide(root, html);
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(`${GUIDE}:8 › body: HTML is not allowed in the text`),
    );
  });

  it("checks a guide's frontmatter against its schema", () => {
    const root = copyFixture();
    addGuide(root, 'Text.');
    edit(root, GUIDE, 'summary: What it says.\n', '');
    expect(messagesFor(root).join('\n')).toContain(`${GUIDE} › summary: expected some text, got nothing`);
  });
});

describe('finding 4: links are read as a browser reads them', () => {
  it('refuses an entity-encoded javascript: link', () => {
    const root = copyFixture();
    edit(root, STATEMENT, 'A paragraph', '[Read more](java&#115;cript:alert(document.domain)). A paragraph');
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(
        `${STATEMENT}:11 › body: this link cannot be published: "javascript:alert(document.domain)"`,
      ),
    );
  });
});

describe('finding 7: what the validator passes, the build can process', () => {
  it('accepts "We <3 peer workers" in a statement, as text', () => {
    const root = copyFixture();
    edit(root, STATEMENT, 'A paragraph', 'We <3 peer workers. A paragraph');
    expect(messagesFor(root)).toEqual([]);
    const { stored } = loadForBuild('statements', root);
    expect(renderMarkdown(stored.find((entry) => entry.file === STATEMENT)!.body!)).toContain('We &lt;3 peer workers');
  });

  it('gives the build the same text the validator read for an unquoted date', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'by: Test team', 'by: 2026-01-10');
    expect(messagesFor(root)).toEqual([]);
    const { stored, problems } = loadForBuild('services', root);
    expect(problems).toEqual([]);
    expect((stored[0]!.data.verification as { by: unknown }).by).toBe('2026-01-10');
  });
});

describe('finding 8: a file the parser cannot cope with is named, never a crash', () => {
  it('refuses a YAML alias bomb before expanding it', () => {
    const root = copyFixture();
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 0; level < 9; level += 1)
      lines.push(
        `${'b' + level}: &b${level} [${Array(9)
          .fill(level ? `*b${level - 1}` : '*a')
          .join(', ')}]`,
      );
    write(root, SERVICE, `${lines.join('\n')}\n${readFileSync(join(root, SERVICE), 'utf8')}`);
    const { status, output } = validateCli(root);
    expect(status).toBe(1);
    expect(output).toContain(`${SERVICE}: YAML anchors and aliases ("&name", "*name") are not allowed`);
    expect(output).not.toMatch(/validator itself failed|at .*\.ts:\d+/);
  });

  it('refuses a mapping nested 3,000 levels deep, with its line', () => {
    const root = copyFixture();
    const deep = `${'{k: '.repeat(3000)}x${'}'.repeat(3000)}`;
    write(root, CASE, `${readFileSync(join(root, CASE), 'utf8')}extra: ${deep}\n`);
    const { status, output } = validateCli(root);
    expect(status).toBe(1);
    expect(output).toContain(`${CASE}:21: the file nests fields more than 10 levels deep`);
    expect(output).not.toMatch(/validator itself failed/);
  });

  it('refuses indentation no entry needs, before parsing', () => {
    const root = copyFixture();
    const deep = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level + 1)}k:`).join('\n');
    write(root, CASE, `${readFileSync(join(root, CASE), 'utf8')}extra:\n${deep} x\n`);
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(`${CASE}:54: the file nests fields more than 10 levels deep`),
    );
  });

  it('refuses deeply nested brackets too', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'types: [ost, hiv_testing]', `types: ${'['.repeat(3000)}${']'.repeat(3000)}`);
    expect(messagesFor(root)).toContainEqual(
      expect.stringMatching(/test-dispensary\.yaml:\d+: the file nests fields more than 10 levels deep/),
    );
  });

  it('refuses a file of several megabytes before reading it as YAML', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'en: Description.', `en: "${'a'.repeat(5 * 1024 * 1024)}"`);
    expect(messagesFor(root)).toEqual([
      `${SERVICE}: the file is 5121 KB; the limit is 256 KB\n    hint: no entry is this long: check that nothing was pasted into it by mistake`,
    ]);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const root = copyFixture();
    writeFileSync(join(root, SERVICE), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(messagesFor(root)[0]).toContain(`${SERVICE}: the file is not UTF-8 text`);
  });
});

describe('finding 9: every text has a length limit', () => {
  it('refuses a 10,000-character name and says the limit', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'en: Test dispensary', `en: ${'N'.repeat(10_000)}`);
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(
        `${SERVICE}:7 › name.en: this text is 10000 characters long; the limit for this field is 200`,
      ),
    );
  });

  it('refuses a description over 5,000 characters', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'en: Description.', `en: ${'word '.repeat(1200)}`);
    expect(messagesFor(root).join('\n')).toContain(
      'description.en: this text is 5999 characters long; the limit for this field is 5000',
    );
  });
});

describe('finding 10: links that must not be published', () => {
  it('refuses a web address with a user name and password', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'cost: free', 'website: "http://user:secret@example.org/"\ncost: free');
    expect(messagesFor(root).join('\n')).toContain('website: this web address contains a user name or password');
  });

  it('flags a social-network link as the source of a case', () => {
    const root = copyFixture();
    edit(
      root,
      CASE,
      'documented_by: Test team',
      'documented_by: Test team\nsource: { title: A post, url: "https://vk.com/id12345" }',
    );
    expect(messagesFor(root).join('\n')).toContain(`${CASE}:19 › source.url: this link goes to VK, a social network`);
  });
});

describe('finding 11: a hidden address is not in the file at all', () => {
  it('refuses address, coordinates and directions when the address is not public', () => {
    const root = copyFixture();
    edit(
      root,
      SERVICE,
      'original_language: en',
      'address_visibility: approximate\naddress: { ru: ул. Ленина, 5, sr: Lenjina 5, en: 5 Lenin Street }\ndirections: { ru: Со двора, sr: Iz dvorišta, en: From the yard }\noriginal_language: en',
    );
    const messages = messagesFor(root).join('\n');
    for (const field of ['address', 'directions', 'coordinates']) {
      expect(messages).toContain(`› ${field}: with address_visibility "approximate" this field must be left out`);
    }
  });
});

describe("finding 11: a hidden place's street is not in its free text", () => {
  it('flags a street address in the description of a service whose address is not public', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'coordinates: { lat: 52.8, lon: 27.55 }\n', 'address_visibility: approximate\n');
    edit(root, SERVICE, 'ru: Описание.', 'ru: "Приют. Вход со двора: ул. Ленина, д. 5."');
    expect(messagesFor(root)).toContainEqual(
      `${SERVICE}:9 › description.ru: this text seems to contain a street address: "ул. ••••••, •. •", but the address of this service is not public\n    hint: describe the place without the street (e.g. "near the railway station"); people get the address by phone`,
    );
  });

  it('leaves a street in the description of a service whose address is public', () => {
    const root = copyFixture();
    edit(root, SERVICE, 'ru: Описание.', 'ru: "Вход со двора: ул. Ленина, д. 5."');
    expect(messagesFor(root)).toEqual([]);
  });
});

describe('finding 12: private details in free text', () => {
  it("flags a private person's name and personal number in a service description, masked, with what to do", () => {
    const root = copyFixture();
    edit(root, SERVICE, 'en: Description.', 'en: "Ask for Petrov I., his personal number +375 29 123 45 67."');
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain(
      `${SERVICE}:11 › description.en: this text seems to contain a surname with initials: "Pe•••• •."`,
    );
    expect(messages).toContain(
      `${SERVICE}:11 › description.en: this text seems to contain a phone number: "+3•• •• ••• •• ••"`,
    );
    expect(messages).toContain('hint: free text is public and must not name or reach a private person');
    expect(messages).not.toContain('123 45 67');
  });

  it.each([
    ['a messenger handle', 'en: "Write to @ivan_petrov first."', 'a messenger handle or profile link'],
    ['a Telegram link', 'en: "Chat: t.me/ivan_petrov"', 'a messenger handle or profile link'],
    ['an e-mail address', 'en: "Mail ivan.petrov@mail.ru"', 'an e-mail address'],
    ['a Serbian surname with an initial', 'en: "Pitajte za Petrović M."', 'a surname with initials'],
  ])('flags %s in a service description', (_name, text, kind) => {
    const root = copyFixture();
    edit(root, SERVICE, 'en: Description.', text);
    expect(messagesFor(root).join('\n')).toContain(`description.en: this text seems to contain ${kind}`);
  });

  it('flags personal details in a monitoring note and a pathway step', () => {
    const root = copyFixture();
    edit(
      root,
      SERVICE,
      'services: { outreach: sometimes }',
      'services: { outreach: sometimes }\n    note: { en: "Peer worker Ivanova A. counted." }',
    );
    expect(messagesFor(root).join('\n')).toContain(
      'monitoring[0].note.en: this text seems to contain a surname with initials',
    );
  });

  it("flags personal details in a statement's body, at their line", () => {
    const root = copyFixture();
    edit(root, STATEMENT, 'A paragraph', 'Call our lawyer on +381 60 123 4567. A paragraph');
    expect(messagesFor(root)).toContainEqual(
      expect.stringContaining(`${STATEMENT}:11 › body: this text seems to contain a phone number: "+3•• •• ••• ••••"`),
    );
  });

  it('flags messenger handles and surnames with initials in cases too', () => {
    const root = copyFixture();
    edit(
      root,
      CASE,
      'en: A person was refused an appointment.',
      'en: "Doctor Sidorova A. A. refused; she posts as @dr_sidorova."',
    );
    const messages = messagesFor(root).join('\n');
    expect(messages).toContain('summary.en: this text seems to contain a surname with initials');
    expect(messages).toContain('summary.en: this text seems to contain a messenger handle or profile link');
  });
});

describe('finding 13: files saved by Windows editors', () => {
  it('accepts a byte-order mark and CRLF line ends in every kind of file', () => {
    const root = copyFixture();
    for (const file of [SERVICE, CASE, 'content/statements/sample-statement/en.md', 'content/countries/by.yaml']) {
      const text = readFileSync(join(root, file), 'utf8');
      writeFileSync(join(root, file), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    }
    expect(messagesFor(root)).toEqual([]);
  });
});
