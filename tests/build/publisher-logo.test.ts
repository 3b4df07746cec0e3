// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

// The publisher logo the NewsArticle names, as built: Google's Article check wants
// `publisher.logo`, a crawlable raster image. Runs after `npm run build`.

const dist = path.resolve(__dirname, '../../dist');
const origin = 'http://127.0.0.1:4173';
const pages = ['de/usa-china-cyberabkommen/index.html', 'en/us-china-cyber-treaty/index.html'];

function jsonLd(file: string): { publisher?: { logo?: Record<string, unknown> } } {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  const html = readFileSync(full, 'utf8');
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!script?.[1]) throw new Error(`dist/${file} has no JSON-LD`);
  return JSON.parse(script[1]) as { publisher?: { logo?: Record<string, unknown> } };
}

describe('the publisher logo', () => {
  it.each(pages)('%s names it as an ImageObject with an absolute URL and its size', (file) => {
    expect(jsonLd(file).publisher?.logo).toEqual({
      '@type': 'ImageObject',
      url: `${origin}/publisher-logo.png`,
      width: 512,
      height: 512,
    });
  });

  it('is a 512×512 PNG in dist, drawn from the app icon', async () => {
    const file = path.join(dist, 'publisher-logo.png');
    expect(existsSync(file), 'dist/publisher-logo.png').toBe(true);
    const data = readFileSync(file);
    // The PNG signature, not just the name: https://www.w3.org/TR/png-3/#5PNG-file-signature
    expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const meta = await sharp(data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 512]);
    // The icon's own rendering at that size: the same pixels as the manifest's 512 px icon.
    const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
    const icon = readFileSync(path.join(dist, 'icons/icon-512.png'));
    expect((await pixels(data)).equals(await pixels(icon))).toBe(true);
  });
});
