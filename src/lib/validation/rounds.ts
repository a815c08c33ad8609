/** content/rounds/<id>.yaml: one round of community-led monitoring (see src/schemas/monitoring.ts). */
import { roundSchema } from '../../schemas/monitoring';
import { idMatchesFileName, notInFuture, uniqueIds } from './checks';
import { defineCollection } from './collection';

/** Rounds: ids that are file names, unique, and a round that has started. */
export const rounds = defineCollection({
  folder: 'rounds',
  ext: '.yaml',
  format: 'yaml',
  schema: roundSchema,
  checkEntry: ({ file, data }, context) => [
    ...idMatchesFileName(file, data.id, context),
    ...notInFuture(file, ['period', 'start'], data.period.start, context),
  ],
  checkAll: uniqueIds,
});
