// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fixtureFiles,
  openRedirectAttempts,
  rawGet,
  rawRequest,
  setupFixtureServer,
} from './test-helpers.ts';

// Routing, content types and caching against a real server on a free port.
const site = setupFixtureServer();
const { get, raw } = site;
const text = (file: string) => String(fixtureFiles[file]);

it('listens on the requested host with a real port', () => {
  expect(site.base).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/);
});

describe('pages and assets', () => {
  it.each([
    ['/', 'index.html'],
    ['/de/artikel', 'de/artikel/index.html'],
    ['/de/artikel/abschnitt', 'de/artikel/abschnitt/index.html'],
    ['/en/article', 'en/article/index.html'],
  ])('GET %s → 200 with %s', async (path, file) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(await response.text()).toBe(text(file));
  });

  it.each([
    ['/assets/app-AbC123.js', 'text/javascript; charset=utf-8'],
    ['/assets/style-x1.css', 'text/css; charset=utf-8'],
    ['/assets/logo-x1.svg', 'image/svg+xml'],
    ['/assets/photo-x1.png', 'image/png'],
    ['/assets/photo-x1.jpg', 'image/jpeg'],
    ['/assets/photo-x1.webp', 'image/webp'],
    ['/assets/photo-x1.avif', 'image/avif'],
    ['/assets/font-x1.woff2', 'font/woff2'],
  ])('GET %s → %s, cached immutably', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const expected = fixtureFiles[path.slice(1)] ?? '';
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(expected));
  });

  it.each([
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/de/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/en/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/x-icon'],
    ['/manifest.webmanifest', 'application/manifest+json'],
    ['/data.json', 'application/json'],
    ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
  ])('GET %s → %s, revalidated', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends Content-Length matching the body', async () => {
    const { headers, body } = await raw(rawGet('/robots.txt'));
    expect(headers.get('content-length')).toBe(String(body.length));
    expect(body.toString()).toBe(text('robots.txt'));
  });
});

describe('redirects', () => {
  it.each([
    ['/de/artikel/?a=1&b=2', '/de/artikel?a=1&b=2'],
    ['/DE/Artikel', '/de/artikel'],
    ['/EN/Article/', '/en/article'],
  ])('%s → 308 %s', async (path, location) => {
    const response = await get(path);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each(openRedirectAttempts)('never redirects %s off-site', async (target) => {
    const { status, headers } = await raw(rawGet(target));
    expect(status).toBe(404);
    expect(headers.get('location') ?? '').not.toMatch(/^\/[/\\]/);
  });
});

describe('not found', () => {
  const german = text('404.html');
  const english = text('404.en.html');
  it.each([
    ['/nope', german],
    ['/de/nope', german],
    ['/xx/irgendwas', german],
    ['/en/nope', english],
    ['/EN/nope', english],
    ['/de/%E0%A4%A', german],
    ['/en/%E0%A4%A', english],
    ['/de/' + 'a'.repeat(5000), german],
    ['/de/../../etc/passwd', german],
    ['/.env', german],
  ])('GET %s → 404 with the right page', async (path, body) => {
    const { status, headers, body: received } = await raw(rawGet(path));
    expect(status).toBe(404);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-cache');
    expect(received.toString()).toBe(body);
  });

  it.each(['/<script>alert(1)</script>', '/%3Cscript%3Ealert(1)%3C/script%3E'])(
    'never echoes %s',
    async (target) => {
      const response = (await rawRequest(site.base, rawGet(target))).toString('latin1');
      expect(response).toMatch(/^HTTP\/1\.1 404 /);
      expect(response).toContain(german);
      expect(response.toLowerCase()).not.toContain('alert(1)');
    },
  );
});
