/**
 * Writes /slip-data/<id>.json — one service as printed on a referral slip, in
 * every language and in Serbian Cyrillic (`slipEntries`) — from the content
 * the validator has already parsed, after `astro build` and outside Astro's
 * routes: each route Astro generates costs about a millisecond however small
 * the file, which at 10,000 services was 10,000 routes for files the pages
 * never render. `astro dev` answers the same addresses from the same content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Country } from '../schemas/countries';
import type { Service } from '../schemas/services';
import { slipEntries } from '../lib/slip';
import { validateContent, type ValidationResult } from '../lib/validation';
import { validatedContent } from './content-validation';

/** The folder of the slip files under the site's root, as `SLIP_FILES.data` addresses them. */
const FOLDER = 'slip-data';

/** Published services with their countries, as the pages see them (drafts left out, as in src/lib/content.ts). */
function publishedServices(
  content: Pick<ValidationResult, 'services' | 'countries'>,
): { service: Service; country: Country | undefined }[] {
  const countries = new Map(content.countries.map(({ data }) => [data.id, data]));
  return content.services
    .filter(({ data }) => !data.draft)
    .map(({ data }) => ({ service: data, country: countries.get(data.country) }));
}

/** Writes every published service's slip file into `dist`; returns how many. */
export function writeSlipData(dist: string, content: Pick<ValidationResult, 'services' | 'countries'>): number {
  const folder = join(dist, FOLDER);
  mkdirSync(folder, { recursive: true });
  const services = publishedServices(content);
  for (const { service, country } of services)
    writeFileSync(join(folder, `${service.id}.json`), JSON.stringify(slipEntries(service, country)));
  return services.length;
}

/** The Astro integration: slip files after the build, and from the dev server. */
export function slipData({ base }: { base: string }): AstroIntegration {
  let root = '';
  return {
    name: 'slip-data',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        // Content is read again after any change under content/, and only when a slip asks.
        let services: Map<string, ReturnType<typeof publishedServices>[number]> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(join(root, 'content'))) services = undefined;
        });
        const address = new RegExp(
          `^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/${FOLDER}/([^/?#]+)\\.json(?:[?#].*)?$`,
        );
        server.middlewares.use((request, response, next) => {
          const id = address.exec(request.url ?? '')?.[1];
          if (!id) return next();
          services ??= new Map(publishedServices(validateContent({ root })).map((entry) => [entry.service.id, entry]));
          const entry = services.get(decodeURIComponent(id));
          if (!entry) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(slipEntries(entry.service, entry.country)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const content = validatedContent() ?? validateContent({ root });
        const count = writeSlipData(fileURLToPath(dir), content);
        logger.info(`${count} slip files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
