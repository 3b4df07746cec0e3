/**
 * Vite plugin: responsive renditions of article images.
 *
 * Every image in `src/content/<article>/images/` (svg, jpg, jpeg, png, webp) is rendered with sharp
 * into several widths in AVIF, WebP and JPEG plus one 1200×630 Open Graph JPEG. The result is
 * exposed as `virtual:responsive-images` (default export: `Record<string, ResponsiveImage>` keyed
 * by `imageKey`, `"<article>/<basename>"`) for the server, and one article's renditions as
 * `virtual:article-images/<article>` for the browser, which loads them with that article's text
 * (`virtual:edition/…`), so the first view's code does not grow with the number of articles.
 * Other plugins (the front pages' cards) read the set through the plugin's `api`.
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
import type { ResponsiveImage } from '../article/picture/responsive-image';
import { normaliseBase, normaliseDir } from './srcset';

export const VIRTUAL_MODULE_ID = 'virtual:responsive-images';
const RESOLVED_VIRTUAL_MODULE_ID = `\0${VIRTUAL_MODULE_ID}`;
const articleImagesPrefix = 'virtual:article-images/';

/** The module of one article's renditions, keyed by `imageKey` as the whole set is. */
export const articleImagesModule = (articleId: string) => `${articleImagesPrefix}${articleId}`;

/** What the plugin offers other plugins (`plugin.api`, https://vite.dev/guide/api-plugin). */
export interface ResponsiveImagesApi {
  images(): Promise<Record<string, ResponsiveImage>>;
}

const ofArticle = (images: Record<string, ResponsiveImage>, articleId: string) =>
  Object.fromEntries(Object.entries(images).filter(([key]) => key.startsWith(`${articleId}/`)));

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

export function responsiveImages(
  options: ResponsiveImagesOptions = {},
): Plugin<ResponsiveImagesApi> {
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
    api: { images: async () => (await getImageSet()).images },

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
      filter: { id: /^virtual:(responsive-images$|article-images\/)/ },
      handler(id) {
        return id === VIRTUAL_MODULE_ID || id.startsWith(articleImagesPrefix)
          ? `\0${id}`
          : undefined;
      },
    },

    load: {
      filter: { id: /^\0virtual:(responsive-images$|article-images\/)/ },
      async handler(id) {
        const { images } = await getImageSet();
        if (id === RESOLVED_VIRTUAL_MODULE_ID) return `export default ${JSON.stringify(images)};\n`;
        const articleId = id.slice(`\0${articleImagesPrefix}`.length);
        if (articleId === id) return undefined;
        return `export default ${JSON.stringify(ofArticle(images, articleId))};\n`;
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
          for (const mod of environment.moduleGraph.idToModuleMap.values()) {
            if (/^\0virtual:(responsive-images$|article-images\/)/.test(mod.id ?? '')) {
              environment.moduleGraph.invalidateModule(mod);
            }
          }
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
