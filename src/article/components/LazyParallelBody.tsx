import { lazy } from 'react';

/**
 * The parallel view's body, out of the single view's first-view JavaScript (#14: "the single
 * view's first view is unchanged"). The browser loads it as its own chunk when a page shows both
 * editions; a prerendered parallel page stays as served until it has arrived, since React leaves
 * server HTML in place while a lazy component inside it is pending during hydration. The server
 * bundle resolves this module to `ParallelBody.tsx` itself (vite.config.ts): `renderToString`
 * cannot wait for a lazy component and would write the Suspense fallback instead.
 */
export const ParallelBody = lazy(() =>
  import('./ParallelBody').then((module) => ({ default: module.ParallelBody })),
);
