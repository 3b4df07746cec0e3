// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectResponsiveImages, renderImage } from './collect-images';
import type { RenderedImage } from './srcset';

const TYPES = ['image/avif', 'image/webp', 'image/jpeg'] as const;
const EXT = { 'image/avif': 'avif', 'image/webp': 'webp', 'image/jpeg': 'jpg' } as const;
/** What sharp's metadata() reports for each output type. */
const SHARP_FORMAT = { 'image/avif': 'heif', 'image/webp': 'webp', 'image/jpeg': 'jpeg' } as const;

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1800 1200" width="1800" height="1200">' +
    '<rect width="1800" height="1200" fill="#2c3d51"/><circle cx="900" cy="600" r="320" fill="#e8e3d9"/>' +
    '</svg>',
);

/** Narrows away `undefined`, failing the test with `what` otherwise. */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

const png = (width: number, height: number, background = '#8a6d5a') =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

/** Parses `"url 480w, url 800w"` into `[{ url, width }]`, failing on anything else. */
function parseSrcset(srcset: string) {
  return srcset.split(', ').map((candidate) => {
    const match = must(/^(\S+) (\d+)w$/.exec(candidate), `srcset candidate, got "${candidate}"`);
    return { url: must(match[1], 'url'), width: Number(match[2]) };
  });
}

/** Checks structure, URLs and the actual bytes of every rendition. */
async function expectRenditions(rendered: RenderedImage, slug: string, widths: number[]) {
  const { image, files } = rendered;
  expect(image.sources.map((s) => s.type)).toEqual(TYPES);

  for (const source of image.sources) {
    const candidates = parseSrcset(source.srcset);
    expect(candidates.map((c) => c.width)).toEqual(widths);
    for (const { url, width } of candidates) {
      expect(url).toMatch(
        new RegExp(`^/assets/img/${slug}-${width}w-[0-9a-f]{8}\\.${EXT[source.type]}$`),
      );
      const file = must(
        files.find((f) => f.url === url),
        `a file for ${url}`,
      );
      expect(file.type).toBe(source.type);
      const meta = await sharp(file.source).metadata();
      expect(meta.format).toBe(SHARP_FORMAT[source.type]);
      expect(meta.width).toBe(width);
      expect(meta.height).toBe(file.height);
    }
  }

  const largest = must(widths[widths.length - 1], 'a width');
  const largestJpeg = must(
    files.find((f) => f.type === 'image/jpeg' && f.width === largest),
    'the largest JPEG',
  );
  expect(image.src).toBe(largestJpeg.url);
  expect(image.width).toBe(largest);
  expect(image.height).toBe(largestJpeg.height);

  expect(image.og).toEqual({ src: expect.any(String), width: 1200, height: 630 });
  expect(image.og.src).toMatch(new RegExp(`^/assets/img/${slug}-og-[0-9a-f]{8}\\.jpg$`));
  const og = must(
    files.find((f) => f.url === image.og.src),
    'the Open Graph file',
  );
  const ogMeta = await sharp(og.source).metadata();
  expect([ogMeta.format, ogMeta.width, ogMeta.height]).toEqual(['jpeg', 1200, 630]);

  // 3 types × widths + Open Graph, all with distinct names.
  expect(files).toHaveLength(widths.length * 3 + 1);
  expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
}

describe('renderImage', () => {
  it('renders an SVG into all widths, types and the Open Graph image', async () => {
    const rendered = await renderImage(SVG, 'fixture/vector');
    expect(rendered.key).toBe('fixture/vector');
    await expectRenditions(rendered, 'fixture-vector', [480, 800, 1200, 1600]);
    expect([rendered.image.width, rendered.image.height]).toEqual([1600, 1067]);
    expect(rendered.image.sources[2]?.srcset).toMatch(
      /^\/assets\/img\/fixture-vector-480w-[0-9a-f]{8}\.jpg 480w, \/assets\/img\/fixture-vector-800w-[0-9a-f]{8}\.jpg 800w, /,
    );
  });

  it('never upscales: a 600 px wide PNG gets only 480 and 600', async () => {
    const rendered = await renderImage(await png(600, 400), 'fixture/small');
    await expectRenditions(rendered, 'fixture-small', [480, 600]);
    expect(rendered.files.find((f) => f.width === 480)?.height).toBe(320);
    expect([rendered.image.width, rendered.image.height]).toEqual([600, 400]);
  });

  it('gives a tiny image exactly one rendition per type', async () => {
    const rendered = await renderImage(await png(300, 200), 'fixture/tiny');
    await expectRenditions(rendered, 'fixture-tiny', [300]);
  });

  it('crops the Open Graph image around the centre', async () => {
    // 2400×600: red | green (middle half) | blue. Cover-scaled to 2520×630, the centred
    // 1200 px window lies entirely in the green band.
    const band = (background: string) =>
      sharp({ create: { width: 600, height: 600, channels: 3, background } })
        .png()
        .toBuffer();
    const input = await sharp({
      create: { width: 2400, height: 600, channels: 3, background: '#00ff00' },
    })
      .composite([
        { input: await band('#ff0000'), left: 0, top: 0 },
        { input: await band('#0000ff'), left: 1800, top: 0 },
      ])
      .png()
      .toBuffer();
    const { image, files } = await renderImage(input, 'fixture/bands', { widths: [400] });
    const og = must(
      files.find((f) => f.url === image.og.src),
      'the Open Graph file',
    );
    const { data, info } = await sharp(og.source).raw().toBuffer({ resolveWithObject: true });
    for (const x of [2, info.width - 3]) {
      const i = (Math.floor(info.height / 2) * info.width + x) * info.channels;
      const [r = -1, g = -1, b = -1] = data.subarray(i, i + 3);
      expect(g, `green at x=${x}`).toBeGreaterThan(200);
      expect(Math.max(r, b), `no red/blue at x=${x}`).toBeLessThan(60);
    }
  });

  it('names files deterministically from source and settings', async () => {
    const input = await png(500, 250);
    const a = await renderImage(input, 'fixture/same', { widths: [200] });
    const b = await renderImage(input, 'fixture/same', { widths: [200] });
    const c = await renderImage(input, 'fixture/same', {
      widths: [200],
      encoders: { jpeg: { quality: 60 } },
    });
    expect(b.image).toEqual(a.image);
    expect(c.image.src).not.toBe(a.image.src);
    const d = await renderImage(input, 'fixture/same', { widths: [200], base: '/sub/', dir: 'x' });
    expect(d.image.src).toMatch(/^\/sub\/x\/fixture-same-200w-[0-9a-f]{8}\.jpg$/);
  });

  it('rejects data that is not an image', async () => {
    await expect(renderImage(Buffer.from('not an image'), 'fixture/broken')).rejects.toThrow();
  });
});

describe('collectResponsiveImages', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'responsive-images-test-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const write = async (relative: string, data: Uint8Array | string) => {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), data);
  };

  it('keys images by article and basename, and reuses the disk cache', async () => {
    await write('content/alpha/images/lead.png', await png(700, 350));
    await write('content/alpha/images/notes.txt', 'ignored');
    await write('content/beta/images/chart.svg', SVG);
    await write('content/beta/text.md', 'ignored');
    const options = { root, contentDir: 'content', cacheDir: 'cache', widths: [320, 640] };

    const cold = await collectResponsiveImages(options);
    expect(Object.keys(cold.images)).toEqual(['alpha/lead', 'beta/chart']);
    expect(cold.stats).toMatchObject({ images: 2, fromCache: 0 });
    expect(cold.files).toHaveLength(2 * (2 * 3 + 1));

    const warm = await collectResponsiveImages(options);
    expect(warm.stats).toMatchObject({ images: 2, fromCache: 2 });
    expect(warm.images).toEqual(cold.images);
    for (const file of warm.files) {
      const before = must(
        cold.files.find((f) => f.fileName === file.fileName),
        `${file.fileName} in the cold run`,
      );
      expect(Buffer.compare(file.source, before.source), file.fileName).toBe(0);
    }
  });

  it('names the file that cannot be read', async () => {
    await write('broken/x/images/y.png', 'definitely not a png');
    await expect(
      collectResponsiveImages({ root, contentDir: 'broken', cacheDir: false }),
    ).rejects.toThrow(/^responsive-images: cannot read broken\/x\/images\/y\.png: /);
  });

  it('rejects two sources with the same key', async () => {
    await write('dupes/a/images/lead.png', await png(100, 100));
    await write('dupes/a/images/lead.svg', SVG);
    await expect(
      collectResponsiveImages({ root, contentDir: 'dupes', cacheDir: false }),
    ).rejects.toThrow(/both map to "a\/lead"/);
  });

  it('returns an empty set when the content folder is missing', async () => {
    const set = await collectResponsiveImages({ root, contentDir: 'nope', cacheDir: false });
    expect(set.images).toEqual({});
    expect(set.files).toEqual([]);
  });
});
