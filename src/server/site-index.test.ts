// @vitest-environment node
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressSite } from './precompress.ts';
import { indexSite } from './site-index.ts';
import { createFixtureSite, pageBody } from './test-helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = createFixtureSite();
  await precompressSite(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexSite', () => {
  it('knows files and folders, and nothing else', () => {
    const { lookup } = indexSite(dir);
    expect(lookup('')).toBe('directory');
    expect(lookup('de/artikel')).toBe('directory');
    expect(lookup('de/artikel/index.html')).toBe('file');
    expect(lookup('de/nope')).toBeUndefined();
  });

  it('tags each file by its bytes, the same on every start', () => {
    const first = indexSite(dir).file('assets/app-AbC123.js');
    expect(first?.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(indexSite(dir).file('assets/app-AbC123.js')).toEqual(first);
    expect(indexSite(dir).file('assets/style-x1.css')?.etag).not.toBe(first?.etag);
  });

  it('offers the precompressed siblings, each with its own tag', () => {
    const page = indexSite(dir).file('de/artikel/index.html');
    expect(Object.keys(page?.encoded ?? {}).sort()).toEqual(['br', 'gzip']);
    expect(new Set([page?.etag, page?.encoded.br, page?.encoded.gzip]).size).toBe(3);
    expect(indexSite(dir).file('assets/photo-x1.png')?.encoded).toEqual({});
  });

  it('never offers a sibling that does not decode to its file', () => {
    // A page edited after the build (as a test or a tool may do) and a broken sibling.
    writeFileSync(join(dir, 'en/article/index.html'), pageBody('Edited'));
    writeFileSync(join(dir, 'de/artikel/abschnitt/index.html.br'), 'not brotli');
    writeFileSync(join(dir, 'de/artikel/abschnitt/index.html.gz'), gzipSync('other'));
    const site = indexSite(dir);
    expect(site.file('en/article/index.html')?.encoded).toEqual({});
    expect(site.file('de/artikel/abschnitt/index.html')?.encoded).toEqual({});
  });
});
