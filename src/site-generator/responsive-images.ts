/**
 * Vite plugin: responsive renditions of article images.
 *
 * Every image in `src/content/<article>/images/` (svg, jpg, jpeg, png, webp) is rendered with sharp
 * into several widths in AVIF, WebP and JPEG plus one 1200×630 Open Graph JPEG. The result is
 * exposed as `virtual:responsive-images` (default export: `Record<string, ResponsiveImage>` keyed
 * `"<article>/<basename>"`).
 *
 * File names are computed here (`assets/img/<key>-<w>w-<hash8>.<ext>`, hash of source bytes and
 * encoder settings), not by the bundler, so the client build, the SSR build and the dev server all
 * agree on the URLs without coordinating. Only builds whose environment emits assets (the client
 * build by default) write the files; the SSR bundle merely references the same URLs.
 *
 * Encoding (AVIF in particular) is slow, so renditions are cached on disk, keyed by source hash and
 * settings, in `node_modules/.cache/responsive-images/`.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { AvifOptions, JpegOptions, WebpOptions } from 'sharp';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ResponsiveImage, ResponsiveImageType } from './responsive-image-types';

export type { ResponsiveImage, ResponsiveImageType } from './responsive-image-types';

export const VIRTUAL_MODULE_ID = 'virtual:responsive-images';
const RESOLVED_VIRTUAL_MODULE_ID = `\0${VIRTUAL_MODULE_ID}`;

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
const BACKGROUND = '#ffffff';

const FORMATS = [
  { type: 'image/avif', ext: 'avif', encoder: 'avif' },
  { type: 'image/webp', ext: 'webp', encoder: 'webp' },
  { type: 'image/jpeg', ext: 'jpg', encoder: 'jpeg' },
] as const satisfies readonly { type: ResponsiveImageType; ext: string; encoder: string }[];

const SOURCE_FILE_RE = /\.(svg|jpe?g|png|webp)$/i;

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

interface ResolvedSettings {
  widths: number[];
  encoders: EncoderSettings;
  /** Hash over everything that influences output bytes (except the source itself). */
  hash: string;
}

/** One encoded output, independent of the image's key and public URL (this is what gets cached). */
interface EncodedVariant {
  /** `"800w.avif"`, …, or `"og.jpg"`. */
  variant: string;
  type: ResponsiveImageType;
  width: number;
  height: number;
  data: Uint8Array;
}

const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

function resolveSettings(widths?: readonly number[], encoders?: Partial<EncoderSettings>) {
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
  return { widths: list, encoders: merged, hash: sha256(fingerprint) } satisfies ResolvedSettings;
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

type Limit = <T>(task: () => Promise<T>) => Promise<T>;

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

const defaultLimit = () => createLimit(Math.max(2, os.availableParallelism()));

async function encode(
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

/** `"us-china-cyber/lead"` → `"us-china-cyber-lead"` (safe in URLs and file names). */
const slugify = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '') || 'image';

const normaliseBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);
const normaliseDir = (dir: string) => dir.replace(/^\/+|\/+$/g, '');

function assemble(
  key: string,
  sourceHash: string,
  settings: ResolvedSettings,
  variants: EncodedVariant[],
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

// ---------------------------------------------------------------------------------------------
// Disk cache: <cacheDir>/<hash>/{meta.json, 480w.avif, …, og.jpg}

interface CacheMeta {
  variants: Omit<EncodedVariant, 'data'>[];
}

async function readCache(entryDir: string): Promise<EncodedVariant[] | undefined> {
  try {
    const meta = JSON.parse(await readFile(path.join(entryDir, 'meta.json'), 'utf8')) as CacheMeta;
    if (!Array.isArray(meta.variants) || meta.variants.length === 0) return undefined;
    return await Promise.all(
      meta.variants.map(async (v) => ({
        ...v,
        data: await readFile(path.join(entryDir, path.basename(v.variant))),
      })),
    );
  } catch {
    return undefined;
  }
}

async function writeCache(cacheDir: string, entryDir: string, variants: EncodedVariant[]) {
  await mkdir(cacheDir, { recursive: true });
  const tmp = await mkdtemp(path.join(cacheDir, '.tmp-'));
  try {
    await Promise.all(variants.map((v) => writeFile(path.join(tmp, v.variant), v.data)));
    const meta: CacheMeta = { variants: variants.map(({ data: _data, ...rest }) => rest) };
    await writeFile(path.join(tmp, 'meta.json'), JSON.stringify(meta));
    await rename(tmp, entryDir); // atomic; fails harmlessly if a parallel build got there first
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Collecting all content images

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

const toPosix = (p: string) => p.split(path.sep).join('/');

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Finds `<contentDir>/<article>/images/<name>.<svg|jpg|jpeg|png|webp>`, sorted, with their keys. */
export async function findContentImages(contentDir: string) {
  const found: { key: string; file: string }[] = [];
  for (const article of await listDir(contentDir)) {
    if (!article.isDirectory() || article.name.startsWith('.')) continue;
    const imagesDir = path.join(contentDir, article.name, 'images');
    for (const entry of await listDir(imagesDir)) {
      if (entry.name.startsWith('.') || !SOURCE_FILE_RE.test(entry.name)) continue;
      if (!entry.isFile()) continue;
      const basename = entry.name.slice(0, entry.name.lastIndexOf('.'));
      found.push({ key: `${article.name}/${basename}`, file: path.join(imagesDir, entry.name) });
    }
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.file < b.file ? -1 : 1));
}

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
      const entryDir =
        cacheDir && path.join(cacheDir, sha256(sourceHash, settings.hash).slice(0, 32));
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

// ---------------------------------------------------------------------------------------------
// Vite plugin

export interface ResponsiveImagesOptions {
  /** Folder holding `<article>/images/*`, relative to the Vite root. Default `src/content`. */
  contentDir?: string;
  /** Rendition cache, relative to the Vite root; `false` disables it. Default `node_modules/.cache/responsive-images`. */
  cacheDir?: string | false;
  /** Target widths. Default `[480, 800, 1200, 1600]`. */
  widths?: readonly number[];
  /** Encoder overrides, merged per format over `DEFAULT_ENCODERS`. */
  encoders?: Partial<EncoderSettings>;
}

const isAbsoluteUrlBase = (base: string) =>
  base.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(base);

export function responsiveImages(options: ResponsiveImagesOptions = {}): Plugin {
  let config: ResolvedConfig;
  let collectOptions: CollectOptions;
  let pending: Promise<ImageSet> | undefined;

  const contentImageRe = /^[^/]+\/images\/[^/]+$/;
  const isContentImage = (file: string) => {
    const relative = toPosix(path.relative(collectOptions.contentDir, file));
    return contentImageRe.test(relative) && SOURCE_FILE_RE.test(relative);
  };

  const getImageSet = () => {
    if (!pending) {
      const current = collectResponsiveImages(collectOptions);
      pending = current;
      current.then(
        ({ stats }) =>
          config.logger.info(
            `responsive-images: ${stats.images} image(s), ${stats.fromCache} from cache, ${stats.ms} ms`,
            { timestamp: true },
          ),
        () => {
          if (pending === current) pending = undefined; // retry on next request (dev)
        },
      );
    }
    return pending;
  };

  return {
    name: 'responsive-images',

    configResolved(resolved) {
      config = resolved;
      let base = resolved.base;
      if (!isAbsoluteUrlBase(base)) {
        resolved.logger.warn(
          `responsive-images: base "${base}" is relative; image URLs use "/" so they work on nested routes`,
        );
        base = '/';
      }
      collectOptions = {
        root: resolved.root,
        contentDir: path.resolve(resolved.root, options.contentDir ?? 'src/content'),
        cacheDir:
          options.cacheDir === false
            ? false
            : path.resolve(
                resolved.root,
                options.cacheDir ?? 'node_modules/.cache/responsive-images',
              ),
        base: normaliseBase(base),
        dir: path.posix.join(normaliseDir(resolved.build.assetsDir), 'img'),
        ...(options.widths ? { widths: options.widths } : {}),
        ...(options.encoders ? { encoders: options.encoders } : {}),
      };
    },

    async buildStart() {
      if (config.command !== 'build') return;
      const set = await getImageSet();
      for (const file of set.sources) this.addWatchFile(file);
      if (!this.environment.config.build.emitAssets) return; // e.g. SSR: same URLs, no files
      for (const file of set.files) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      }
    },

    watchChange(id) {
      if (isContentImage(id)) pending = undefined;
    },

    resolveId: {
      filter: { id: /^virtual:responsive-images$/ },
      handler(id) {
        return id === VIRTUAL_MODULE_ID ? RESOLVED_VIRTUAL_MODULE_ID : undefined;
      },
    },

    load: {
      filter: { id: /^\0virtual:responsive-images$/ },
      async handler(id) {
        if (id !== RESOLVED_VIRTUAL_MODULE_ID) return undefined;
        const { images } = await getImageSet();
        return `export default ${JSON.stringify(images, null, 2)};\n`;
      },
    },

    configureServer(server) {
      const urlPrefix = `${collectOptions.base}${collectOptions.dir}/`;
      // Warm up in the background (not under Vitest, which also starts a server); errors surface
      // when the virtual module or an image URL is requested.
      if (!process.env.VITEST) void getImageSet().catch(() => {});

      server.watcher.add(collectOptions.contentDir);
      const onFileEvent = (file: string) => {
        if (!isContentImage(file)) return;
        pending = undefined;
        for (const environment of Object.values(server.environments)) {
          const mod = environment.moduleGraph.getModuleById(RESOLVED_VIRTUAL_MODULE_ID);
          if (mod) environment.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onFileEvent);
      server.watcher.on('change', onFileEvent);
      server.watcher.on('unlink', onFileEvent);

      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0];
        if (!url?.startsWith(urlPrefix)) return next();
        getImageSet().then((set) => {
          const file = set.files.find((f) => f.url === url);
          if (!file) return next();
          res.statusCode = 200;
          res.setHeader('Content-Type', file.type);
          res.setHeader('Content-Length', String(file.source.byteLength));
          res.setHeader('Cache-Control', 'no-cache');
          res.end(file.source);
        }, next);
      });
    },
  };
}
