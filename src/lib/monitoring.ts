/**
 * Community-led monitoring (seed 003): peers ask people who use a service
 * whether supplies and services were there. Pages show the latest round.
 */
import type { MonitoringRecord, Service } from '../schemas/services';
import type { AVAILABILITY } from '../schemas/vocabularies';

/** How often something was there: always, sometimes or never. */
export type Availability = keyof typeof AVAILABILITY;

/** The newest monitoring record of a service, if any. */
export function latestMonitoring(service: Service): MonitoringRecord | undefined {
  return service.monitoring.reduce<MonitoringRecord | undefined>(
    (latest, record) => (!latest || record.date > latest.date ? record : latest),
    undefined,
  );
}

/** One row of the monitoring table: a commodity or a service and how often it was there. */
export interface MonitoringRow {
  kind: 'commodity' | 'service';
  key: string;
  availability: Availability;
}

/** The rows of a record: commodities first, then services, each in the order written. */
export function monitoringRows(record: MonitoringRecord): MonitoringRow[] {
  const rows = (kind: MonitoringRow['kind'], map: Partial<Record<string, Availability>>) =>
    Object.entries(map).flatMap(([key, availability]) => (availability ? [{ kind, key, availability }] : []));
  return [...rows('commodity', record.commodities), ...rows('service', record.services)];
}

/** How many items of a record were always, sometimes and never available. */
export function monitoringTally(record: MonitoringRecord): Record<Availability, number> & { total: number } {
  const tally = { always: 0, sometimes: 0, never: 0, total: 0 };
  for (const { availability } of monitoringRows(record)) {
    tally[availability] += 1;
    tally.total += 1;
  }
  return tally;
}
