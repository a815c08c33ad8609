/** content/pathways/<id>.yaml: ordered referral steps naming directory services. */
import type { Problem } from '../../schemas/format';
import { pathwaySchema, type Pathway } from '../../schemas/pathways';
import { idMatchesFileName, knownPlace, notInFuture, servicesInCountry, uniqueIds } from './checks';
import { defineCollection } from './collection';
import { screenProse } from './privacy';
import type { CheckContext, Loaded } from './context';

/** Every step's services exist and are in the pathway's country. */
function stepServices({ file, data }: Loaded<Pathway>, context: CheckContext): Problem[] {
  const named = data.steps.flatMap((step, stepIndex) =>
    step.services.map((id, index) => ({ id, path: ['steps', stepIndex, 'services', index] })),
  );
  return servicesInCountry(file, named, data.country, 'check.pathway_service_country', context);
}

/** Pathways: id, place, date and the services of every step. */
export const pathways = defineCollection({
  folder: 'pathways',
  ext: '.yaml',
  format: 'yaml',
  schema: pathwaySchema,
  checkParsed: (file, data, context) => screenProse(file, data, context),
  checkEntry: (entry, context) => [
    ...idMatchesFileName(entry.file, entry.data.id, context),
    ...knownPlace(entry.file, entry.data, context),
    ...notInFuture(entry.file, ['verification', 'date'], entry.data.verification.date, context),
    ...stepServices(entry, context),
  ],
  checkAll: uniqueIds,
});
