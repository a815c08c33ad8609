/**
 * /sr-cyrl/map/services.json — the map's services for the Serbian Cyrillic
 * edition, whose pages are written after the build from the Serbian ones
 * (src/integrations/serbian-cyrillic.ts); data is not a page, so it is made
 * here, from the content, like the other editions' (see src/lib/map-data.ts).
 */
import type { APIRoute } from 'astro';
import { CYRILLIC_LANG } from '../../../lib/cyrillic-edition';
import { mapFileResponse } from '../../../lib/map-files';

export const GET: APIRoute = () => mapFileResponse(CYRILLIC_LANG);
