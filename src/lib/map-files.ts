/**
 * The map page's data files as the endpoints publish them: one per locale
 * (src/pages/[locale]/map/services.json.ts) and one for the Serbian Cyrillic
 * edition (src/pages/sr-cyrl/map/services.json.ts), whose map shows the
 * edition's text and links to its pages.
 */
import { getCountries, getNaloxoneAlways, getServices } from './content';
import { buildMapFile, hoursEncoder, type MapEdition } from './map-data';

// One encoder for the whole build, so the editions parse each schedule once.
const hoursOf = hoursEncoder(new Date());

/** The map data file of `edition` as a JSON response. */
export async function mapFileResponse(edition: MapEdition): Promise<Response> {
  const [services, countries, naloxoneAlways] = await Promise.all([getServices(), getCountries(), getNaloxoneAlways()]);
  return new Response(JSON.stringify(buildMapFile(services, countries, edition, hoursOf, naloxoneAlways)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
