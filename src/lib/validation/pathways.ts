/** content/pathways/<id>.yaml: ordered referral steps naming directory services. */
import { closest, type Problem } from '../../schemas/format';
import { message } from '../../schemas/messages';
import { pathwaySchema, type Pathway } from '../../schemas/pathways';
import { idMatchesFileName, knownPlace, notInFuture, uniqueIds } from './checks';
import { defineCollection } from './collection';
import { screenProse } from './privacy';
import type { CheckContext, Loaded } from './context';
import { baseName } from './files';

/** Every step's services exist (a broken service file still counts) and are in the pathway's country. */
function stepServices({ file, data }: Loaded<Pathway>, context: CheckContext): Problem[] {
  const servicesById = new Map(context.content.services.map((entry) => [entry.data.id, entry.data]));
  const fileIds = new Set(context.files.services.map(baseName));
  const knownIds = [...new Set([...fileIds, ...servicesById.keys()])];
  return data.steps.flatMap((step, stepIndex) =>
    step.services.flatMap((id, index) => {
      const path = ['steps', stepIndex, 'services', index];
      const service = servicesById.get(id);
      if (!service && !fileIds.has(id)) {
        const suggestion = closest(id, knownIds);
        const problem = context.problem(file, path, 'check.unknown_service', { id });
        return [
          suggestion
            ? { ...problem, hint: message(context.lang, 'format.did_you_mean', { value: suggestion }) }
            : problem,
        ];
      }
      if (service && service.country !== data.country) {
        return [
          context.problem(file, path, 'check.pathway_service_country', {
            id,
            other: service.country,
            country: data.country,
          }),
        ];
      }
      return [];
    }),
  );
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
