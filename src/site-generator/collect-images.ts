/**
 * Rendering images: one source in memory (`renderImage`), or every content image with the disk
 * cache (`collectResponsiveImages`). Errors name the offending file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheEntryDir, readCache, writeCache } from './image-cache';
import { findContentImages } from './image-discovery';
import { defaultLimit, encode } from './image-encoding';
import { resolveSettings, type EncoderSettings } from './image-settings';
import type { ResponsiveImage } from '../article/picture/responsive-image';
import { sha256 } from './sha256';
import { assemble, type RenderedFile, type RenderedImage } from './srcset';

export interface RenderImageOptions {
  /** Target widths; never upscaled (see `plannedWidths`). Default `DEFAULT_WIDTHS`. */
  widths?: readonly number[];
  /** Encoder overrides, merged per format over `DEFAULT_ENCODERS`. */
  encoders?: Partial<EncoderSettings>;
  /** Public URL prefix, ending in `/`. Default `/`. */
  base?: string;
  /** Output folder, relative to the build output directory. Default `assets/img`. */
  dir?: string;
}

/**
 * Renders one source image (any format sharp reads: SVG, JPEG, PNG, WebP, …) into all renditions.
 * No caching and no file system access; `key` is `"<article>/<basename>"` and only names the files.
 */
export async function renderImage(
  input: Uint8Array,
  key: string,
  options: RenderImageOptions = {},
): Promise<RenderedImage> {
  const settings = resolveSettings(options.widths, options.encoders);
  const variants = await encode(input, settings, defaultLimit());
  return assemble(
    key,
    sha256(input),
    settings,
    variants,
    options.base ?? '/',
    options.dir ?? 'assets/img',
  );
}

export interface CollectOptions extends RenderImageOptions {
  /** Absolute project root; paths in error messages are relative to it. */
  root: string;
  /** Folder holding `<article>/images/*`; absolute or relative to `root`. */
  contentDir: string;
  /** Absolute or root-relative cache folder; `false` disables the disk cache. */
  cacheDir: string | false;
}

export interface ImageSet {
  images: Record<string, ResponsiveImage>;
  /** Every output file (deduplicated by file name). */
  files: RenderedFile[];
  /** Absolute paths of the source images. */
  sources: string[];
  stats: { images: number; fromCache: number; ms: number };
}

export const toPosix = (p: string) => p.split(path.sep).join('/');

/** Renders (or loads from cache) every content image. Errors name the offending file. */
export async function collectResponsiveImages(options: CollectOptions): Promise<ImageSet> {
  const started = performance.now();
  const settings = resolveSettings(options.widths, options.encoders);
  const contentDir = path.resolve(options.root, options.contentDir);
  const cacheDir =
    options.cacheDir === false ? false : path.resolve(options.root, options.cacheDir);
  const base = options.base ?? '/';
  const dir = options.dir ?? 'assets/img';
  const rel = (file: string) => toPosix(path.relative(options.root, file));
  const limit = defaultLimit();

  const sources = await findContentImages(contentDir);
  const seen = new Map<string, string>();
  for (const { key, file } of sources) {
    const other = seen.get(key);
    if (other) {
      throw new Error(
        `responsive-images: ${rel(other)} and ${rel(file)} both map to "${key}"; keep only one of them`,
      );
    }
    seen.set(key, file);
  }

  let fromCache = 0;
  const rendered = await Promise.all(
    sources.map(async ({ key, file }) => {
      let input: Buffer;
      try {
        input = await readFile(file);
      } catch (error) {
        throw new Error(`responsive-images: cannot read ${rel(file)}: ${(error as Error).message}`);
      }
      const sourceHash = sha256(input);
      const entryDir = cacheDir && cacheEntryDir(cacheDir, sourceHash, settings.hash);
      let variants = entryDir ? await readCache(entryDir) : undefined;
      if (variants) {
        fromCache++;
      } else {
        try {
          variants = await encode(input, settings, limit);
        } catch (error) {
          throw new Error(
            `responsive-images: cannot read ${rel(file)}: ${(error as Error).message}`,
          );
        }
        if (cacheDir && entryDir) await writeCache(cacheDir, entryDir, variants).catch(() => {});
      }
      return assemble(key, sourceHash, settings, variants, base, dir);
    }),
  );

  const images: Record<string, ResponsiveImage> = {};
  const files = new Map<string, RenderedFile>();
  for (const r of rendered) {
    images[r.key] = r.image;
    for (const f of r.files) files.set(f.fileName, f);
  }
  return {
    images,
    files: [...files.values()],
    sources: sources.map((s) => s.file),
    stats: { images: rendered.length, fromCache, ms: Math.round(performance.now() - started) },
  };
}
