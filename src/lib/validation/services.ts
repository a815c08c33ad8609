/** content/services/<country>/<city>/<id>.yaml: one service provider. */
import { serviceSchema } from '../../schemas/services';
import { idMatchesFileName, knownPlace, notInFuture, uniqueIds } from './checks';
import { defineCollection } from './collection';
import { addressIsPublic, screenProse } from './privacy';

/** Services: id, folder, place and dates agree with the rest of the content. */
export const services = defineCollection({
  folder: 'services',
  ext: '.yaml',
  format: 'yaml',
  schema: serviceSchema,
  // Phones, e-mails, handles and names belong in no description or note; streets nowhere when the address is hidden.
  checkParsed: (file, data, context) => screenProse(file, data, context, { streets: !addressIsPublic(data) }),
  checkEntry: ({ file, data }, context) => {
    const expectedFile = `content/services/${data.country}/${data.city}/${data.id}.yaml`;
    return [
      ...idMatchesFileName(file, data.id, context),
      ...(file === expectedFile ? [] : [context.fileProblem(file, 'check.service_folder', { expected: expectedFile })]),
      ...knownPlace(file, data, context),
      ...notInFuture(file, ['verification', 'date'], data.verification.date, context),
      ...data.monitoring.flatMap((record, index) =>
        notInFuture(file, ['monitoring', index, 'date'], record.date, context),
      ),
    ];
  },
  checkAll: uniqueIds,
});
