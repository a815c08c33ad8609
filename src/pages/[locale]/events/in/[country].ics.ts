/** One country's events as a subscribable calendar, per locale. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCountries } from '../../../../lib/content';
import { eventsFeedResponse } from '../../../../lib/event-feeds';
import { LOCALES, type Locale } from '../../../../schemas/locales';

export const getStaticPaths = (async () => {
  const countries = await getCountries();
  return LOCALES.flatMap((locale) => [...countries.keys()].map((country) => ({ params: { locale, country } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => eventsFeedResponse(params.locale as Locale, params.country!);
