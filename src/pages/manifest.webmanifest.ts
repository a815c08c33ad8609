/** /manifest.webmanifest — what a phone shows when the site is added to the home screen. */
import type { APIRoute } from 'astro';
import { appManifest } from '../lib/app-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(appManifest()), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
