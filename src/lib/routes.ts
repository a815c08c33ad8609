/**
 * URLs of the site. Every page exists in every locale at /<locale>/<path>,
 * so the language switcher and hreflang alternates only swap the prefix.
 */
import { LOCALES, type Locale } from '../schemas/locales';
import { SITE } from '../site.config';

/** `getStaticPaths` result for a page that exists once per locale. */
export function localeParams(): { params: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/** The site-relative URL of `path` in `locale`, always ending in a slash. */
export function localeUrl(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return `${SITE.base}/${locale}/${clean ? `${clean}/` : ''}`;
}

/**
 * The site-relative URL of `path` in the Serbian Cyrillic edition, which is
 * written from the Serbian (Latin) pages after the build (src/integrations/serbian-cyrillic.ts).
 */
export function serbianCyrillicUrl(path = ''): string {
  return `${SITE.base}/sr-cyrl${localeUrl('sr', path).slice(`${SITE.base}/sr`.length)}`;
}

/** The site-relative URL of a file outside the locale folders, e.g. `data/services.csv`. */
export function fileUrl(path: string): string {
  return `${SITE.base}/${path.replace(/^\/+/, '')}`;
}

/** The absolute URL of a site-relative URL. */
export function absoluteUrl(url: string): string {
  return new URL(url, SITE.url).href;
}

/** The locale-independent part of a URL pathname: `/ru/services/x/` → `services/x`. */
export function pathWithoutLocale(pathname: string): string {
  const base: string = SITE.base;
  const withoutBase = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const [, first, ...rest] = withoutBase.split('/');
  const parts = LOCALES.includes(first as Locale) ? rest : [first, ...rest];
  return parts.filter(Boolean).join('/');
}

/**
 * Whether a page announces the statement feeds in its head: the home page,
 * the statements and the press page, where a journalist's feed reader looks.
 * Announcing them from every service page would repeat two links in tens of
 * thousands of pages for no reader.
 */
export function announcesFeeds(path: string): boolean {
  return (
    path === PAGES.home || path === PAGES.press || path === PAGES.statements || path.startsWith(`${PAGES.statements}/`)
  );
}

/** The RSS feed of statements in one locale, or in all languages when `locale` is omitted. */
export function statementsFeedUrl(locale?: Locale): string {
  return locale ? `${localeUrl(locale, PAGES.statements)}rss.xml` : `${SITE.base}/${PAGES.statements}/rss.xml`;
}

/** An event's calendar file (`.ics`) in `locale`. */
export function eventCalendarUrl(locale: Locale, id: string): string {
  return `${localeUrl(locale, PAGES.events)}${id}.ics`;
}

/** The subscribable calendar of every event in `locale`, or of one country's. */
export function eventsFeedUrl(locale: Locale, country?: string): string {
  return `${localeUrl(locale, PAGES.events)}${country ? `in/${country}` : 'calendar'}.ics`;
}

/** Named pages, so links are not spelt out in templates. */
export const PAGES = {
  home: '',
  services: 'services',
  map: 'map',
  statements: 'statements',
  cases: 'cases',
  search: 'search',
  contribute: 'contribute',
  contributeTranslations: 'contribute/translations',
  contributeNewService: 'contribute/new-service',
  privacy: 'privacy',
  countries: 'countries',
  data: 'data',
  pathways: 'pathways',
  events: 'events',
  slip: 'slip',
  press: 'press',
  caseStatistics: 'cases/statistics',
  caseGuide: 'cases/guide',
  monitoring: 'monitoring',
  contributeTally: 'contribute/tally',
  monitoringRound: (id: string) => `monitoring/${id}`,
  service: (id: string) => `services/${id}`,
  /** The directory's page of a country, or of one of its cities (see src/lib/directory-pages.ts). */
  servicesIn: (country: string, city?: string) => `services/in/${country}${city ? `/${city}` : ''}`,
  /** A printable booklet of a city's services, or of a small country's (src/lib/booklet.ts). */
  booklet: (country: string, city?: string) => `print/${country}${city ? `/${city}` : ''}`,
  pathway: (id: string) => `pathways/${id}`,
  event: (id: string) => `events/${id}`,
  country: (id: string) => `countries/${id}`,
  statement: (id: string) => `statements/${id}`,
  rightsCase: (id: string) => `cases/${id}`,
} as const;

/** GitHub link that opens a new file at `file` in the web editor, optionally with its text filled in. */
export function newFileUrl(file: string, value?: string): string {
  const query = new URLSearchParams({ filename: file });
  if (value !== undefined) query.set('value', value);
  return `${SITE.repository}/new/${SITE.branch}?${query.toString()}`;
}

/** GitHub link that opens the file of an entry in the web editor. */
export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${file}`;
}

/** The issue form a "Report outdated information" link opens (.github/ISSUE_TEMPLATE/). */
const OUTDATED_FORM = { template: 'outdated-information.yml', pageField: 'page' } as const;

/**
 * GitHub link that opens the "outdated information" issue form with the
 * entry named in its title and the page filled in. The form carries the
 * labels and the questions, so the link stays short: it is on every entry
 * page, and a prefilled body with a Russian title percent-encoded was half a
 * kilobyte of each of them.
 */
export function outdatedReportUrl(id: string, pageUrl: string): string {
  const query = new URLSearchParams({
    template: OUTDATED_FORM.template,
    title: `Outdated: ${id}`,
    [OUTDATED_FORM.pageField]: pageUrl,
  });
  return `${SITE.repository}/issues/new?${query.toString()}`;
}
