/** Every event as one subscribable calendar, per locale. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsFeedResponse } from '../../../lib/event-feeds';
import { localeParams } from '../../../lib/routes';
import type { Locale } from '../../../schemas/locales';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => eventsFeedResponse(params.locale as Locale);
