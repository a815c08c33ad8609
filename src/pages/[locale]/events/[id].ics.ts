/** One event's calendar file ("add to calendar"), in each locale. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEventViews } from '../../../lib/content';
import { eventCalendarResponse } from '../../../lib/event-feeds';
import { LOCALES, type Locale } from '../../../schemas/locales';

export const getStaticPaths = (async () => {
  const views = await getEventViews();
  return LOCALES.flatMap((locale) =>
    views.filter(({ event }) => event.status !== 'ended').map(({ event }) => ({ params: { locale, id: event.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => eventCalendarResponse(params.locale as Locale, params.id!);
