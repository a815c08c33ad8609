/** content/countries/<code>.yaml: a country's legal context and its cities. */
import { countrySchema } from '../../schemas/countries';
import { idMatchesFileName, notInFuture, uniqueIds } from './checks';
import { defineCollection } from './collection';

/** Countries: the id is the file name; `updated` is not in the future. */
export const countries = defineCollection({
  folder: 'countries',
  ext: '.yaml',
  format: 'yaml',
  schema: countrySchema,
  checkEntry: ({ file, data }, context) => [
    ...idMatchesFileName(file, data.id, context),
    ...notInFuture(file, ['updated'], data.updated, context),
  ],
  checkAll: uniqueIds,
});
