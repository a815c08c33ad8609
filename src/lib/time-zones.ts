/**
 * Which clock a place keeps. A country has one time zone, and a city in a
 * country that spans several (Russia, Kazakhstan) may name its own: "open
 * now", hours and event times are reckoned on the clock of the city.
 */
import type { Country } from '../schemas/countries';

/** The IANA time zone of `city` in `country`: the city's own if it has one, else the country's. */
export function cityTimeZone(country: Pick<Country, 'timezone' | 'cities'>, city: string | undefined): string {
  return (city !== undefined ? country.cities[city]?.timezone : undefined) ?? country.timezone;
}
