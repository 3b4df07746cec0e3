/**
 * What the responsive images are rendered with: target widths, formats, encoder settings, and the
 * fingerprint over all of them that names the files and keys the cache (see `resolveSettings`).
 */
import sharp from 'sharp';
import type { AvifOptions, JpegOptions, WebpOptions } from 'sharp';
import type { ResponsiveImageType } from '../article/picture/responsive-image';
import { sha256 } from './sha256';

/** Bump when the rendering pipeline changes in a way that alters output bytes. */
const PIPELINE_VERSION = 1;

export const DEFAULT_WIDTHS: readonly number[] = [480, 800, 1200, 1600];

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface EncoderSettings {
  avif: AvifOptions;
  webp: WebpOptions;
  jpeg: JpegOptions;
  /** Encoder options for the Open Graph JPEG. */
  og: JpegOptions;
}

/** Settings tuned for photographs. */
export const DEFAULT_ENCODERS: Readonly<EncoderSettings> = {
  avif: { quality: 50, effort: 3, chromaSubsampling: '4:2:0' }, // effort 4: ~8 % smaller, ~3.5× slower
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  og: { quality: 80, mozjpeg: true },
};

/** Transparent areas are flattened onto this colour (JPEG has no alpha; all formats look alike). */
export const BACKGROUND = '#ffffff';

/** The formats of the renditions, in the order of `ResponsiveImage.sources`. */
export const FORMATS = [
  { type: 'image/avif', ext: 'avif', encoder: 'avif' },
  { type: 'image/webp', ext: 'webp', encoder: 'webp' },
  { type: 'image/jpeg', ext: 'jpg', encoder: 'jpeg' },
] as const satisfies readonly { type: ResponsiveImageType; ext: string; encoder: string }[];

export interface ResolvedSettings {
  widths: number[];
  encoders: EncoderSettings;
  /** Hash over everything that influences output bytes (except the source itself). */
  hash: string;
}

/**
 * Sorted widths, encoder options merged over the defaults, and their fingerprint. The fingerprint
 * names every file and cache entry: its keys and their order must stay as they are, or every
 * image gets a new URL and the cache is rebuilt.
 */
export function resolveSettings(
  widths?: readonly number[],
  encoders?: Partial<EncoderSettings>,
): ResolvedSettings {
  const list = [...new Set(widths ?? DEFAULT_WIDTHS)].sort((a, b) => a - b);
  if (list.length === 0 || list.some((w) => !Number.isInteger(w) || w < 1)) {
    throw new Error(`responsive-images: widths must be positive integers, got ${String(widths)}`);
  }
  const merged: EncoderSettings = {
    avif: { ...DEFAULT_ENCODERS.avif, ...encoders?.avif },
    webp: { ...DEFAULT_ENCODERS.webp, ...encoders?.webp },
    jpeg: { ...DEFAULT_ENCODERS.jpeg, ...encoders?.jpeg },
    og: { ...DEFAULT_ENCODERS.og, ...encoders?.og },
  };
  const fingerprint = JSON.stringify({
    pipeline: PIPELINE_VERSION,
    sharp: sharp.versions,
    widths: list,
    encoders: merged,
    og: [OG_WIDTH, OG_HEIGHT],
    background: BACKGROUND,
  });
  return { widths: list, encoders: merged, hash: sha256(fingerprint) };
}

/**
 * Widths to render for a source `intrinsicWidth` px wide: every target width below it, plus the
 * source width itself when that is below the largest target (never upscale, at least one).
 * E.g. 1800 → 480/800/1200/1600; 600 → 480/600; 300 → 300.
 */
export function plannedWidths(intrinsicWidth: number, widths: readonly number[] = DEFAULT_WIDTHS) {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const cap = Math.min(intrinsicWidth, sorted[sorted.length - 1] ?? intrinsicWidth);
  return [...sorted.filter((w) => w < cap), cap];
}
