/** Checks several collections share: ids, places, dates. Each returns its problems. */
import { closest, type Problem } from '../../schemas/format';
import { message } from '../../schemas/messages';
import type { CheckContext, Loaded } from './context';
import { baseName } from './files';

/** The id must be the file name (without extension). */
export function idMatchesFileName(file: string, id: string, context: CheckContext): Problem[] {
  return id === baseName(file)
    ? []
    : [context.problem(file, ['id'], 'check.id_file_mismatch', { id, file: baseName(file) })];
}

/** Each id once per collection; every later file with a taken id is reported. */
export function uniqueIds(entries: Loaded<{ id: string }>[], context: CheckContext): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, data } of entries) {
    const other = seen.get(data.id);
    if (other) problems.push(context.problem(file, ['id'], 'check.duplicate_id', { id: data.id, other }));
    else seen.set(data.id, file);
  }
  return problems;
}

/** A date (YYYY-MM-DD) at `path` must not be after today. */
export function notInFuture(
  file: string,
  path: PropertyKey[],
  date: string | undefined,
  context: CheckContext,
): Problem[] {
  return date && date > context.today ? [context.problem(file, path, 'check.in_future', { date })] : [];
}

/** The country must exist, the city must be one of its cities, the point inside its bounds. */
export function knownPlace(
  file: string,
  place: { country: string; city?: string; coordinates?: { lat: number; lon: number } },
  context: CheckContext,
): Problem[] {
  const { country, city, coordinates: point } = place;
  const found = context.content.countries.find((entry) => entry.data.id === country)?.data;
  if (!found) return [context.problem(file, ['country'], 'check.unknown_country', { country })];
  const problems: Problem[] = [];
  if (city !== undefined && !found.cities[city]) {
    problems.push(
      context.problem(file, ['city'], 'check.unknown_city', {
        country,
        city,
        cities: Object.keys(found.cities).join(', ') || '—',
      }),
    );
  }
  if (point) {
    const { south, west, north, east } = found.bounds;
    if (point.lat < south || point.lat > north || point.lon < west || point.lon > east) {
      problems.push(
        context.problem(file, ['coordinates'], 'check.outside_country', {
          lat: point.lat,
          lon: point.lon,
          country: found.name.en ?? country,
        }),
      );
    }
  }
  return problems;
}

/** A service id named by another file, with where it stands in that file. */
export interface NamedService {
  id: string;
  path: PropertyKey[];
}

/**
 * Every named service exists (a broken service file still counts, so one
 * mistake is not reported twice) and is in `country`; an unknown id gets a
 * did-you-mean hint. `wrongCountry` is the message for a service elsewhere.
 */
export function servicesInCountry(
  file: string,
  named: NamedService[],
  country: string,
  wrongCountry: 'check.event_service_country' | 'check.pathway_service_country',
  context: CheckContext,
): Problem[] {
  const servicesById = new Map(context.content.services.map((entry) => [entry.data.id, entry.data]));
  const fileIds = new Set(context.files.services.map(baseName));
  const knownIds = [...new Set([...fileIds, ...servicesById.keys()])];
  return named.flatMap(({ id, path }) => {
    const service = servicesById.get(id);
    if (!service && !fileIds.has(id)) {
      const problem = context.problem(file, path, 'check.unknown_service', { id });
      const suggestion = closest(id, knownIds);
      return [
        suggestion
          ? { ...problem, hint: message(context.lang, 'format.did_you_mean', { value: suggestion }) }
          : problem,
      ];
    }
    if (service && service.country !== country) {
      return [context.problem(file, path, wrongCountry, { id, other: service.country, country })];
    }
    return [];
  });
}
