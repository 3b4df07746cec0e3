import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstView, pageFile, sizeOf, type FileSize } from '../support/built-site.ts';
import type { NetworkRequest } from './lighthouse.ts';

// What a first view downloads, by type: Lighthouse's network log of one run (decoded resource
// bytes and bytes on the wire), and for the site's own text files gzip and brotli sizes computed
// from the built files, so a change in compression shows apart from a change in content.

export const byteTypes = ['document', 'script', 'stylesheet', 'image', 'other'] as const;
export type ByteType = (typeof byteTypes)[number];

export interface TypeBytes {
  requests: number;
  resource: number;
  transfer: number;
  /** Own text files only (HTML, JS, CSS, SVG, JSON): compressed as the server would. */
  gzip: number;
  brotli: number;
  /** Of these, requests loaded lazily (dynamic import), and their bytes on the wire. */
  lazyRequests: number;
  lazyTransfer: number;
}

export interface RequestBytes extends NetworkRequest {
  type: ByteType;
  file?: FileSize;
  /** A script outside the entry's static imports: loaded later (the other language's text). */
  lazy?: true;
}

const textFile = /\.(html|js|mjs|css|svg|json|txt|xml)$/i;

function typeOf(resourceType: string): ByteType {
  const type = resourceType.toLowerCase();
  return (byteTypes as readonly string[]).includes(type) ? (type as ByteType) : 'other';
}

/** The built file behind a same-origin URL, if it is one of ours and text. */
function localFile(siteDir: string, origin: string, url: string): string | undefined {
  if (!url.startsWith(origin)) return undefined;
  const { pathname } = new URL(url);
  const direct = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = [direct, pageFile(pathname), `${direct}.html`];
  return candidates.find((file) => {
    const full = path.join(siteDir, file);
    return textFile.test(file) && existsSync(full) && statSync(full).isFile();
  });
}

export interface PageBytes {
  byType: Record<ByteType, TypeBytes>;
  requests: RequestBytes[];
}

export function firstViewBytes(
  siteDir: string,
  origin: string,
  urlPath: string,
  requests: readonly NetworkRequest[],
): PageBytes {
  const eager = new Set(firstView(siteDir, urlPath).scripts.map((script) => script.file));
  const list: RequestBytes[] = requests.map((request) => {
    const file = localFile(siteDir, origin, request.url);
    const type = typeOf(request.resourceType);
    const lazy = type === 'script' && !(file && eager.has(file)) ? { lazy: true as const } : {};
    return file
      ? { ...request, type, ...lazy, file: sizeOf(siteDir, file, { brotli: true }) }
      : { ...request, type, ...lazy };
  });
  const byType = Object.fromEntries(
    byteTypes.map((type) => {
      const own = list.filter((r) => r.type === type);
      const sum = (pick: (r: RequestBytes) => number) => own.reduce((s, r) => s + pick(r), 0);
      const bytes: TypeBytes = {
        requests: own.length,
        resource: sum((r) => r.resourceSize),
        transfer: sum((r) => r.transferSize),
        gzip: sum((r) => r.file?.gzip ?? 0),
        brotli: sum((r) => r.file?.brotli ?? 0),
        lazyRequests: own.filter((r) => r.lazy).length,
        lazyTransfer: sum((r) => (r.lazy ? r.transferSize : 0)),
      };
      return [type, bytes];
    }),
  ) as Record<ByteType, TypeBytes>;
  return { byType, requests: list };
}
