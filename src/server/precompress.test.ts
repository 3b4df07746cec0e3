// @vitest-environment node
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressFile, precompressSite } from './precompress.ts';
import { createFixtureSite, fixtureFiles } from './test-helpers.ts';

let dir: string;
beforeEach(() => {
  dir = createFixtureSite();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressSite', () => {
  it('writes brotli and gzip siblings of the text files that decode to them', async () => {
    await precompressSite(dir);
    for (const file of ['de/artikel/index.html', 'assets/app-AbC123.js', 'assets/style-x1.css']) {
      const body = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(body);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(body);
    }
  });

  it('leaves images alone, and files that compression would make larger', async () => {
    await precompressSite(dir);
    for (const file of ['assets/photo-x1.png', 'assets/font-x1.woff2', 'robots.txt']) {
      expect(existsSync(join(dir, `${file}.br`))).toBe(false);
      expect(existsSync(join(dir, `${file}.gz`))).toBe(false);
    }
  });
});

describe('precompressFile', () => {
  it('replaces the siblings of a rewritten file, and drops those that no longer pay', async () => {
    const page = join(dir, 'de/artikel/index.html');
    await precompressFile(page);
    writeFileSync(page, '<p>kurz</p>');
    await precompressFile(page);
    expect(existsSync(`${page}.br`)).toBe(false);
    writeFileSync(page, fixtureFiles['en/article/index.html'] as string);
    await precompressFile(page);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(
      fixtureFiles['en/article/index.html'],
    );
  });
});
