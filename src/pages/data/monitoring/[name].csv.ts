/** /data/monitoring/<round>-cities.csv, <round>-services.csv and rounds.csv — the monitoring report's tables. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMonitoringReports } from '../../../lib/content';
import { monitoringCsv, monitoringCsvName, monitoringTables, type MonitoringCsv } from '../../../lib/monitoring-csv';

export const getStaticPaths = (async () =>
  monitoringTables(await getMonitoringReports()).map((table) => ({
    params: { name: monitoringCsvName(table) },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: MonitoringCsv }> = async ({ props }) =>
  new Response(monitoringCsv(props.table, await getMonitoringReports()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
