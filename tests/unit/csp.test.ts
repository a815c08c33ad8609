import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { PAGES } from '../../src/lib/routes';
import { SITE } from '../../src/site.config';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('contentSecurityPolicy', () => {
  const ordinary = directives(contentSecurityPolicy(PAGES.services));

  it('allows scripts and styles from the site only, with nothing inline or evaluated', () => {
    expect(ordinary.get('script-src')).toEqual(["'self'"]);
    expect(ordinary.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(PAGES.services)).not.toMatch(/unsafe-inline|unsafe-eval|sha256-/);
    expect(ordinary.get('object-src')).toEqual(["'none'"]);
    expect(ordinary.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets only the search page compile WebAssembly', () => {
    expect(directives(contentSecurityPolicy(PAGES.search)).get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy(PAGES.map)).not.toContain('wasm-unsafe-eval');
    expect(contentSecurityPolicy('')).not.toContain('wasm-unsafe-eval');
  });

  it('lets only the map page load images from the tile server', () => {
    const tiles = SITE.map.tilesOrigin;
    expect(directives(contentSecurityPolicy(PAGES.map)).get('img-src')).toContain(tiles);
    expect(ordinary.get('img-src')).not.toContain(tiles);
    expect(contentSecurityPolicy(PAGES.search)).not.toContain(tiles);
  });
});
