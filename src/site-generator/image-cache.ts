/**
 * Disk cache of encoded renditions (AVIF encoding in particular is slow):
 * `<cacheDir>/<entry>/{meta.json, 480w.avif, …, og.jpg}`, one entry per source and settings.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EncodedVariant } from './image-encoding';
import { sha256 } from './sha256';

interface CacheMeta {
  variants: Omit<EncodedVariant, 'data'>[];
}

/** The entry folder of a source (by its hash) rendered with settings (by their fingerprint). */
export const cacheEntryDir = (cacheDir: string, sourceHash: string, settingsHash: string) =>
  path.join(cacheDir, sha256(sourceHash, settingsHash).slice(0, 32));

/** The cached renditions, or `undefined` when the entry is missing or incomplete. */
export async function readCache(entryDir: string): Promise<EncodedVariant[] | undefined> {
  try {
    const meta = JSON.parse(await readFile(path.join(entryDir, 'meta.json'), 'utf8')) as CacheMeta;
    if (!Array.isArray(meta.variants) || meta.variants.length === 0) return undefined;
    return await Promise.all(
      meta.variants.map(async (v) => ({
        ...v,
        data: await readFile(path.join(entryDir, path.basename(v.variant))),
      })),
    );
  } catch {
    return undefined;
  }
}

export async function writeCache(
  cacheDir: string,
  entryDir: string,
  variants: readonly EncodedVariant[],
) {
  await mkdir(cacheDir, { recursive: true });
  const tmp = await mkdtemp(path.join(cacheDir, '.tmp-'));
  try {
    await Promise.all(variants.map((v) => writeFile(path.join(tmp, v.variant), v.data)));
    const meta: CacheMeta = { variants: variants.map(({ data: _data, ...rest }) => rest) };
    await writeFile(path.join(tmp, 'meta.json'), JSON.stringify(meta));
    await rename(tmp, entryDir); // atomic; fails harmlessly if a parallel build got there first
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
