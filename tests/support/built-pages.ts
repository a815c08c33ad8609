/** A Vitest hook that finds the built site and lists its HTML files once for one test file. */
import { beforeAll } from 'vitest';
import { listHtmlFiles, requireDist, WHOLE_SITE_MS } from './dist';

/** The built site's folder and its HTML files (relative to it), read inside tests. */
export interface BuiltPages {
  readonly dist: string;
  readonly htmlFiles: string[];
}

/**
 * Registers a beforeAll hook that checks dist/ was built and lists its HTML
 * files (a whole-site walk: minutes at 10,000 services); read the returned
 * object inside tests.
 */
export function useBuiltPages(): BuiltPages {
  let built: BuiltPages | undefined;
  beforeAll(() => {
    const dist = requireDist();
    built = { dist, htmlFiles: listHtmlFiles(dist) };
  }, WHOLE_SITE_MS);
  return {
    get dist() {
      if (!built) throw new Error('useBuiltPages(): the site is not read yet (read it inside a test)');
      return built.dist;
    },
    get htmlFiles() {
      if (!built) throw new Error('useBuiltPages(): the site is not read yet (read it inside a test)');
      return built.htmlFiles;
    },
  };
}
