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

describe('preconditions and ranges', () => {
  it('answers 412 to an If-Match that names another version', async () => {
    const { status, body } = await raw(rawGet('/de/artikel', 'GET', 'If-Match: "stale"\r\n'));
    expect(status).toBe(412);
    expect(body.toString()).toBe('Precondition Failed');
  });

  // RFC 9110 §13.1.4: without a modification date, If-Unmodified-Since is ignored (not a 412).
  it('ignores If-Unmodified-Since, since no Last-Modified is sent', async () => {
    const since = 'If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n';
    const { status, headers, body } = await raw(rawGet('/de/artikel', 'GET', since));
    expect(status).toBe(200);
    expect(headers.has('last-modified')).toBe(false);
    expect(body.toString()).toBe(text('de/artikel/index.html'));
  });

  // RFC 9110 §13.2.1: preconditions are ignored when the answer would not be a 2xx.
  it.each([
    'If-Match: "x"',
    'If-None-Match: *',
    'If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT',
  ])('answers the not-found page despite %s', async (condition) => {
    const { status, headers, body } = await raw(rawGet('/en/nope', 'GET', `${condition}\r\n`));
    expect(status).toBe(404);
    expect(headers.has('etag')).toBe(false);
    expect(body.toString()).toBe(text('404.en.html'));
  });

  it('sends the whole file for a Range request, as it offers no ranges', async () => {
    const { status, headers, body } = await raw(
      rawGet('/robots.txt', 'GET', 'Range: bytes=0-3\r\n'),
    );
    expect(status).toBe(200);
    expect(headers.has('accept-ranges')).toBe(false);
    expect(body.toString()).toBe(text('robots.txt'));
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

  it('gives each encoding its own ETag, and a 304 for its own', async () => {
    const etags = new Set<string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const ask = (extra = '') =>
        raw(rawGet('/de/artikel', 'GET', `Accept-Encoding: ${accept}\r\n${extra}`));
      const etag = (await ask()).headers.get('etag') ?? '';
      etags.add(etag);
      expect((await ask(`If-None-Match: ${etag}\r\n`)).status).toBe(304);
    }
    expect(etags.size).toBe(3);
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
