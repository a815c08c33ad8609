/**
 * A Vite plugin for the build: the `<script>` of each listed component
 * becomes one file holding every module it imports, instead of importing
 * chunks it shares with other components' scripts. A page that loads three
 * small elements (service page: verification age, open now, next event)
 * otherwise fetched seven files, each compressed on its own; as one file per
 * component the same code is about 0.5–1 KB smaller (gzip) and a request
 * or four fewer. The price is that two such scripts on one page would each
 * carry their copy of what they share, so only components whose script is a
 * page's only one of its kind are listed.
 *
 * How: every module a listed script imports, directly or not, is resolved to
 * its own id with `?bundle=<component>`, so Rollup sees modules that no other
 * script imports and keeps them in that script's file. Only the project's
 * own modules (under src/) are tagged; packages stay as Vite resolves them.
 */
import type { Plugin } from 'vite';

const TAG = 'bundle';

/** The component a tagged module id belongs to, if any. */
function bundleOf(id: string, components: readonly string[]): string | undefined {
  const tagged = new RegExp(`[?&]${TAG}=([\\w-]+)`).exec(id)?.[1];
  if (tagged) return tagged;
  // Astro's id for a component's script: /…/src/components/<Name>.astro?astro&type=script&index=0&lang.ts
  const script = /\/([\w-]+)\.astro\?astro&type=script/.exec(id)?.[1];
  return script && components.includes(script) ? script : undefined;
}

/** `selfContainedScripts(['ServiceStatusScript', …])`: those components' scripts become one file each. */
export function selfContainedScripts(components: readonly string[], srcDir: string): Plugin {
  return {
    name: 'self-contained-scripts',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const bundle = importer && bundleOf(importer, components);
      if (!bundle) return null;
      const resolved = await this.resolve(source, importer.replace(new RegExp(`[?&]${TAG}=[\\w-]+$`), ''), {
        ...options,
        skipSelf: true,
      });
      if (!resolved || resolved.external || !resolved.id.startsWith(srcDir)) return resolved;
      return { ...resolved, id: `${resolved.id}${resolved.id.includes('?') ? '&' : '?'}${TAG}=${bundle}` };
    },
  };
}
