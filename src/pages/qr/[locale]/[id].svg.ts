/** /qr/<locale>/<id>.svg — QR code of a service page in that language, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../lib/content';
import { qrSvg, servicePageUrl } from '../../../lib/slip';
import { LOCALES, type Locale } from '../../../schemas/locales';

export const getStaticPaths = (async () => {
  const services = await getServices();
  return LOCALES.flatMap((locale) => services.map((service) => ({ params: { locale, id: service.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await qrSvg(servicePageUrl(params.locale as Locale, params.id!)), { headers: { 'Content-Type': 'image/svg+xml' } });
