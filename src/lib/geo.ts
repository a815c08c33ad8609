/**
 * Distances on the globe for "near me". Pure and dependency-free, because it
 * runs in the browser with the visitor's position, which never leaves the
 * device.
 */

/** A point in degrees (WGS 84). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points in kilometres (haversine formula). */
export function haversineKm(from: LatLon, to: LatLon): number {
  const dLat = toRadians(to.lat - from.lat);
  const dLon = toRadians(to.lon - from.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * `items` sorted by distance from `origin`, nearest first, each with its
 * distance. Items without a location go last, in their original order, as do
 * ties (the sort is stable).
 */
export function sortByDistance<T>(
  items: readonly T[],
  origin: LatLon,
  locationOf: (item: T) => LatLon | undefined,
): { item: T; km: number | undefined }[] {
  return items
    .map((item) => {
      const location = locationOf(item);
      return { item, km: location ? haversineKm(origin, location) : undefined };
    })
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
}

/** The south-west and north-east corners around `points`, or undefined for none. */
export function boundsOf(
  points: readonly LatLon[],
): { south: number; west: number; north: number; east: number } | undefined {
  if (!points.length) return undefined;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return { south, west, north, east };
}
