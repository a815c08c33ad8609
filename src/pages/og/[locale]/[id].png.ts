/** /og/<locale>/<id>.png — the share image of a statement, rendered at build time (see src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n';
import { getStatements, type StatementGroup } from '../../../lib/content';
import { formatDate } from '../../../lib/dates';
import { renderPng, titleCardSvg } from '../../../lib/og-image';
import { shownVersion } from '../../../lib/statements';
import { LOCALES, type Locale } from '../../../schemas/locales';
import { SITE } from '../../../site.config';

export const getStaticPaths = (async () => {
  const statements = await getStatements();
  return LOCALES.flatMap((locale) =>
    statements.map((group) => ({ params: { locale, id: group.id }, props: { group } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: StatementGroup }> = ({ params, props }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const svg = titleCardSvg({
    label: `${SITE.shortName} · ${t('statement.cite_medium')}`,
    title: shownVersion(props.group, locale).title,
    date: formatDate(props.group.original.date, locale),
    publisher: SITE.name[locale],
  });
  return new Response(renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
