/** Facts about referral pathways shared by the pathway pages and the slip link. */
import type { Pathway, PathwayStep } from '../schemas/pathways';
import type { Service } from '../schemas/services';

/** A step with its services looked up; ids not (or no longer) in the directory are left out. */
export interface ResolvedStep {
  step: PathwayStep;
  services: Service[];
}

/** The steps of `pathway` in order, each with the services it names that are published. */
export function resolveSteps(pathway: Pathway, services: Service[]): ResolvedStep[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  return pathway.steps.map((step) => ({
    step,
    services: step.services.flatMap((id) => {
      const service = byId.get(id);
      return service ? [service] : [];
    }),
  }));
}

/** The ids of the published services of the steps, once each, in step order — the services of the pathway's slip. */
export function slipServiceIds(steps: ResolvedStep[]): string[] {
  return [...new Set(steps.flatMap((item) => item.services.map((service) => service.id)))];
}

/** The repository path of a pathway's file. */
export function pathwayFile(pathway: Pathway): string {
  return `content/pathways/${pathway.id}.yaml`;
}
