/** /data/hsds/services.json — the directory as Open Referral HSDS 3.0 (one page of services; deviations listed in its x_meta). */
import type { APIRoute } from 'astro';
import { getCountries, getServices } from '../../../lib/content';
import { toHsds } from '../../../lib/hsds';
import { SITE } from '../../../site.config';

export const GET: APIRoute = async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return new Response(JSON.stringify(toHsds(services, countries, SITE.dataLicence)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
