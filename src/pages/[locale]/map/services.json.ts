/** /<locale>/map/services.json — the map page's services in one language (see src/lib/map-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapFileResponse } from '../../../lib/map-files';
import { localeParams } from '../../../lib/routes';
import type { Locale } from '../../../schemas/locales';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => mapFileResponse(params.locale as Locale);
