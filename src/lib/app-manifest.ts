/**
 * The web app manifest and its icons. The installed app has a neutral name
 * and a plain icon, so a home screen does not say what the site is about.
 */
import { SITE } from '../site.config';

/** Icon sizes generated from public/favicon.svg: Android's two and Apple's touch icon. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The favicon drawn on a full square with a margin, for launchers that cut icons into circles. */
export function maskableSvg(favicon: string): string {
  const inner = favicon.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 48 48"><rect x="-8" y="-8" width="48" height="48" fill="#0b5cad"/>${inner}</svg>`;
}

/** The manifest of the site served from `base`. */
export function appManifest(base: string = SITE.base) {
  return {
    name: SITE.neutralName,
    short_name: SITE.neutralName,
    start_url: `${base}/`,
    scope: `${base}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      ...ICON_SIZES.filter((size) => size !== 180).map((size) => ({
        src: `${base}/icons/${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      { src: `${base}/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
