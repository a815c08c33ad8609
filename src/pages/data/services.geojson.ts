/** /data/services.geojson — every service as a map point (approximate ones at their city's centre). */
import type { APIRoute } from 'astro';
import { getCountries, getServices } from '../../lib/content';
import { toGeoJson } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return new Response(JSON.stringify(toGeoJson(services, countries)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
