/**
 * The help-line slots still to fill: kinds a country file keeps as
 * `missing: true`. Listed by `npm run translations` next to the text waiting
 * for a translation, so members see which numbers the network still has to
 * find (and check) for each country.
 */
import type { Country } from '../schemas/countries';
import type { HELP_LINE_KINDS } from '../schemas/vocabularies';

/** One country's empty help-line slots. */
export interface MissingHelpLines {
  country: string;
  file: string;
  kinds: (keyof typeof HELP_LINE_KINDS)[];
}

/** Countries with at least one empty help-line slot, in id order. */
export function missingHelpLines(countries: Country[]): MissingHelpLines[] {
  return countries
    .map((country) => ({
      country: country.id,
      file: `content/countries/${country.id}.yaml`,
      kinds: country.help_lines.filter((line) => line.missing).map((line) => line.kind),
    }))
    .filter(({ kinds }) => kinds.length > 0)
    .sort((a, b) => a.country.localeCompare(b.country));
}
