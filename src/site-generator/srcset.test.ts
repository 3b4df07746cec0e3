// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EncodedVariant } from './image-encoding';
import { assemble, slugify } from './srcset';

const bytes = (label: string) => new TextEncoder().encode(label);

/** What `encode` returns for a 1000×500 source rendered at 480 and 1000 px. */
const variants: EncodedVariant[] = [
  ...(['avif', 'webp', 'jpg'] as const).flatMap((ext) =>
    [480, 1000].map((width) => ({
      variant: `${width}w.${ext}`,
      type: ext === 'jpg' ? ('image/jpeg' as const) : (`image/${ext}` as const),
      width,
      height: width / 2,
      data: bytes(`${width}.${ext}`),
    })),
  ),
  { variant: 'og.jpg', type: 'image/jpeg', width: 1200, height: 630, data: bytes('og') },
];

describe('slugify', () => {
  it('turns an image key into a safe file name part', () => {
    expect(slugify('us-china-cyber/lead')).toBe('us-china-cyber-lead');
    expect(slugify('Ä/B  c//d')).toBe('b-c-d');
    expect(slugify('///')).toBe('image');
  });
});

describe('assemble', () => {
  const rendered = assemble(
    'alpha/lead',
    'source-hash',
    { hash: 'settings-hash' },
    variants,
    '/',
    'assets/img',
  );

  it('gives one srcset per format, AVIF first, ascending widths', () => {
    const { sources } = rendered.image;
    expect(sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg']);
    for (const { type, srcset } of sources) {
      const ext = type === 'image/jpeg' ? 'jpg' : type.slice(6);
      expect(srcset).toMatch(
        new RegExp(
          `^/assets/img/alpha-lead-480w-[0-9a-f]{8}\\.${ext} 480w, /assets/img/alpha-lead-1000w-[0-9a-f]{8}\\.${ext} 1000w$`,
        ),
      );
    }
  });

  it('falls back to the largest JPEG and previews with the Open Graph image', () => {
    const { image, files } = rendered;
    expect(image.src).toMatch(/^\/assets\/img\/alpha-lead-1000w-[0-9a-f]{8}\.jpg$/);
    expect([image.width, image.height]).toEqual([1000, 500]);
    expect(image.og).toEqual({
      src: expect.stringMatching(/^\/assets\/img\/alpha-lead-og-[0-9a-f]{8}\.jpg$/),
      width: 1200,
      height: 630,
    });
    expect(files.map((f) => f.url)).toContain(image.og.src);
    expect(files.find((f) => f.url === image.src)?.source).toEqual(bytes('1000.jpg'));
  });

  it('names files by source, settings and variant, under the given base and folder', () => {
    const again = assemble(
      'alpha/lead',
      'source-hash',
      { hash: 'settings-hash' },
      variants,
      '/',
      'assets/img',
    );
    expect(again.image).toEqual(rendered.image);
    const otherSource = assemble(
      'alpha/lead',
      'other',
      { hash: 'settings-hash' },
      variants,
      '/',
      'assets/img',
    );
    const otherSettings = assemble(
      'alpha/lead',
      'source-hash',
      { hash: 'other' },
      variants,
      '/',
      'assets/img',
    );
    expect(otherSource.image.src).not.toBe(rendered.image.src);
    expect(otherSettings.image.src).not.toBe(rendered.image.src);
    const nested = assemble(
      'alpha/lead',
      'source-hash',
      { hash: 'settings-hash' },
      variants,
      '/sub',
      '/x/',
    );
    expect(nested.files[0]?.fileName).toMatch(/^x\/alpha-lead-480w-[0-9a-f]{8}\.avif$/);
    expect(nested.image.src).toMatch(/^\/sub\/x\/alpha-lead-1000w-[0-9a-f]{8}\.jpg$/);
    expect(new Set(rendered.files.map((f) => f.fileName)).size).toBe(variants.length);
  });

  it('refuses renditions without an Open Graph image', () => {
    expect(() =>
      assemble('alpha/lead', 's', { hash: 'h' }, variants.slice(0, -1), '/', 'assets/img'),
    ).toThrow(/missing Open Graph rendition for alpha\/lead/);
  });
});
