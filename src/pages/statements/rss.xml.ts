/** /statements/rss.xml — every language version of every statement, each item marked with its language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n';
import { getStatements } from '../../lib/content';
import { absoluteUrl, localeUrl, PAGES } from '../../lib/routes';
import { allLanguagesFeedItems, DC_NAMESPACE, rssItem } from '../../lib/statements';
import { SITE } from '../../site.config';

export const GET: APIRoute = async () => {
  const t = useTranslations('en');
  return rss({
    title: t('statements.feed_all_title', { network: SITE.name.en }),
    description: t('statements.intro'),
    site: absoluteUrl(localeUrl('en', PAGES.statements)),
    xmlns: { dc: DC_NAMESPACE },
    items: allLanguagesFeedItems(await getStatements()).map(rssItem),
  });
};
