// tsc does not know .astro files (editors and `astro check` do); tests import
// components to render them with Astro's container API, so give them a type.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
