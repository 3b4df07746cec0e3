/**
 * From encoded renditions to what the page needs: file names, public URLs and the
 * `ResponsiveImage` entry (srcset per format, fallback, Open Graph image). Pure: no encoding, no
 * file system.
 *
 * File names are `<dir>/<slug>-<w>w-<hash8>.<ext>`, hashed from the source bytes, the settings'
 * fingerprint and the variant, so the client build, the SSR build and the dev server agree on
 * them without coordinating.
 */
import type { EncodedVariant } from './image-encoding';
import { FORMATS, OG_HEIGHT, OG_WIDTH, type ResolvedSettings } from './image-settings';
import type { ResponsiveImage, ResponsiveImageType } from '../article/picture/responsive-image';
import { sha256 } from './sha256';

export interface RenderedFile {
  /** Path relative to the build output directory, e.g. `assets/img/a-lead-800w-0123abcd.jpg`. */
  fileName: string;
  /** Public URL (`base` + `fileName`). */
  url: string;
  type: ResponsiveImageType;
  width: number;
  height: number;
  source: Uint8Array;
}

export interface RenderedImage {
  key: string;
  image: ResponsiveImage;
  /** All renditions (AVIF, WebP, JPEG; ascending widths), then the Open Graph image. */
  files: RenderedFile[];
}

/** `"us-china-cyber/lead"` → `"us-china-cyber-lead"` (safe in URLs and file names). */
export const slugify = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '') || 'image';

export const normaliseBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);
export const normaliseDir = (dir: string) => dir.replace(/^\/+|\/+$/g, '');

/** Names the files of one image's `variants` and assembles its `ResponsiveImage`. */
export function assemble(
  key: string,
  sourceHash: string,
  settings: Pick<ResolvedSettings, 'hash'>,
  variants: readonly EncodedVariant[],
  base: string,
  dir: string,
): RenderedImage {
  const slug = slugify(key);
  const prefix = normaliseDir(dir);
  const files: RenderedFile[] = variants.map((v) => {
    const [label, ext] = v.variant.split('.') as [string, string];
    const hash = sha256(sourceHash, ':', settings.hash, ':', v.variant).slice(0, 8);
    const fileName = `${prefix ? `${prefix}/` : ''}${slug}-${label}-${hash}.${ext}`;
    return {
      fileName,
      url: `${normaliseBase(base)}${fileName}`,
      type: v.type,
      width: v.width,
      height: v.height,
      source: v.data,
    };
  });
  const og = files.find((_file, i) => variants[i]?.variant === 'og.jpg');
  const renditions = files.filter((f) => f !== og);
  const largest = (type: ResponsiveImageType) =>
    renditions.filter((f) => f.type === type).reduce((a, b) => (b.width > a.width ? b : a));
  const largestJpeg = largest('image/jpeg');
  if (!og) throw new Error(`responsive-images: missing Open Graph rendition for ${key}`);
  const image: ResponsiveImage = {
    width: largestJpeg.width,
    height: largestJpeg.height,
    src: largestJpeg.url,
    sources: FORMATS.map(({ type }) => ({
      type,
      srcset: renditions
        .filter((f) => f.type === type)
        .sort((a, b) => a.width - b.width)
        .map((f) => `${f.url} ${f.width}w`)
        .join(', '),
    })),
    og: { src: og.url, width: OG_WIDTH, height: OG_HEIGHT },
  };
  return { key, image, files };
}
