/**
 * The calendar files the site publishes, in one place for the endpoints
 * under src/pages/[locale]/events/: one per event, one of every event per
 * locale, one per country and locale.
 */
import type { Locale } from '../schemas/locales';
import { useTranslations } from '../i18n';
import { calendarFile, calendarText, UID_DOMAIN } from './calendar';
import { getCountries, getEventViews } from './content';
import { pickText } from './localized';
import { SITE } from '../site.config';

/** The iCalendar text of the events matching `filter`, named `name`, in `locale`. */
async function feed(
  locale: Locale,
  name: string,
  filter: (event: { id: string; country: string }) => boolean,
): Promise<Response> {
  const [views, countries] = await Promise.all([getEventViews(), getCountries()]);
  const t = useTranslations(locale);
  const notes = { example: t('events.example'), unverified: t('events.unverified') };
  const entries = views
    .filter(({ event }) => filter(event))
    .map((view) => ({ view, text: calendarText(view, countries.get(view.event.country), locale, notes) }));
  const body = calendarFile(name, entries, { uidDomain: UID_DOMAIN, stamp: new Date(), language: locale });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** One event's calendar file. */
export async function eventCalendarResponse(locale: Locale, id: string): Promise<Response> {
  const views = await getEventViews();
  const view = views.find(({ event }) => event.id === id);
  return feed(
    locale,
    view ? pickText(view.event.title, locale, view.event.original_language) : id,
    (event) => event.id === id,
  );
}

/** Every event in `locale`, or those in one country. */
export async function eventsFeedResponse(locale: Locale, country?: string): Promise<Response> {
  const t = useTranslations(locale);
  const countries = await getCountries();
  const found = country ? countries.get(country) : undefined;
  const name = found
    ? `${SITE.shortName}: ${t('events.subscribe_country', { country: pickText(found.name, locale, found.original_language) })}`
    : `${SITE.shortName}: ${t('events.title')}`;
  return feed(locale, name, (event) => !country || event.country === country);
}
