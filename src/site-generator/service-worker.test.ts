// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanPageURLs,
  literalGlob,
  notFoundFallback,
  precacheURL,
  precachePatterns,
  serviceWorkerOptions,
} from './service-worker';
import { pathLang } from '../routing/site-path';

describe('precacheURL', () => {
  it.each([
    ['index.html', '/'],
    ['de/usa-china-cyberabkommen/index.html', '/de/usa-china-cyberabkommen'],
    ['en/us-china-cyber-treaty/overview/index.html', '/en/us-china-cyber-treaty/overview'],
    ['404.html', '/404.html'],
    ['404.en.html', '/404.en.html'],
    ['assets/de-abc123.js', '/assets/de-abc123.js'],
    ['icons/icon-192.png', '/icons/icon-192.png'],
    ['not-an-index.html', '/not-an-index.html'],
  ])('%s → %s', (file, url) => {
    expect(precacheURL(file)).toBe(url);
  });
});

describe('serviceWorkerOptions', () => {
  const options = serviceWorkerOptions('site');

  it('lets a new version wait for the reader and needs nothing from another origin', () => {
    expect(options).toMatchObject({
      skipWaiting: false,
      clientsClaim: false,
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
      swDest: path.join('site', 'sw.js'),
    });
    expect(options.importScripts).toBeUndefined();
    expect(options.navigateFallback).toBeUndefined();
  });

  // The callbacks run inside sw.js as copied source text: rebuild them from that text alone.
  const routes = (options.runtimeCaching ?? []).map((route) => {
    const source = String(route.urlPattern);
    const matcher: unknown =
      route.urlPattern instanceof RegExp ? route.urlPattern : new Function(`return (${source})`)();
    return { matcher, fallback: route.options?.precacheFallback?.fallbackURL };
  });
  const navigation = (pathname: string, mode: RequestMode = 'navigate') => ({
    request: { mode } as Request,
    url: new URL(pathname, 'https://reader.example'),
  });
  function routeFor(pathname: string, mode?: RequestMode) {
    return routes.find(({ matcher }) =>
      matcher instanceof RegExp
        ? matcher.test(navigation(pathname).url.href)
        : (matcher as (o: ReturnType<typeof navigation>) => boolean)(navigation(pathname, mode)),
    );
  }

  it.each([
    ['/en/nope', notFoundFallback.en],
    ['/EN/us-china-cyber-treaty/x', notFoundFallback.en],
    ['/en', notFoundFallback.en],
    ['/de/gibt-es-nicht', notFoundFallback.de],
    ['/english', notFoundFallback.de],
    ['/nope', notFoundFallback.de],
  ])('an unknown address %s falls back offline to %s', (pathname, fallback) => {
    expect(routeFor(pathname)?.fallback).toBe(fallback);
  });

  it('offline, picks the not-found page of the language the server and the client would', () => {
    const spelledEn = fc
      .tuple(fc.constantFrom('e', 'E', '%65'), fc.constantFrom('n', 'N', '%6e', '%6E'))
      .map(([e, n]) => `/${e}${n}`);
    const path = fc
      .tuple(
        fc.oneof(
          spelledEn,
          fc
            .webSegment({ size: 'small' })
            .filter((s) => s !== '')
            .map((s) => `/${s}`),
        ),
        fc.webPath(),
      )
      .map(([first, rest]) => `${first}${rest}`);
    fc.assert(
      fc.property(path, (pathname) => {
        const { url } = navigation(pathname);
        expect(routeFor(pathname)?.fallback).toBe(notFoundFallback[pathLang(url.pathname)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the pages and text chunks a reader opened online, for offline', () => {
    const byCache = (name: string) =>
      (options.runtimeCaching ?? []).filter((route) => route.options?.cacheName === name);
    expect(byCache('reader-pages').map((route) => route.handler)).toEqual([
      'NetworkFirst',
      'NetworkFirst',
    ]);
    const [text] = byCache('reader-text');
    expect(text?.handler).toBe('CacheFirst');
    expect(text?.urlPattern instanceof RegExp && text.urlPattern.test('/assets/de-x1.js')).toBe(
      true,
    );
  });

  it('answers only navigations with a not-found page; images are cached as they are seen', () => {
    expect(routeFor('/de/x.json', 'cors')).toBeUndefined();
    expect(routeFor('/assets/img/lead-1600w-abc.jpg', 'no-cors')?.fallback).toBeUndefined();
    expect(options.runtimeCaching?.at(-1)).toMatchObject({ handler: 'CacheFirst' });
  });
});

describe('what is precached from a built site', () => {
  let dir = '';
  const files = [
    'index.html',
    '404.html',
    '404.en.html',
    'de/usa-china-cyberabkommen/index.html',
    'de/usa-china-cyberabkommen/ueberblick/index.html',
    'en/us-china-cyber-treaty/index.html',
    'assets/index-a1.js',
    'assets/index-b2.css',
    'assets/de-c3.js',
    'assets/en-d4.js',
    'assets/img/x-lead-480w-e5.avif',
    'assets/img/x-lead-800w-f6.avif',
    'assets/img/x-lead-800w-f7.webp',
    'assets/img/x-lead-800w-f8.jpg',
    'assets/img/x-lead-1200w-f9.avif',
    'assets/img/x-lead-1200w-fa.webp',
    'assets/img/x-lead-1600w-fb.webp',
    'assets/img/x-lead-og-fc.jpg',
    'icons/icon-192.png',
    'manifest.webmanifest',
    'favicon.svg',
    'noscript.css',
    'robots.txt',
    'sitemap.xml',
    'de/feed.xml',
    'en/feed.xml',
    '_headers',
    'assets/index-a1.js.br',
  ];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reader-sw-'));
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), file);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is every page by its address, the app, both languages and the likely image renditions', async () => {
    const { manifestEntries } = await getManifest({
      globDirectory: dir,
      globPatterns: [...precachePatterns],
      manifestTransforms: [cleanPageURLs],
      dontCacheBustURLsMatching: /^assets\//,
    });
    const urls = (manifestEntries ?? []).map((entry) => entry.url).sort();
    expect(urls).toEqual(
      [
        '/',
        '/404.html',
        '/404.en.html',
        '/de/usa-china-cyberabkommen',
        '/de/usa-china-cyberabkommen/ueberblick',
        '/en/us-china-cyber-treaty',
        '/assets/index-a1.js',
        '/assets/index-b2.css',
        '/assets/de-c3.js',
        '/assets/en-d4.js',
        '/assets/img/x-lead-800w-f6.avif',
        '/assets/img/x-lead-800w-f7.webp',
        '/assets/img/x-lead-1200w-f9.avif',
        '/assets/img/x-lead-1200w-fa.webp',
        '/icons/icon-192.png',
        '/manifest.webmanifest',
        '/favicon.svg',
        '/noscript.css',
        '/de/feed.xml',
        '/en/feed.xml',
      ].sort(),
    );
    const revision = (url: string) => manifestEntries?.find((entry) => entry.url === url)?.revision;
    // Hashed names need no revision; the pages keep their address across versions and do.
    expect(revision('/assets/de-c3.js')).toBeNull();
    expect(revision('/de/usa-china-cyberabkommen')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('leaves out exactly the files it is told to (older articles of a large site)', async () => {
    const leftOut = ['de/usa-china-cyberabkommen/ueberblick/index.html', 'assets/en-d4.js'];
    const { globIgnores } = serviceWorkerOptions(dir, leftOut);
    const { manifestEntries } = await getManifest({
      globDirectory: dir,
      globPatterns: [...precachePatterns],
      globIgnores,
      manifestTransforms: [cleanPageURLs],
    });
    const urls = (manifestEntries ?? []).map((entry) => entry.url);
    expect(urls).not.toContain('/de/usa-china-cyberabkommen/ueberblick');
    expect(urls).not.toContain('/assets/en-d4.js');
    expect(urls).toContain('/de/usa-china-cyberabkommen');
    expect(urls).toContain('/assets/de-c3.js');
  });
});

describe('literalGlob', () => {
  it('matches a file name with glob characters as written, and nothing else', () => {
    expect(literalGlob('assets/a[1]-{x}*.js')).toBe('assets/a\\[1\\]-\\{x\\}\\*.js');
    expect(literalGlob('de/plain-name/index.html')).toBe('de/plain-name/index.html');
  });
});
