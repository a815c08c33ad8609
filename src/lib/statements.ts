/**
 * Facts about statements shared by the list, the statement pages, the press
 * page and the feeds: which version a locale shows, grouping by year and
 * topic, and the items of the RSS feeds.
 */
import type { Locale } from '../schemas/locales';
import type { Statement } from '../schemas/statements';
import { keysOf, STATEMENT_TOPICS } from '../schemas/vocabularies';
import { absoluteUrl, localeUrl, PAGES } from './routes';

/** The part of a statement group these helpers read (see `StatementGroup` in content.ts). */
export interface StatementVersions {
  id: string;
  original: Statement;
  versions: Partial<Record<Locale, { data: Statement }>>;
}

/** The version a page in `locale` shows: its own, else the original. */
export function shownVersion(group: StatementVersions, locale: Locale): Statement {
  return (group.versions[locale] ?? group.versions[group.original.original_language])?.data ?? group.original;
}

/** Statements grouped by the year they were published, newest year first, order kept within a year. */
export function statementsByYear<T extends StatementVersions>(groups: T[]): { year: string; statements: T[] }[] {
  const years = new Map<string, T[]>();
  for (const group of groups) {
    const year = group.original.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), group]);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, statements]) => ({ year, statements }));
}

/** Topics that have statements, in vocabulary order, each with its statements. */
export function statementsByTopic<T extends StatementVersions>(
  groups: T[],
): { topic: keyof typeof STATEMENT_TOPICS; statements: T[] }[] {
  return keysOf(STATEMENT_TOPICS)
    .map((topic) => ({ topic, statements: groups.filter((group) => group.original.topics.includes(topic)) }))
    .filter((entry) => entry.statements.length > 0);
}

/** One item of a statements feed. */
export interface FeedItem {
  title: string;
  description: string;
  /** Site-relative URL of the statement page. */
  link: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** The language the title and summary are written in. */
  language: Locale;
  topics: string[];
}

function item(group: StatementVersions, version: Statement, pageLocale: Locale): FeedItem {
  return {
    title: version.title,
    description: version.summary,
    link: localeUrl(pageLocale, PAGES.statement(group.id)),
    date: group.original.date,
    language: version.lang,
    topics: [...group.original.topics],
  };
}

/**
 * The feed of one locale: every statement once, newest first, linking to the
 * page in that locale; an untranslated statement appears in its original
 * language (and says so through `language`).
 */
export function localeFeedItems(groups: StatementVersions[], locale: Locale): FeedItem[] {
  return groups.map((group) => item(group, shownVersion(group, locale), locale)).sort(byDateDesc);
}

/** The feed of all languages: every language version that exists, newest first, each linking to its own page. */
export function allLanguagesFeedItems(groups: StatementVersions[]): FeedItem[] {
  return groups
    .flatMap((group) =>
      (Object.entries(group.versions) as [Locale, { data: Statement }][]).map(([lang, version]) =>
        item(group, version.data, lang),
      ),
    )
    .sort(byDateDesc);
}

function byDateDesc(a: FeedItem, b: FeedItem): number {
  return b.date.localeCompare(a.date) || a.link.localeCompare(b.link);
}

/** Text as HTML content that shows exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Namespace for the per-item language of the feeds (RSS 2.0 has a language only per channel). */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** A feed item in the shape `@astrojs/rss` takes: absolute link, a date, topics as categories, the item's language as `dc:language`. */
export function rssItem(entry: FeedItem): {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  customData: string;
} {
  return {
    title: entry.title,
    // RSS readers render a description as HTML once its XML is decoded: escape it as HTML too, so text stays text.
    description: escapeHtml(entry.description),
    link: absoluteUrl(entry.link),
    pubDate: new Date(`${entry.date}T00:00:00Z`),
    categories: entry.topics.map(
      (topic) => STATEMENT_TOPICS[topic as keyof typeof STATEMENT_TOPICS]?.[entry.language].label ?? topic,
    ),
    customData: `<dc:language>${entry.language}</dc:language>`,
  };
}
