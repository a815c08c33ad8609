/** /data/services.csv — one row per service, RFC 4180, UTF-8. */
import type { APIRoute } from 'astro';
import { getCountries, getServices } from '../../lib/content';
import { toCsv } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return new Response(toCsv(services, countries), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
