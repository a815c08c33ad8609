/** /icons/<size>.png and /icons/maskable-512.png, rendered from public/favicon.svg at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES, maskableSvg } from '../../lib/app-manifest';
import favicon from '../../../public/favicon.svg?raw';

export const getStaticPaths = (() => [
  ...ICON_SIZES.map((size) => ({ params: { icon: String(size) }, props: { size, maskable: false } })),
  { params: { icon: 'maskable-512' }, props: { size: 512, maskable: true } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = props.maskable ? maskableSvg(favicon) : favicon;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: props.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
