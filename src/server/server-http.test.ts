// @vitest-environment node
import { unlinkSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { securityHeaders } from './security-headers.ts';
import { fixtureFiles, rawGet, setupFixtureServer } from './test-helpers.ts';

// HTTP semantics (methods, validators, HEAD, encodings, headers, errors) on a real server.
const site = setupFixtureServer();
const { get, raw } = site;
const text = (file: string) => String(fixtureFiles[file]);

describe('methods, conditional requests and HEAD', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    const response = await get('/de/artikel', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.text()).not.toContain('Artikel');
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    // Raw requests send no Accept-Encoding, so this is the identity ETag.
    const etag = (await raw(rawGet('/de/artikel'))).headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const { status, body, headers } = await raw(
        rawGet('/de/artikel', 'GET', `If-None-Match: ${header}\r\n`),
      );
      expect(status).toBe(304);
      expect(headers.get('etag')).toBe(etag);
      expect(body.length).toBe(0);
    }
    const stale = await raw(rawGet('/de/artikel', 'GET', 'If-None-Match: "stale"\r\n'));
    expect(stale.status).toBe(200);
  });

  it('sends headers but no body for HEAD', async () => {
    const head = await raw(rawGet('/de/artikel', 'HEAD'));
    const full = await raw(rawGet('/de/artikel'));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(full.body.length));
    expect(head.body.length).toBe(0);
  });
});

describe('compression', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('%s decodes to the original', async (encoding, decode) => {
    const cases = [
      ['/de/artikel', 'de/artikel/index.html'],
      ['/assets/app-AbC123.js', 'assets/app-AbC123.js'],
    ] as const;
    for (const [path, file] of cases) {
      const { headers, body } = await raw(rawGet(path, 'GET', `Accept-Encoding: ${encoding}\r\n`));
      expect(headers.get('content-encoding')).toBe(encoding);
      expect(headers.get('content-length')).toBe(String(body.length));
      expect(body.length).toBeLessThan(text(file).length);
      expect(decode(body).toString()).toBe(text(file));
    }
  });

  it('prefers brotli, honours q=0 and leaves images alone', async () => {
    const encodingOf = async (path: string, accept: string) =>
      (await raw(rawGet(path, 'GET', `Accept-Encoding: ${accept}\r\n`))).headers.get(
        'content-encoding',
      );
    expect(await encodingOf('/', 'gzip, deflate, br')).toBe('br');
    expect(await encodingOf('/', 'br;q=0, gzip')).toBe('gzip');
    expect(await encodingOf('/', 'identity')).toBeUndefined();
    expect(await encodingOf('/assets/photo-x1.png', 'br, gzip')).toBeUndefined();
  });
});

describe('security headers and errors', () => {
  it.each(['/', '/assets/app-AbC123.js', '/nope', '/de/artikel/', '/%E0%A4%A'])(
    'sends security headers on %s',
    async (path) => {
      const response = await get(path);
      for (const [name, value] of Object.entries(securityHeaders())) {
        expect(response.headers.get(name)).toBe(value);
      }
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    },
  );

  it('answers 500 when a file cannot be read, and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Never requested before, so not cached: the read fails after start-up indexing.
    unlinkSync(`${site.dir}/vanishing.txt`);
    const response = await get('/vanishing.txt');
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal Server Error');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    expect((await get('/robots.txt')).status).toBe(200);
  });
});
