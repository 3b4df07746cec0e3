// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { precacheDownload, precachedFile, precachedUrls } from '../support/built-site';

// The offline support as built: dist/sw.js, its precache list and the web app manifest. Runs after
// `npm run build`, like the size budgets.

const dist = path.resolve(__dirname, '../../dist');
const KiB = 1024;
/** What a reader downloads in the background after the first visit (gzip where it helps). */
const precacheBudget = 400 * KiB;

function read(file: string): string {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  return readFileSync(full, 'utf8');
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(dist, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
    .filter((file) => statSync(path.join(dist, file)).isFile());
}

const precached = () => precachedUrls(dist);
const fileOf = (url: string) => precachedFile(dist, url);

describe('dist/sw.js', () => {
  it('runs under the CSP: no eval, nothing imported, no other origin', () => {
    const code = read('sw.js');
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(|importScripts\s*\(/);
    // The only URL in it is in a Workbox error message.
    const urls = code.match(/https?:\/\/[^\s"'`]+/g) ?? [];
    expect(urls.filter((url) => !url.startsWith('https://bit.ly/wb-'))).toEqual([]);
    expect(code).not.toContain('sourceMappingURL');
  });

  it('never takes over by itself: it waits for the SKIP_WAITING message', () => {
    const code = read('sw.js');
    expect(code).toContain('SKIP_WAITING');
    expect(code).not.toMatch(/\.clients\.claim\(\)/);
  });

  it('precaches every page by its address, both 404 pages and all scripts and styles', () => {
    const urls = precached();
    // The parallel view's pages are left out on purpose (see unprecachedPatterns).
    const pages = filesUnder('.').filter(
      (file) => file.endsWith('.html') && !/^(de-en|en-de)\//.test(file),
    );
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) expect(urls.map(fileOf)).toContain(page);
    expect(urls).toEqual(expect.arrayContaining(['/', '/de', '/en', '/404.html', '/404.en.html']));
    expect(urls.filter((url) => url.endsWith('/index.html'))).toEqual([]);
    const code = filesUnder('assets').filter((file) => /\.(js|css)$/.test(file));
    for (const file of code) expect(urls).toContain(`/${file}`);
    // Both languages' UI strings and text.
    for (const lang of ['de', 'en']) {
      expect(
        urls.filter((url) => new RegExp(`^/assets/${lang}-[^/]+\\.js$`).test(url)),
      ).not.toEqual([]);
    }
    expect(urls).toEqual(
      expect.arrayContaining(['/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png']),
    );
  });

  it('precaches AVIF and WebP at 800 and 1200 px wide only', () => {
    const images = precached().filter((url) => url.startsWith('/assets/img/'));
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) expect(url).toMatch(/-(800|1200)w-[^/]+\.(avif|webp)$/);
  });

  it(`stays under ${precacheBudget / KiB} KiB to download (gzip for text)`, () => {
    const { files, bytes } = precacheDownload(dist);
    expect(bytes, `${(bytes / KiB).toFixed(1)} KiB in ${files} files`).toBeLessThan(precacheBudget);
  });
});

describe('dist/manifest.webmanifest', () => {
  it('lists icons that exist at their stated size', async () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      icons: { src: string; sizes: string }[];
    };
    for (const icon of manifest.icons) {
      const { width, height } = await sharp(path.join(dist, icon.src)).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('is linked by the app, not the HTML; every page links the apple-touch-icon', () => {
    for (const page of filesUnder('.').filter((file) => file.endsWith('.html'))) {
      const html = read(page);
      // Linked in the HTML, it is fetched on the first view's path (see linkManifest).
      expect(html, page).not.toContain('rel="manifest"');
      expect(html, page).toContain(
        '<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"',
      );
    }
    expect(existsSync(path.join(dist, 'icons', 'apple-touch-icon.png'))).toBe(true);
  });
});
