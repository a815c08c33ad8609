/**
 * The contributing guide has one source per language,
 * content/guides/contributing/<lang>.md, rendered on the site's contribute
 * page. GitHub shows CONTRIBUTING.md (and its translations in docs/) to
 * people who open a pull request, so those files are generated from the same
 * source by `npm run contributing`, and a unit test keeps them in step.
 */
import type { Locale } from '../schemas/locales';
import { LOCALE_NAMES, LOCALES } from '../schemas/locales';
import { SITE } from '../site.config';

/** Where each language's CONTRIBUTING file lives in the repository. */
export const CONTRIBUTING_FILES: Record<Locale, string> = {
  en: 'CONTRIBUTING.md',
  ru: 'docs/CONTRIBUTING.ru.md',
  sr: 'docs/CONTRIBUTING.sr.md',
};

/** The source of a language's guide. */
export function guideSource(lang: Locale): string {
  return `content/guides/contributing/${lang}.md`;
}

/** A repository path written relative to the folder of `from`. */
function relativePath(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  while (fromParts.length && fromParts[0] === toParts[0]) {
    fromParts.shift();
    toParts.shift();
  }
  return [...fromParts.map(() => '..'), ...toParts].join('/');
}

/** Splits a Markdown file into its frontmatter fields (flat, one line each) and its body. */
function splitGuide(source: string): { title: string; summary: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('the guide must start with a frontmatter block between two "---" lines');
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.+)$`, 'm')
      .exec(match[1]!)?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '') ?? '';
  return { title: field('title'), summary: field('summary'), body: match[2]!.trim() };
}

/**
 * The guide links the site's pages from its root (`/en/cases/guide/`), which
 * the site puts under its base path; on GitHub they become full addresses.
 */
function withSiteAddresses(markdown: string, siteRoot: string): string {
  return markdown.replace(/(\]\(|^\[[^\]]+\]:\s*)\/(?!\/)/gm, `$1${siteRoot}/`);
}

/**
 * The CONTRIBUTING file of `lang`, made from the guide's source text;
 * `siteRoot` is the published site's address (no trailing slash).
 */
export function contributingDocument(lang: Locale, source: string, siteRoot = `${SITE.url}${SITE.base}`): string {
  const guide = splitGuide(source);
  const { title, summary } = guide;
  const body = withSiteAddresses(guide.body, siteRoot);
  const file = CONTRIBUTING_FILES[lang];
  const languages = LOCALES.map((other) =>
    other === lang
      ? `**${LOCALE_NAMES[other]}**`
      : `[${LOCALE_NAMES[other]}](${relativePath(file, CONTRIBUTING_FILES[other])})`,
  ).join(' · ');
  return [
    `<!-- Generated from ${guideSource(lang)} by "npm run contributing". Edit that file, then run the command. -->`,
    '',
    `# ${title}`,
    '',
    languages,
    '',
    `_${summary}_`,
    '',
    body,
    '',
  ].join('\n');
}
