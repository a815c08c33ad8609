/**
 * The build's content loader: Astro's collections are filled from the
 * validator's own reading of each file (same size, depth and alias limits,
 * same YAML parser, same schema, same Markdown checks), so the build never
 * sees data the validator did not, and refuses exactly what it refuses.
 * Markdown bodies are rendered here by `renderMarkdown`; nothing a file
 * contains is compiled or run.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderProblem } from '../../schemas/format';
import { renderMarkdown } from '../markdown';
import { SITE } from '../../site.config';
import { COLLECTIONS } from './collections';
import { loadForBuild, type CollectionName } from './index';

function sync(name: CollectionName, { store, config, logger, watcher, generateDigest }: LoaderContext): void {
  // Without a watcher (a build), the validator's run before it has read every file already.
  const { stored, problems } = loadForBuild(name, fileURLToPath(config.root), !watcher);
  if (problems.length > 0) {
    const report = problems.map((problem) => renderProblem(problem)).join('\n\n');
    // In `astro dev` a contributor keeps the preview while fixing; a build stops.
    if (!watcher) {
      const error = new Error(`Content validation failed:\n\n${report}`);
      error.stack = error.message;
      throw error;
    }
    logger.warn(`\n${report}`);
  }
  store.clear();
  for (const { id, file, data, body } of stored) {
    const markdown =
      body === undefined ? {} : { body, rendered: { html: renderMarkdown(body, SITE.base), metadata: {} } };
    store.set({ id, data, filePath: file, digest: generateDigest(JSON.stringify([data, body])), ...markdown });
  }
}

/** A loader for the validator's collection `name` (see COLLECTIONS in collections.ts). */
export function validatedLoader(name: CollectionName): Loader {
  return {
    name: `validated-${name}`,
    load: async (context) => {
      sync(name, context);
      const folder = join(fileURLToPath(context.config.root), 'content', COLLECTIONS[name].folder);
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder)) sync(name, context);
      });
    },
  };
}
