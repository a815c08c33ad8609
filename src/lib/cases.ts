/** Facts about rights cases shared by the list, the case pages and the statistics. */
import type { RightsCase } from '../schemas/cases';

/** The repository path of a case's file. */
export function caseFile(entry: RightsCase): string {
  return `content/cases/${entry.country}/${entry.id}.yaml`;
}
