/**
 * content/tallies/<round>/<service>.yaml: the counts of one service in one
 * monitoring round. Checked against the other files: the round and the
 * service exist, the file sits in its round's folder, it asks only what the
 * round asks and the service offers, its dates fall inside the round, and
 * its comment holds no personal data.
 */
import { findPersonalData, PERSONAL_DATA_LABELS } from '../../schemas/anonymity';
import { closest, type Problem } from '../../schemas/format';
import { message, type MessageKey } from '../../schemas/messages';
import { tallySchema, type Round, type Tally } from '../../schemas/monitoring';
import { MONITORING_ITEM_OFFERED_BY, type MONITORING_ITEMS } from '../../schemas/vocabularies';
import { defineCollection } from './collection';
import type { CheckContext, Loaded } from './context';
import { baseName } from './files';

/** A problem with a did-you-mean hint when a close known value exists. */
function unknownId(
  file: string,
  path: PropertyKey[],
  key: MessageKey,
  id: string,
  known: string[],
  context: CheckContext,
): Problem {
  const problem = context.problem(file, path, key, { id });
  const suggestion = closest(id, known);
  return suggestion
    ? { ...problem, hint: message(context.lang, 'format.did_you_mean', { value: suggestion }) }
    : problem;
}

/** The file's place, and that its round and service exist (a broken service file still counts). */
function placeAndReferences({ file, data }: Loaded<Tally>, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const expected = `content/tallies/${data.round}/${data.service}.yaml`;
  if (file !== expected) problems.push(context.fileProblem(file, 'monitoring.tally_folder', { expected }));
  const roundIds = context.content.rounds.map((entry) => entry.data.id);
  if (!roundIds.includes(data.round))
    problems.push(unknownId(file, ['round'], 'monitoring.unknown_round', data.round, roundIds, context));
  const serviceIds = [
    ...new Set([...context.content.services.map((entry) => entry.data.id), ...context.files.services.map(baseName)]),
  ];
  if (!serviceIds.includes(data.service))
    problems.push(unknownId(file, ['service'], 'check.unknown_service', data.service, serviceIds, context));
  return problems;
}

/** Interview days: not in the future, inside the round's period. */
function datesInRound({ file, data }: Loaded<Tally>, round: Round | undefined, context: CheckContext): Problem[] {
  return (['from', 'to'] as const).flatMap((field) => {
    const date = data[field];
    if (date > context.today) return [context.problem(file, [field], 'check.in_future', { date })];
    if (round && (date < round.period.start || date > round.period.end)) {
      return [
        context.problem(file, [field], 'monitoring.outside_round', {
          date,
          start: round.period.start,
          end: round.period.end,
        }),
      ];
    }
    return [];
  });
}

/** Every item answered is in the round's questionnaire and offered by one of the service's types. */
function itemsAsked({ file, data }: Loaded<Tally>, round: Round | undefined, context: CheckContext): Problem[] {
  const service = context.content.services.find((entry) => entry.data.id === data.service)?.data;
  return (Object.keys(data.answers) as (keyof typeof MONITORING_ITEMS)[]).flatMap((item) => {
    const problems: Problem[] = [];
    if (round && !round.questionnaire.includes(item)) {
      problems.push(
        context.problem(file, ['answers', item], 'monitoring.not_in_questionnaire', {
          round: round.id,
          item,
          items: round.questionnaire.join(', '),
        }),
      );
    }
    const offeredBy = MONITORING_ITEM_OFFERED_BY[item];
    if (service && !service.types.some((type) => offeredBy.includes(type))) {
      problems.push(
        context.problem(file, ['answers', item], 'monitoring.not_offered', {
          service: service.id,
          item,
          types: offeredBy.join(', '),
        }),
      );
    }
    return problems;
  });
}

/** A comment must not identify anyone. */
function commentScreened({ file, data }: Loaded<Tally>, context: CheckContext): Problem[] {
  return Object.entries(data.comment ?? {}).flatMap(([language, text]) =>
    findPersonalData(text ?? '').map((finding) =>
      context.problem(file, ['comment', language], 'monitoring.personal_data', {
        kind: PERSONAL_DATA_LABELS[context.lang][finding.kind],
        fragment: finding.masked,
      }),
    ),
  );
}

/** One tally per service and round. */
function oneTallyPerService(entries: Loaded<Tally>[], context: CheckContext): Problem[] {
  const seen = new Map<string, string>();
  return entries.flatMap(({ file, data }) => {
    const key = `${data.round}/${data.service}`;
    const other = seen.get(key);
    if (!other) seen.set(key, file);
    return other ? [context.problem(file, ['service'], 'check.duplicate_id', { id: key, other })] : [];
  });
}

/** Tallies: counts that add up (schema), then their round, service, items, dates and comment. */
export const tallies = defineCollection({
  folder: 'tallies',
  ext: '.yaml',
  format: 'yaml',
  schema: tallySchema,
  entryId: (_file, data) => `${String(data.round)}/${String(data.service)}`,
  checkEntry: (entry, context) => {
    const round = context.content.rounds.find((candidate) => candidate.data.id === entry.data.round)?.data;
    return [
      ...placeAndReferences(entry, context),
      ...datesInRound(entry, round, context),
      ...itemsAsked(entry, round, context),
      ...commentScreened(entry, context),
    ];
  },
  checkAll: oneTallyPerService,
});
