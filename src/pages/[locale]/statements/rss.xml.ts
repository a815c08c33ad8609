/** /<locale>/statements/rss.xml — every statement, in this language where translated, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n';
import { getStatements } from '../../../lib/content';
import { absoluteUrl, localeParams, localeUrl, PAGES } from '../../../lib/routes';
import { DC_NAMESPACE, localeFeedItems, rssItem } from '../../../lib/statements';
import type { Locale } from '../../../schemas/locales';
import { SITE } from '../../../site.config';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  return rss({
    title: t('statements.feed_title', { network: SITE.name[locale] }),
    description: t('statements.intro'),
    site: absoluteUrl(localeUrl(locale, PAGES.statements)),
    xmlns: { dc: DC_NAMESPACE },
    customData: `<language>${locale}</language>`,
    items: localeFeedItems(await getStatements(), locale).map(rssItem),
  });
};
