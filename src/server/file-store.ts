/**
 * Reads site files and their compressed variants, each at most once.
 *
 * The site is immutable while the server runs, so bodies, ETags and brotli/gzip
 * output are memoised (as promises, so concurrent first requests share the work).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, crc32, gzip } from 'node:zlib';
import { isCompressible } from './content-types.ts';
import type { Encoding } from './encoding.ts';
import type { Lookup } from './resolve.ts';

export interface Representation {
  body: Buffer;
  /** The encoding actually used; may be `identity` even if `br` was asked for. */
  encoding: Encoding;
  /** Strong validator, distinct per encoding as required for different bytes. */
  etag: string;
}

export interface FileStore {
  read(relativePath: string, encoding: Encoding): Promise<Representation>;
}

/** Large binary files (images, video) are read per request instead of pinned in memory. */
const maxCachedBinaryBytes = 4 * 1024 * 1024;

function compress(body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result));
    if (encoding === 'gzip') gzip(body, { level: 9 }, done);
    else {
      const params = {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        // Max quality is ~15× slower; past a few hundred KB that delays the first
        // visitor by seconds, for a few percent. Precompressed `.br` files avoid both.
        [constants.BROTLI_PARAM_QUALITY]:
          body.length > 256 * 1024 ? 9 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      };
      brotliCompress(body, { params }, done);
    }
  });
}

/** Content-derived, so ETags survive restarts and match across identical deploys. */
function etagOf(body: Buffer, suffix: string): string {
  return `"${body.length.toString(16)}-${crc32(body).toString(16)}${suffix}"`;
}

export function createFileStore(dir: string, lookup: Lookup): FileStore {
  const cache = new Map<string, Promise<Representation>>();

  function memoise(
    relativePath: string,
    encoding: Encoding,
    load: () => Promise<Representation>,
  ): Promise<Representation> {
    const key = `${encoding}:${relativePath}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const pending = load();
    cache.set(key, pending);
    pending.then(
      ({ body }) => {
        const pin = isCompressible(relativePath) || body.length <= maxCachedBinaryBytes;
        if (!pin) cache.delete(key);
      },
      // Forget failures so a later request retries instead of replaying the error.
      () => cache.delete(key),
    );
    return pending;
  }

  function readIdentity(relativePath: string): Promise<Representation> {
    return memoise(relativePath, 'identity', async () => {
      const body = await readFile(join(dir, relativePath));
      return { body, encoding: 'identity', etag: etagOf(body, '') };
    });
  }

  function readEncoded(relativePath: string, encoding: 'br' | 'gzip'): Promise<Representation> {
    return memoise(relativePath, encoding, async () => {
      const identity = await readIdentity(relativePath);
      // Prefer a precompressed sibling (`app.js.br`) written by the build, if any.
      const sibling = relativePath + (encoding === 'br' ? '.br' : '.gz');
      const body =
        lookup(sibling) === 'file'
          ? await readFile(join(dir, sibling))
          : await compress(identity.body, encoding);
      // Tiny files can grow when compressed; then the plain bytes are the better answer.
      if (body.length >= identity.body.length) return identity;
      return { body, encoding, etag: etagOf(identity.body, `-${encoding}`) };
    });
  }

  return {
    read(relativePath, encoding) {
      // Images and fonts are already compressed; they always go out as-is.
      if (encoding === 'identity' || !isCompressible(relativePath)) {
        return readIdentity(relativePath);
      }
      return readEncoded(relativePath, encoding);
    },
  };
}
