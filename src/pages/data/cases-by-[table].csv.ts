/** /data/cases-by-<category|country|year|outcome>.csv — the counts of the statistics page, labelled in every language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getCountries } from '../../lib/content';
import {
  caseStatistics,
  CASE_TABLES,
  countsToCsv,
  tableCounts,
  tableLabel,
  type CaseTable,
} from '../../lib/statistics';
import { LOCALES } from '../../schemas/locales';

export const getStaticPaths = (() =>
  CASE_TABLES.map((table) => ({ params: { table }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: CaseTable }> = async ({ props }) => {
  const [cases, countries] = await Promise.all([getCases(), getCountries()]);
  const labels = LOCALES.map((locale) => ({
    column: `label_${locale}`,
    label: (key: string) => tableLabel(props.table, key, locale, countries),
  }));
  return new Response(countsToCsv(tableCounts(caseStatistics(cases), props.table), labels), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
