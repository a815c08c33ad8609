/**
 * Facts about services that pages, the map and the exports share: where a
 * service may be shown, how the list is grouped, how fresh an entry is.
 */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import type { Service } from '../schemas/services';
import { monthsBetween } from './dates';
import { pickText } from './localized';

/** A point on the map and whether it is only the city's centre. */
export interface PublicLocation {
  lat: number;
  lon: number;
  approximate: boolean;
}

/**
 * Where the site may show a service. Exact coordinates only when the address
 * is public and known; otherwise the city's centre, so a shelter's marker
 * never reveals its street.
 */
export function publicLocation(service: Service, country: Country | undefined): PublicLocation | undefined {
  if (service.address_visibility === 'public' && service.coordinates) {
    return { ...service.coordinates, approximate: false };
  }
  const city = country?.cities[service.city];
  return city ? { ...city.coordinates, approximate: true } : undefined;
}

/** Whether the street address may be printed. */
export function showsAddress(service: Service): boolean {
  return service.address_visibility === 'public';
}

/** One country's services by city, with the city's name in the page's language. */
export interface PlaceGroup {
  country: Country;
  cities: { key: string; name: string; services: Service[] }[];
}

/** Services grouped by country, then city, with names in `locale`, both levels sorted by name. */
export function groupByPlace(services: Service[], countries: Map<string, Country>, locale: Locale): PlaceGroup[] {
  const byCountry = new Map<string, Map<string, Service[]>>();
  for (const service of services) {
    const cities = byCountry.get(service.country) ?? new Map<string, Service[]>();
    const list = cities.get(service.city);
    if (list) list.push(service);
    else cities.set(service.city, [service]);
    byCountry.set(service.country, cities);
  }
  const collator = new Intl.Collator(locale);
  return [...byCountry.entries()]
    .flatMap(([code, cities]) => {
      const country = countries.get(code);
      if (!country) return [];
      return [
        {
          country,
          cities: [...cities.entries()]
            .map(([key, list]) => ({
              key,
              name: pickText(country.cities[key]?.name, locale, country.original_language) || key,
              services: [...list].sort((a, b) =>
                collator.compare(
                  pickText(a.name, locale, a.original_language),
                  pickText(b.name, locale, b.original_language),
                ),
              ),
            }))
            .sort((a, b) => collator.compare(a.name, b.name)),
        },
      ];
    })
    .sort((a, b) => collator.compare(pickText(a.country.name, locale), pickText(b.country.name, locale)));
}

/** Months since the entry was last checked, as of `today`. */
export function verificationAgeMonths(service: Service, today: string): number {
  return monthsBetween(service.verification.date, today);
}

/** The repository path of a service's file, for "Edit this entry". */
export function serviceFile(service: Service): string {
  return `content/services/${service.country}/${service.city}/${service.id}.yaml`;
}

/** Every country sorted by its name in `locale`, with how many of `services` it has. */
export function countriesByName(
  countries: Map<string, Country>,
  services: Service[],
  locale: Locale,
): { country: Country; serviceCount: number }[] {
  const collator = new Intl.Collator(locale);
  return [...countries.values()]
    .map((country) => ({ country, serviceCount: services.filter((service) => service.country === country.id).length }))
    .sort((a, b) =>
      collator.compare(
        pickText(a.country.name, locale, a.country.original_language),
        pickText(b.country.name, locale, b.country.original_language),
      ),
    );
}
