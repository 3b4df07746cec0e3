/**
 * Per-file response metadata derived only from the file's path inside `dist/`.
 */

interface TypeInfo {
  type: string;
  /** Text formats shrink a lot; images and fonts are already compressed. */
  compressible: boolean;
}

const text = (type: string): TypeInfo => ({ type, compressible: true });
const binary = (type: string): TypeInfo => ({ type, compressible: false });

const byExtension: Readonly<Record<string, TypeInfo>> = {
  html: text('text/html; charset=utf-8'),
  js: text('text/javascript; charset=utf-8'),
  mjs: text('text/javascript; charset=utf-8'),
  css: text('text/css; charset=utf-8'),
  svg: text('image/svg+xml'),
  json: text('application/json'),
  map: text('application/json'),
  xml: text('application/xml; charset=utf-8'),
  txt: text('text/plain; charset=utf-8'),
  webmanifest: text('application/manifest+json'),
  png: binary('image/png'),
  jpg: binary('image/jpeg'),
  jpeg: binary('image/jpeg'),
  gif: binary('image/gif'),
  webp: binary('image/webp'),
  avif: binary('image/avif'),
  ico: binary('image/x-icon'),
  woff: binary('font/woff'),
  woff2: binary('font/woff2'),
};

// Unknown files are offered as opaque downloads; with `nosniff` the browser
// will not guess a more dangerous type (e.g. render them as HTML).
const fallback = binary('application/octet-stream');

function typeInfo(relativePath: string): TypeInfo {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return Object.hasOwn(byExtension, extension) ? (byExtension[extension] ?? fallback) : fallback;
}

/** `Content-Type` header value for a file path such as `assets/app-1a2b.js`. */
export function contentTypeFor(relativePath: string): string {
  return typeInfo(relativePath).type;
}

/** Whether it is worth compressing the file for transfer. */
export function isCompressible(relativePath: string): boolean {
  return typeInfo(relativePath).compressible;
}

export const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * Vite puts a content hash in every file name under `assets/`, so those can be
 * cached forever. Everything else (HTML, robots.txt, …) keeps its URL across
 * deploys and must be revalidated (cheap thanks to ETags).
 */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? immutableCacheControl : 'no-cache';
}
