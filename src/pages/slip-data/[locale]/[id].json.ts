/** /slip-data/<locale>/<id>.json — one service as printed on a referral slip, in that language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountries, getServices } from '../../../lib/content';
import { slipEntry } from '../../../lib/slip';
import { LOCALES, type Locale } from '../../../schemas/locales';
import type { Country } from '../../../schemas/countries';
import type { Service } from '../../../schemas/services';

export const getStaticPaths = (async () => {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return LOCALES.flatMap((locale) =>
    services.map((service) => ({ params: { locale, id: service.id }, props: { service, country: countries.get(service.country) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: Service; country: Country | undefined }> = ({ params, props }) =>
  new Response(JSON.stringify(slipEntry(props.service, props.country, params.locale as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
