/**
 * Which services nobody has checked for a long time, grouped the way an
 * outreach worker would go and check them: by country, then city. Feeds
 * `npm run stale`.
 */
import type { Service } from '../schemas/services';
import { serviceFile, verificationAgeMonths } from './services';

/** A service due for a check. */
export interface StaleService {
  id: string;
  file: string;
  /** The day it was last checked. */
  checked: string;
  /** Whole months since then. */
  months: number;
  status: Service['verification']['status'];
}

/** Stale services of one city, oldest check first. */
export interface StaleCity {
  city: string;
  services: StaleService[];
}

/** Stale services of one country, cities in alphabetical order. */
export interface StaleCountry {
  country: string;
  cities: StaleCity[];
}

/** Whether a service was last checked `months` or more months before `today`. */
export function isStale(service: Service, today: string, months: number): boolean {
  return verificationAgeMonths(service, today) >= months;
}

/**
 * Services not checked for `months` months or more as of `today`, by country
 * and city (both sorted by key), oldest check first within a city.
 */
export function staleServices(services: Service[], today: string, months: number): StaleCountry[] {
  const byCountry = new Map<string, Map<string, StaleService[]>>();
  for (const service of services) {
    if (!isStale(service, today, months)) continue;
    const cities = byCountry.get(service.country) ?? new Map<string, StaleService[]>();
    cities.set(service.city, [
      ...(cities.get(service.city) ?? []),
      {
        id: service.id,
        file: serviceFile(service),
        checked: service.verification.date,
        months: verificationAgeMonths(service, today),
        status: service.verification.status,
      },
    ]);
    byCountry.set(service.country, cities);
  }
  return [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, cities]) => ({
      country,
      cities: [...cities.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([city, list]) => ({
          city,
          services: list.sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id)),
        })),
    }));
}
