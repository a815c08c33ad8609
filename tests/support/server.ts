/**
 * A tiny static file server over a built site, for browser tests, the
 * benchmark and Lighthouse. Binds to 127.0.0.1 on a free port chosen by the
 * OS, serves `index.html` for directories and answers 404 with the site's
 * own 404 page when there is one. No compression: budgets are measured
 * separately with zlib, and browsers here only need correct bytes and types.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** A running server: its origin (no trailing slash) and a way to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path maps to inside `root`, or undefined if none. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
  const target = normalize(join(root, pathname));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  if (!existsSync(target)) return undefined;
  const stats = statSync(target);
  if (stats.isFile()) return target;
  if (stats.isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return undefined;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, under `base` (e.g. `/directory`)
 * as GitHub Pages serves a project site: nothing outside it is the site's.
 */
export async function startServer(dir: string, base = ''): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const requested = request.url ?? '/';
    if (base && requested === base) {
      response.writeHead(301, { location: `${base}/` });
      response.end();
      return;
    }
    if (base && !requested.startsWith(`${base}/`)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found: outside the base path');
      return;
    }
    const urlPath = requested.slice(base.length);
    const pathname = urlPath.split(/[?#]/)[0] ?? '/';
    // Directories are only reachable with their trailing slash, as on GitHub Pages.
    const bare = resolveFile(root, pathname);
    if (bare && bare.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${base}${pathname}/` });
      response.end();
      return;
    }
    const file = bare ?? resolveFile(root, '/404.html');
    const status = bare ? 200 : 404;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(status, {
      'content-type': type,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
