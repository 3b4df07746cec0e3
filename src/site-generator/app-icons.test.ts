// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appIconSvg, renderAppIcon } from './app-icons';
import { appColours, appleTouchIcon, manifestIcons, type AppIconSpec } from './web-app-manifest';

const svg = readFileSync(appIconSvg);

async function pixels(spec: AppIconSpec) {
  const png = await renderAppIcon(svg, spec);
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const i = (y * info.width + x) * 4;
    return [...data.subarray(i, i + 4)];
  };
  return { info, at };
}

const accent = [1, 3, 5].map((i) => parseInt(appColours.accent.slice(i, i + 2), 16));

describe('renderAppIcon', () => {
  it.each([...manifestIcons, appleTouchIcon])('draws $file at $size px', async (spec) => {
    const { info } = await pixels(spec);
    expect([info.width, info.height]).toEqual([spec.size, spec.size]);
  });

  it('keeps the rounded tile for ordinary icons (transparent corners)', async () => {
    const { at } = await pixels(manifestIcons[0] as AppIconSpec);
    expect(at(0, 0)[3]).toBe(0);
  });

  it.each(manifestIcons.filter((icon) => icon.purpose === 'maskable').concat(appleTouchIcon))(
    '$file is an opaque full-bleed square, for platforms that cut their own shape',
    async (spec) => {
      const { at } = await pixels(spec);
      for (const [x, y] of [
        [0, 0],
        [spec.size - 1, 0],
        [0, spec.size - 1],
        [spec.size - 1, spec.size - 1],
      ] as const) {
        expect(at(x, y)).toEqual([...accent, 255]);
      }
    },
  );

  it('keeps the maskable motif inside the safe zone (a centred circle of 80 % width)', async () => {
    const spec = manifestIcons.find((icon) => icon.purpose === 'maskable') as AppIconSpec;
    const { at } = await pixels(spec);
    const centre = spec.size / 2;
    const radius = spec.size * 0.4;
    for (let y = 0; y < spec.size; y += 4) {
      for (let x = 0; x < spec.size; x += 4) {
        if (Math.hypot(x - centre, y - centre) <= radius) continue;
        const [r, g, b] = at(x, y);
        const distance = Math.max(
          Math.abs((r ?? 0) - (accent[0] ?? 0)),
          Math.abs((g ?? 0) - (accent[1] ?? 0)),
          Math.abs((b ?? 0) - (accent[2] ?? 0)),
        );
        expect(distance, `pixel ${x},${y} outside the safe zone`).toBeLessThanOrEqual(8);
      }
    }
  });
});

describe('the favicon', () => {
  it('is the app icon (same shapes)', () => {
    const shapes = (text: string) => text.match(/<(?:rect|path)\b[^>]*>/g)?.map((s) => s.trim());
    const favicon = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'public', 'favicon.svg'),
      'utf8',
    );
    expect(shapes(favicon)).toEqual(shapes(svg.toString('utf8')));
  });
});
