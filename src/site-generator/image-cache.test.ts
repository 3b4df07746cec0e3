// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheEntryDir, readCache, writeCache } from './image-cache';
import type { EncodedVariant } from './image-encoding';

const variants: EncodedVariant[] = [
  { variant: '480w.avif', type: 'image/avif', width: 480, height: 240, data: Buffer.from('a') },
  { variant: 'og.jpg', type: 'image/jpeg', width: 1200, height: 630, data: Buffer.from('og') },
];

describe('the rendition cache', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'image-cache-test-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('gives one entry per source and settings', () => {
    const entry = cacheEntryDir(cacheDir, 'source', 'settings');
    expect(path.dirname(entry)).toBe(cacheDir);
    expect(path.basename(entry)).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheEntryDir(cacheDir, 'source', 'settings')).toBe(entry);
    expect(cacheEntryDir(cacheDir, 'source', 'other')).not.toBe(entry);
    expect(cacheEntryDir(cacheDir, 'other', 'settings')).not.toBe(entry);
  });

  it('returns what was written, bytes included', async () => {
    const entry = cacheEntryDir(cacheDir, 'round', 'trip');
    expect(await readCache(entry)).toBeUndefined();
    await writeCache(cacheDir, entry, variants);
    const read = await readCache(entry);
    expect(
      read?.map(({ data, ...rest }) => ({ ...rest, data: Buffer.from(data).toString() })),
    ).toEqual(
      variants.map(({ data, ...rest }) => ({ ...rest, data: Buffer.from(data).toString() })),
    );
  });

  it('treats an entry with a missing file as a miss', async () => {
    const entry = cacheEntryDir(cacheDir, 'broken', 'entry');
    await mkdir(entry, { recursive: true });
    await writeFile(
      path.join(entry, 'meta.json'),
      JSON.stringify({ variants: variants.map(({ data: _data, ...rest }) => rest) }),
    );
    expect(await readCache(entry)).toBeUndefined();
  });
});
