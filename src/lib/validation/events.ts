/**
 * content/events/<country>/<id>.yaml: the cross-checks one file cannot make
 * alone — the file's place in the tree, the country and city, the services
 * it names (existing, with a did-you-mean hint, and in its country, like
 * pathways), and every cancelled day being a day the event falls on.
 */
import { eventSchema, type EventEntry } from '../../schemas/events';
import type { Problem } from '../../schemas/format';
import { expandSchedule, isOccurrence } from '../recurrence';
import { knownPlace, notInFuture, servicesInCountry, uniqueIds, type NamedService } from './checks';
import { defineCollection } from './collection';
import type { CheckContext, Loaded } from './context';
import { addressIsPublic, screenProse } from './privacy';

/** The event's own directory entry and the services present exist and are in its country. */
function namedServices({ file, data }: Loaded<EventEntry>, context: CheckContext): Problem[] {
  const named: NamedService[] = data.service ? [{ id: data.service, path: ['service'] }] : [];
  data.services.forEach((id, index) => named.push({ id, path: ['services', index] }));
  return servicesInCountry(file, named, data.country, 'check.event_service_country', context);
}

/** Every cancelled day is one the schedule yields; the hint lists the next ones it does. */
function cancelledDays({ file, data }: Loaded<EventEntry>, context: CheckContext): Problem[] {
  return data.schedule.cancelled.flatMap(({ date }, index) => {
    if (isOccurrence(data.schedule, date)) return [];
    const days = expandSchedule(data.schedule, date, { days: 400, max: 3 }).map((occurrence) => occurrence.day);
    return [
      context.problem(file, ['schedule', 'cancelled', index, 'date'], 'event.not_an_occurrence', {
        date,
        days: days.join(', ') || '—',
      }),
    ];
  });
}

/** Events: file place, place, date, the services named and the cancelled days. */
export const events = defineCollection({
  folder: 'events',
  ext: '.yaml',
  format: 'yaml',
  schema: eventSchema,
  // Free text carries no private name, phone or handle; no street either when the place is not public.
  checkParsed: (file, data, context) => screenProse(file, data, context, { streets: !addressIsPublic(data) }),
  checkEntry: (entry, context) => {
    const expected = `content/events/${entry.data.country}/${entry.data.id}.yaml`;
    return [
      ...(entry.file === expected ? [] : [context.problem(entry.file, ['id'], 'check.event_folder', { expected })]),
      ...knownPlace(entry.file, entry.data, context),
      ...notInFuture(entry.file, ['verification', 'date'], entry.data.verification.date, context),
      ...namedServices(entry, context),
      ...cancelledDays(entry, context),
    ];
  },
  checkAll: uniqueIds,
});
