/** /<locale>/map/services.json — the map page's services in one language (see src/lib/map-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountries, getNaloxoneAlways, getServices } from '../../../lib/content';
import { buildMapFile, hoursEncoder } from '../../../lib/map-data';
import { localeParams } from '../../../lib/routes';
import type { Locale } from '../../../schemas/locales';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

// One encoder for the whole build, so the three languages parse each schedule once.
const hoursOf = hoursEncoder(new Date());

export const GET: APIRoute = async ({ params }) => {
  const [services, countries, naloxoneAlways] = await Promise.all([getServices(), getCountries(), getNaloxoneAlways()]);
  return new Response(
    JSON.stringify(buildMapFile(services, countries, params.locale as Locale, hoursOf, naloxoneAlways)),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
