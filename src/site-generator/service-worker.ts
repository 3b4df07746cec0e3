import path from 'node:path';
import { generateSW, type GenerateSWOptions, type ManifestTransform } from 'workbox-build';

// The service worker that keeps the reader readable offline. It precaches every page of both
// editions and everything they load, after the first visit; see `offline-support.ts` for when
// it is built and `src/app/offline/` for how the page registers it.

export const serviceWorkerFile = 'sw.js';

/**
 * Image widths worth precaching. With `sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)"`, a
 * phone (343–382 CSS px at 2–3× density) picks 800w or 1200w, and so does a desktop column of
 * 672 px at 1×; only 2× desktops (1600w) and tiny screens (480w) miss, and they fill the image cache
 * while reading online. JPEGs are left out: every browser with service workers shows AVIF or WebP.
 */
export const precachedImageWidths = [800, 1200] as const;

export const precachePatterns: readonly string[] = [
  '**/*.html',
  'assets/*.{js,css,svg,woff2}',
  '*.{css,svg,webmanifest}',
  'icons/*.png',
  `assets/img/*-{${precachedImageWidths.join(',')}}w-*.{avif,webp}`,
  // The Atom feeds (about 5 KiB each): a feed reader that asks the site while offline still gets
  // them, and the site keeps every text it publishes. Their photos (full-size JPEGs) are not kept.
  '*/feed.xml',
];

/**
 * The parallel view's pages (issue #14) are not precached: each carries both editions (about
 * 14 KiB gzip), and all of them would take the precache past its budget. Offline, such an address
 * gets the not-found page of its language from the precache, and the app, which knows the route,
 * renders the view there from the precached editions (see `servedNotFound` in src/app/App.tsx).
 */
export const unprecachedPatterns: readonly string[] = ['{de-en,en-de}/**'];

/**
 * The URL a built file is precached under, as the reader's address bar shows it: the server
 * answers `/de/article` with `de/article/index.html`, so the page is cached as `/de/article`,
 * and a navigation (or reload) offline finds it. Other files keep their own path.
 */
export function precacheURL(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
  return `/${file}`;
}

export const cleanPageURLs: ManifestTransform = async (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: precacheURL(entry.url) })),
  warnings: [],
});

/** The not-found page of a navigation nobody precached and the network cannot answer. */
export const notFoundFallback = { en: '/404.en.html', de: '/404.html' } as const;

// These callbacks are copied into sw.js as source text (`Function.prototype.toString`), so they
// must not refer to anything outside themselves: the pattern spells out every way of writing "en"
// (each letter as itself or percent-encoded, in any case), which is what `pathLang` in
// src/routing/site-path.ts decodes; a test holds the two to the same answer for any path.
const isEnglishNavigation = ({ request, url }: { request: Request; url: URL }) =>
  request.mode === 'navigate' &&
  /^\/(?:e|%65)(?:n|%6e)(?:(?:-|%2d)(?:d|%64)(?:e|%65))?(?:\/|$)/i.test(url.pathname);
const isNavigation = ({ request }: { request: Request }) => request.mode === 'navigate';

/** A file name as a glob that matches only itself. */
export const literalGlob = (file: string) => file.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

export function serviceWorkerOptions(
  distDir: string,
  /** Built files left out of the precache (older articles of a large site, `offline-set.ts`). */
  leftOut: readonly string[] = [],
): GenerateSWOptions {
  return {
    globDirectory: distDir,
    globPatterns: [...precachePatterns],
    globIgnores: [...unprecachedPatterns, ...leftOut.map(literalGlob)],
    swDest: path.join(distDir, serviceWorkerFile),
    manifestTransforms: [cleanPageURLs],
    // Vite puts a content hash in every name under assets/: the URL is its own revision.
    dontCacheBustURLsMatching: /^assets\//,
    // The pages are static and the server ignores queries; `?utm_source=…` is the same page.
    ignoreURLParametersMatching: [/.*/],
    cacheId: 'reader',
    cleanupOutdatedCaches: true,
    // A new version waits until the reader agrees to reload (src/app/offline/UpdatePrompt.tsx):
    // never swapped in under an open page.
    skipWaiting: false,
    clientsClaim: false,
    // Everything in the one file: no CDN, nothing else to allow in the CSP.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // Unknown addresses go to the network as usual (new articles appear, the server's redirects
    // and 404 status apply); only when that fails is the not-found page of the URL's language
    // shown from the precache. Unlike `navigateFallback`, which would answer every unknown
    // address from the cache even online, and with one page for both languages.
    // A page not precached (an older article of a large site) that the reader has opened online
    // is kept, so it opens offline too; its text and images come through the routes below.
    runtimeCaching: [
      {
        urlPattern: isEnglishNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'reader-pages',
          expiration: { maxEntries: 60, purgeOnQuotaError: true },
          precacheFallback: { fallbackURL: notFoundFallback.en },
        },
      },
      {
        urlPattern: isNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'reader-pages',
          expiration: { maxEntries: 60, purgeOnQuotaError: true },
          precacheFallback: { fallbackURL: notFoundFallback.de },
        },
      },
      {
        // Chunks not precached (older articles' editions): hashed names, so never stale.
        urlPattern: /\/assets\/[^/]+\.js$/,
        handler: 'CacheFirst',
        options: {
          cacheName: 'reader-text',
          expiration: { maxEntries: 120, purgeOnQuotaError: true },
        },
      },
      {
        // Renditions not precached (other widths, JPEG fallbacks, previews): kept once seen.
        urlPattern: /\/assets\/img\//,
        handler: 'CacheFirst',
        options: {
          cacheName: 'reader-images',
          expiration: { maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
        },
      },
    ],
  };
}

export interface ServiceWorkerSummary {
  count: number;
  size: number;
  warnings: string[];
}

export async function buildServiceWorker(
  distDir: string,
  leftOut: readonly string[] = [],
): Promise<ServiceWorkerSummary> {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(distDir, leftOut));
  return { count, size, warnings };
}
