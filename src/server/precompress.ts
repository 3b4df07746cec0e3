/**
 * Brotli and gzip copies of the built site's text files (`app.js` → `app.js.br`, `app.js.gz`),
 * written by the build as its last step. The server sends such a sibling, with `Content-Encoding`,
 * to a client that accepts it (see site-index.ts and handler.ts): compressing once at build time
 * lets the server stream plain files, and lets brotli run at its best quality, which is too slow
 * to do per request.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The suffix of each encoding's sibling; the server offers exactly these. */
export const encodingSuffixes = { br: '.br', gzip: '.gz' } as const;

export type ContentCoding = keyof typeof encodingSuffixes;

/** Text formats shrink a lot; images and fonts are compressed already and are left as they are. */
const compressible = /\.(?:html|m?js|css|svg|json|map|xml|txt|webmanifest)$/i;

/** Brotli at its best (text mode), except for large files, where it is ~15× slower for ~2%. */
export function brotliParams(size: number): Record<number, number> {
  return {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: size > 256 * 1024 ? 9 : constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Asynchronous, so that the files of a site are compressed on several threads at once. */
const compressors: Readonly<Record<ContentCoding, (body: Buffer) => Promise<Buffer>>> = {
  br: (body) => brotli(body, { params: brotliParams(body.length) }),
  gzip: (body) => gzipped(body, { level: 9 }),
};

/**
 * Writes the siblings of one file, or removes them where compression does not pay (a tiny file
 * can grow): anything that rewrites a built file calls this again, or the server, which only
 * sends a sibling that decodes to its file, falls back to the plain bytes.
 */
export async function precompressFile(file: string): Promise<void> {
  if (!compressible.test(file)) return;
  const body = await readFile(file);
  for (const [coding, compress] of Object.entries(compressors)) {
    const sibling = file + encodingSuffixes[coding as ContentCoding];
    const encoded = await compress(body);
    if (encoded.length < body.length) await writeFile(sibling, encoded);
    else await rm(sibling, { force: true });
  }
}

/** Precompresses every text file under `dir`; returns how many files it looked at. */
export async function precompressSite(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  await Promise.all(files.map(precompressFile));
  return files.length;
}
