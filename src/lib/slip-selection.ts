/**
 * Which services a referral slip shows, read from and written to the page
 * address only (`?s=id1,id2`) — never to storage on the device. Shared by
 * the build and the browser scripts, so it imports nothing.
 */

/** How many services fit on one printed A4 page. */
export const SLIP_MAX = 8;

/** The query parameter that carries the chosen service ids. */
export const SLIP_PARAM = 's';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 120;

/** What a slip address asks for, after bad input is set aside. */
export interface SlipSelection {
  /** Distinct, well-formed ids in the order given, at most `max`. */
  ids: string[];
  /** Parts that cannot be service ids (never fetched). */
  invalid: number;
  /** Well-formed ids beyond `max` that were left off. */
  overflow: number;
}

/**
 * Reads the `s` parameter of a slip address: comma-separated ids. Duplicates
 * are dropped, anything that is not an id is counted and ignored (so no
 * request is ever built from it), and ids beyond `max` are counted and left off.
 */
export function parseSlipIds(value: string | null | undefined, max = SLIP_MAX): SlipSelection {
  const parts = (value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const valid: string[] = [];
  let invalid = 0;
  for (const part of parts) {
    if (part.length > MAX_ID_LENGTH || !ID.test(part)) invalid += 1;
    else if (!valid.includes(part)) valid.push(part);
  }
  return { ids: valid.slice(0, max), invalid, overflow: Math.max(0, valid.length - max) };
}

/** The query string of `search` with the slip ids replaced (other parameters kept); commas left readable. */
export function withSlipIds(search: string, ids: string[]): string {
  const params = new URLSearchParams(search);
  if (ids.length) params.set(SLIP_PARAM, ids.join(','));
  else params.delete(SLIP_PARAM);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
