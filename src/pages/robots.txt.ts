/**
 * /robots.txt — every page may be crawled (pages kept out of search engines
 * say so with a robots meta tag, which a crawler must be allowed to read),
 * and the sitemap is named with its full address. Under a base path (a
 * GitHub Pages project site) crawlers do not read this file, which belongs
 * at the domain's root; the language chooser links the sitemap as well.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, fileUrl } from '../lib/routes';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(fileUrl('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
