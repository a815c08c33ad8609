/**
 * The Content-Security-Policy has no hashes: scripts and styles must be files
 * on the site's own origin. So no built page may carry an inline script, a
 * <style> element, a style attribute or an event-handler attribute — any of
 * them would be blocked in the browser — and every page must carry the policy
 * before any script.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { elementsOf } from '../support/html';
import { readDist, WHOLE_SITE_MS } from '../support/dist';
import { useBuiltPages } from '../support/built-pages';

const built = useBuiltPages();

/** JSON-LD and other data blocks are not run, so the policy does not apply to them. */
const isDataBlock = (type: string | undefined) => type !== undefined && type !== 'module' && !/javascript|ecmascript/i.test(type);

describe('Content-Security-Policy', () => {
  it(
    'every page declares it before any script, and has nothing inline that it would block',
    () => {
      const problems: string[] = [];
      for (const file of built.htmlFiles) {
        const elements = elementsOf(readDist(file, built.dist));
        const policy = elements.findIndex(({ tag, attrs }) => tag === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
        const firstScript = elements.findIndex(({ tag }) => tag === 'script');
        if (policy < 0) problems.push(`${file}: no CSP <meta>`);
        else if (firstScript >= 0 && firstScript < policy) problems.push(`${file}: a script comes before the CSP <meta>`);
        for (const { tag, attrs, node } of elements) {
          if (tag === 'script' && !attrs.src && !isDataBlock(attrs.type) && node.childNodes.length) problems.push(`${file}: inline <script>`);
          if (tag === 'style') problems.push(`${file}: <style> element`);
          if ('style' in attrs) problems.push(`${file}: style attribute on <${tag}>`);
          for (const name of Object.keys(attrs)) if (/^on[a-z]+$/.test(name)) problems.push(`${file}: ${name} attribute on <${tag}>`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(built.htmlFiles.length).toBeGreaterThan(0);
    },
    WHOLE_SITE_MS,
  );

  it('is the policy src/lib/csp.ts writes for that page, without hashes or unsafe sources', () => {
    const policies = new Set(
      built.htmlFiles.map((file) => elementsOf(readDist(file, built.dist)).find(({ tag, attrs }) => tag === 'meta' && attrs['http-equiv'])?.attrs.content),
    );
    for (const policy of policies) {
      expect(policy).not.toMatch(/sha256-|'unsafe-inline'|'unsafe-eval'/);
      expect(policy).toMatch(/script-src 'self'/);
    }
    expect(policies).toContain(contentSecurityPolicy(''));
  });
});
