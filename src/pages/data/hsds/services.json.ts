/** /data/hsds/services.json — the directory in the shape of Open Referral HSDS (deviations listed in its meta). */
import type { APIRoute } from 'astro';
import { getCountries, getServices } from '../../../lib/content';
import { toHsds } from '../../../lib/exports';
import { SITE } from '../../../site.config';

export const GET: APIRoute = async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return new Response(JSON.stringify(toHsds(services, countries, SITE.dataLicence)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
