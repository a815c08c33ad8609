/**
 * Site-wide settings in one place: where the site lives, the repository that
 * receives corrections, the network's organisational contacts and the map's
 * tile server. Forks change this file only.
 */
/**
 * The base path: `SITE_BASE` from the environment when set (`/directory` or
 * `/directory/`; CI builds the site under one, `npm run test:base`), else
 * `fallback`. Read once, by the build and the tests alike, so both agree.
 */
function basePath(fallback: string): string {
  const value = (globalThis.process?.env?.SITE_BASE ?? fallback).trim().replace(/\/+$/, '');
  if (value !== '' && !/^(\/[\w.~-]+)+$/.test(value)) {
    throw new Error(`SITE_BASE must be a path such as /directory (letters, digits, . _ ~ -), got "${value}"`);
  }
  return value;
}

export const SITE = {
  /** Public origin, used for canonical links, feeds, QR codes and exports. */
  url: 'https://enpud.github.io',
  /**
   * Path prefix when served from a sub-folder (a GitHub Pages project site is
   * served under /<repository>/); '' for a root domain. The environment
   * variable SITE_BASE overrides it for one build.
   */
  base: basePath(''),
  /** The network's name per language. */
  name: {
    ru: 'Евразийская сеть людей, употребляющих наркотики',
    sr: 'Evroazijska mreža ljudi koji koriste droge',
    en: 'Eurasian Network of People who Use Drugs',
  },
  shortName: 'ENPUD',
  /** Neutral name for the installed app and the browser tab of the home page. */
  neutralName: 'Service guide',
  /** GitHub repository that receives pull requests and issue reports. */
  repository: 'https://github.com/enpud/directory',
  branch: 'main',
  /** The network's press and contact address: an organisational mailbox, never a person's. */
  pressEmail: 'press@enpud.example.org',
  contactEmail: 'info@enpud.example.org',
  /** Content licence of the open-data exports. */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** Where quick exit sends a person: a neutral, popular page. */
  quickExitUrl: 'https://www.google.com/search?q=weather',
  map: {
    /**
     * Tile server template. The only external request the site can make, and
     * only on the map page. Set to '' to use no tiles at all.
     */
    tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    tilesOrigin: 'https://tile.openstreetmap.org',
    maxZoom: 18,
  },
  /** Services not checked for this many months get a warning. */
  staleAfterMonths: 12,
  monitoring: {
    /**
     * Small-cell protection of community-monitoring reports: no figure is
     * published that rests on fewer respondents than this, at any level
     * (service, city, round), so no answer can be traced to a person.
     */
    minRespondents: 5,
    /** "Always available" in the directory filter: more than this share of those asked said "always". */
    alwaysShare: 0.5,
  },
} as const;
