/**
 * Vite plugin: responsive renditions of article images.
 *
 * Every image in `src/content/<article>/images/` (svg, jpg, jpeg, png, webp) is rendered with sharp
 * into several widths in AVIF, WebP and JPEG plus one 1200×630 Open Graph JPEG. The result is
 * exposed as `virtual:responsive-images` (default export: `Record<string, ResponsiveImage>` keyed
 * by `imageKey`, `"<article>/<basename>"`).
 *
 * File names are computed in `srcset.ts`, not by the bundler, so the client build, the SSR build
 * and the dev server all agree on the URLs without coordinating. Only builds whose environment
 * emits assets (the client build by default) write the files; the SSR bundle merely references the
 * same URLs.
 *
 * Encoding (AVIF in particular) is slow, so renditions are cached on disk, keyed by source hash and
 * settings, in `node_modules/.cache/responsive-images/` (`image-cache.ts`).
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import {
  collectResponsiveImages,
  toPosix,
  type CollectOptions,
  type ImageSet,
} from './collect-images';
import { isContentImagePath } from './image-discovery';
import type { EncoderSettings } from './image-settings';
import { normaliseBase, normaliseDir } from './srcset';

export const VIRTUAL_MODULE_ID = 'virtual:responsive-images';
const RESOLVED_VIRTUAL_MODULE_ID = `\0${VIRTUAL_MODULE_ID}`;

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

  const isContentImage = (file: string) =>
    isContentImagePath(toPosix(path.relative(collectOptions.contentDir, file)));

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
