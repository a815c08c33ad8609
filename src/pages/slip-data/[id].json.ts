/**
 * /slip-data/<id>.json — one service as printed on a referral slip, in every
 * language. One file per service rather than per service and language: at
 * 10,000 services each route Astro generates costs about a millisecond, and
 * the three versions together are still about a kilobyte compressed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountries, getServices } from '../../lib/content';
import { slipEntries } from '../../lib/slip';
import type { Country } from '../../schemas/countries';
import type { Service } from '../../schemas/services';

export const getStaticPaths = (async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return services.map((service) => ({ params: { id: service.id }, props: { service, country: countries.get(service.country) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: Service; country: Country | undefined }> = ({ props }) =>
  new Response(JSON.stringify(slipEntries(props.service, props.country)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
