/**
 * Snapshot of what the built site contains, taken once at start-up.
 *
 * `dist/` is immutable after `vite build`, so a snapshot is accurate, makes
 * lookups free, and means only files that were really built can ever be
 * served: whatever the URL decoding does, nothing outside the snapshot is read.
 * (A rebuild needs a restart, as the `_headers` file does.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, crc32, gunzipSync } from 'node:zlib';
import { encodingSuffixes, type ContentCoding } from './precompress.ts';
import type { EntryKind, Lookup } from './resolve.ts';

export interface SiteFile {
  /** Strong validator, from the bytes: it survives restarts and matches across identical builds. */
  etag: string;
  /** The ETag of each precompressed sibling that decodes to exactly this file. */
  encoded: Partial<Record<ContentCoding, string>>;
}

export interface SiteIndex {
  lookup: Lookup;
  file(relativePath: string): SiteFile | undefined;
}

const etagOf = (body: Buffer) => `"${body.length.toString(16)}-${crc32(body).toString(16)}"`;

const decoders: Readonly<Record<ContentCoding, (body: Buffer) => Buffer>> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

/** Whether `sibling` decodes to `body`; a stale or broken sibling is never sent. */
function decodesTo(coding: ContentCoding, sibling: Buffer, body: Buffer): boolean {
  try {
    return decoders[coding](sibling).equals(body);
  } catch {
    return false;
  }
}

/**
 * Walks `dir` recursively. Symlinks and special files are skipped on purpose:
 * a link could point outside the site, and the build never produces them.
 */
export function indexSite(dir: string): SiteIndex {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Site directory not found: ${dir} (run \`npm run build\` first)`);
  }
  const kinds = new Map<string, EntryKind>([['', 'directory']]);
  const bodies = new Map<string, Buffer>();
  const pending = [''];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(join(dir, current), { withFileTypes: true })) {
      const relativePath = current === '' ? entry.name : `${current}/${entry.name}`;
      if (entry.isDirectory()) {
        kinds.set(relativePath, 'directory');
        pending.push(relativePath);
      } else if (entry.isFile()) {
        kinds.set(relativePath, 'file');
        bodies.set(relativePath, readFileSync(join(dir, relativePath)));
      }
    }
  }
  const files = new Map<string, SiteFile>();
  for (const [relativePath, body] of bodies) {
    const encoded: SiteFile['encoded'] = {};
    for (const [coding, suffix] of Object.entries(encodingSuffixes) as [ContentCoding, string][]) {
      const sibling = bodies.get(relativePath + suffix);
      if (sibling && decodesTo(coding, sibling, body)) encoded[coding] = etagOf(sibling);
    }
    files.set(relativePath, { etag: etagOf(body), encoded });
  }
  return { lookup: (relativePath) => kinds.get(relativePath), file: (path) => files.get(path) };
}
