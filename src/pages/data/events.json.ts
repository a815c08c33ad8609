/** /data/events.json — every event with its RFC 5545 rule and dated upcoming occurrences (HSDS has no events table). */
import type { APIRoute } from 'astro';
import { getCountries, getEventViews } from '../../lib/content';
import { todayIso } from '../../lib/dates';
import { toEventsJson } from '../../lib/event-export';

export const GET: APIRoute = async () => {
  const [views, countries] = await Promise.all([getEventViews(), getCountries()]);
  return new Response(JSON.stringify(toEventsJson(views, countries, todayIso())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
