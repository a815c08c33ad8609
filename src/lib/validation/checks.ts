/** Checks several collections share: ids, places, dates. Each returns its problems. */
import type { Problem } from '../../schemas/format';
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
