/**
 * Per-file response metadata derived only from the file's path inside `dist/`.
 */
import { contentType } from 'mime-types';

/**
 * Where the server's answer differs from the media type database's (`mime-types`): JSON defines no
 * charset parameter (RFC 8259 §11: it is always UTF-8), XML is better read with its charset stated
 * (RFC 7303 §3.2), and `.ico` keeps the type every browser has always known it by.
 */
const overrides: Readonly<Record<string, string>> = {
  json: 'application/json',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml; charset=utf-8',
  ico: 'image/x-icon',
};

/**
 * `Content-Type` header value for a file path such as `assets/app-1a2b.js`. Unknown files are
 * offered as opaque downloads; with `nosniff` the browser will not guess a more dangerous type
 * (e.g. render them as HTML).
 */
export function contentTypeFor(relativePath: string): string {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  // The site's feeds (`/de/feed.xml`, `/en/feed.xml`) are Atom: its registered type (RFC 4287
  // §7), which feed readers and browsers recognise; other `.xml` (sitemap) stays generic XML.
  if (name === 'feed.xml') return 'application/atom+xml; charset=utf-8';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (Object.hasOwn(overrides, extension)) return overrides[extension] as string;
  return (extension !== '' && contentType(extension)) || 'application/octet-stream';
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
