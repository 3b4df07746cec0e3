import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { appColours, type AppIconSpec } from './web-app-manifest';

// Rasterises the project's own icon (app-icon.svg, shapes only, so the result does not depend on
// the fonts of the machine that builds) into the PNGs that manifests and iOS ask for.

export const appIconSvg = path.join(import.meta.dirname, 'app-icon.svg');

/** Maskable icons may be cropped to a circle of 80 % of their width: the motif must fit inside. */
export const maskableScale = 0.8;

/** Renders the SVG at twice the largest size, so every PNG is a downscale (crisp edges). */
const density = 72 * 2;

export async function renderAppIcon(svg: Buffer, spec: AppIconSpec): Promise<Buffer> {
  const png = { compressionLevel: 9, palette: true } as const;
  const render = (size: number) => sharp(svg, { density }).resize(size, size);
  if (spec.shape === 'own') return render(spec.size).png(png).toBuffer();
  // The tile's rounded corners are the accent colour on transparency: flattening onto the accent
  // makes the full-bleed square the platform needs, with no seam where the corners were.
  const background = appColours.accent;
  if (spec.shape === 'full-bleed') {
    return render(spec.size).flatten({ background }).png(png).toBuffer();
  }
  const inner = await render(Math.round(spec.size * maskableScale))
    .png()
    .toBuffer();
  return sharp({ create: { width: spec.size, height: spec.size, channels: 3, background } })
    .composite([{ input: inner, gravity: 'centre' }])
    .png(png)
    .toBuffer();
}

/** Writes each icon to `distDir/<spec.file>`. */
export async function writeAppIcons(distDir: string, specs: readonly AppIconSpec[]): Promise<void> {
  const svg = await readFile(appIconSvg);
  for (const spec of specs) {
    const file = path.join(distDir, spec.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await renderAppIcon(svg, spec));
  }
}
