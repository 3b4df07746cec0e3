/** Encoding with sharp: one source image into every rendition and the Open Graph JPEG. */
import os from 'node:os';
import sharp from 'sharp';
import type { ResponsiveImageType } from '../article/picture/responsive-image';
import {
  BACKGROUND,
  FORMATS,
  OG_HEIGHT,
  OG_WIDTH,
  plannedWidths,
  type ResolvedSettings,
} from './image-settings';

/** One encoded output, independent of the image's key and public URL (this is what gets cached). */
export interface EncodedVariant {
  /** `"800w.avif"`, …, or `"og.jpg"`. */
  variant: string;
  type: ResponsiveImageType;
  width: number;
  height: number;
  data: Uint8Array;
}

export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/** Minimal promise pool: at most `size` tasks run at once. */
function createLimit(size: number): Limit {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= size) return;
    const start = queue.shift();
    if (start) {
      active++;
      start();
    }
  };
  return (task) =>
    new Promise((resolve, reject) => {
      queue.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

export const defaultLimit = () => createLimit(Math.max(2, os.availableParallelism()));

export async function encode(
  input: Uint8Array,
  settings: ResolvedSettings,
  limit: Limit,
): Promise<EncodedVariant[]> {
  // Decode once (auto-orient, sRGB, no alpha) to raw pixels; every output starts from these.
  const decoded = await sharp(input)
    .autoOrient()
    .flatten({ background: BACKGROUND })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const { width: srcWidth, height: srcHeight, channels } = decoded.info;
  const raw = { raw: { width: srcWidth, height: srcHeight, channels } };
  const pixels = decoded.data;

  const jobs: Promise<EncodedVariant>[] = [];
  for (const format of FORMATS) {
    for (const width of plannedWidths(srcWidth, settings.widths)) {
      const height = Math.max(1, Math.round((width * srcHeight) / srcWidth));
      jobs.push(
        limit(async () => {
          let pipeline = sharp(pixels, raw);
          if (width !== srcWidth) pipeline = pipeline.resize(width, height, { fit: 'fill' });
          const { encoders } = settings;
          if (format.encoder === 'avif') pipeline = pipeline.avif(encoders.avif);
          else if (format.encoder === 'webp') pipeline = pipeline.webp(encoders.webp);
          else pipeline = pipeline.jpeg(encoders.jpeg);
          const data = await pipeline.toBuffer();
          return { variant: `${width}w.${format.ext}`, type: format.type, width, height, data };
        }),
      );
    }
  }
  jobs.push(
    limit(async () => {
      const data = await sharp(pixels, raw)
        .resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', position: 'centre' })
        .jpeg(settings.encoders.og)
        .toBuffer();
      return { variant: 'og.jpg', type: 'image/jpeg', width: OG_WIDTH, height: OG_HEIGHT, data };
    }),
  );
  return Promise.all(jobs);
}
