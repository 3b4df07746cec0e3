/**
 * Shared helpers for the server tests (not used at runtime): a throw-away
 * built site in the OS temp dir, and a raw HTTP client for requests that
 * `fetch` would normalise away (`//host/`, unencoded `<script>`, HEAD bytes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { precompressSite } from './precompress.ts';
import { startReaderServer } from './server.ts';

/** Long enough that brotli/gzip actually shrink it. */
export const pageBody = (marker: string) =>
  `<!doctype html><html><head><title>${marker}</title></head><body>` +
  `<p>${marker}</p>`.repeat(200) +
  '</body></html>';

/** Paths a browser could read as another host (`//evil.example/`): never a redirect target. */
export const openRedirectAttempts = [
  '//evil.example/',
  '//evil.example',
  '///evil.example/',
  '/\\evil.example/',
  '/%2F%2Fevil.example/',
  '/%5Cevil.example/',
] as const;

export const fixtureFiles: Readonly<Record<string, string | Buffer>> = {
  'index.html': pageBody('Startseite'),
  'de/artikel/index.html': pageBody('Artikel DE'),
  'de/artikel/abschnitt/index.html': pageBody('Abschnitt DE'),
  'en/article/index.html': pageBody('Article EN'),
  // Lets tests prove `//evil.example/` is not redirected even when the path exists.
  'evil.example/index.html': pageBody('Evil'),
  '404.html': pageBody('Seite nicht gefunden'),
  '404.en.html': pageBody('Page not found'),
  'assets/app-AbC123.js': 'export const answer = 42;\n'.repeat(100),
  'assets/style-x1.css': 'body { color: black; }\n'.repeat(100),
  'assets/logo-x1.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'assets/photo-x1.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
  'assets/photo-x1.jpg': Buffer.from([0xff, 0xd8, 0xff, 0, 1]),
  'assets/photo-x1.webp': Buffer.from('RIFF0000WEBP'),
  'assets/photo-x1.avif': Buffer.from('0000ftypavif'),
  'assets/font-x1.woff2': Buffer.from('wOF2'),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'favicon.ico': Buffer.from([0, 0, 1, 0]),
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'sitemap.xml': '<?xml version="1.0"?><urlset></urlset>',
  'de/feed.xml': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
  'en/feed.xml': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
  'manifest.webmanifest': '{"name":"Reader"}',
  'data.json': '{"ok":true}',
  '.env': 'SECRET=1',
  '.well-known/security.txt': 'Contact: mailto:security@example.org\n',
  // Deleted by a test after start-up to provoke a read error.
  'vanishing.txt': 'soon gone',
};

/** Writes `files` (default: the fixture site) into a fresh temp dir and returns its path. */
export function createFixtureSite(files = fixtureFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-site-'));
  for (const [relativePath, content] of Object.entries(files)) {
    const target = join(dir, ...relativePath.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/** Sends `request` verbatim over TCP and returns everything the server sent back. */
export function rawRequest(url: string, request: string): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

/** A `Connection: close` request so the server ends the response and the socket. */
export const rawGet = (target: string, method = 'GET', extraHeaders = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}Connection: close\r\n\r\n`;

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** Minimal HTTP/1.1 response parser for `Connection: close` responses (no chunking). */
export function parseRawResponse(raw: Buffer): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: raw.subarray(split + 4) };
}

/**
 * Starts a server on 127.0.0.1 and a free port over a fresh fixture site for the
 * calling test file, and tears both down afterwards. Fields are set in `beforeAll`.
 */
export function setupFixtureServer() {
  let server: Server | undefined;
  const site = {
    dir: '',
    base: '',
    /** `fetch` without following redirects, so 308s can be asserted. */
    get: (path: string, init?: RequestInit) =>
      fetch(new URL(path, site.base), { redirect: 'manual', ...init }),
    /** Verbatim request, for targets and headers `fetch` would rewrite. */
    raw: async (request: string) => parseRawResponse(await rawRequest(site.base, request)),
  };
  beforeAll(async () => {
    site.dir = createFixtureSite();
    // As the build does: brotli and gzip siblings of the text files, which the server sends.
    await precompressSite(site.dir);
    const started = await startReaderServer({ dir: site.dir, host: '127.0.0.1', port: 0 });
    server = started.server;
    site.base = started.url;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}
