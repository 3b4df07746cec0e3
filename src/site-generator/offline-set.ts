import type { ResponsiveImage } from '../article/picture/responsive-image';
import { editionChunkFiles, type ViteManifest } from './edition-preloads';

// What the service worker keeps of a large site. Precaching every page of every article makes a
// first visit download the whole archive in the background (37 MiB with 200 synthetic articles,
// against 1 MiB with one): a reader keeps, offline, the first page of each front and the articles
// on it (the newest of each edition, both languages of each), and whatever else they read while
// online (runtime caching, service-worker.ts). The rest is left out here.

/** A built page and the articles whose text it shows (its page data's editions). */
export interface BuiltPage {
  file: string;
  articles: readonly string[];
}

export interface OfflineSetInput {
  pages: readonly BuiltPage[];
  /** Every published edition's module id (`content/module-ids`), by article id. */
  editionModules: ReadonlyMap<string, readonly string[]>;
  /** The articles kept offline. */
  kept: ReadonlySet<string>;
  /** The renditions of every content image, keyed by `imageKey` (`<article>/<image>`). */
  images: Readonly<Record<string, ResponsiveImage>>;
  manifest: ViteManifest;
}

/** The files of one rendition set: every URL in its srcsets, its fallback and its preview. */
function imageFiles(image: ResponsiveImage): string[] {
  const urls = [
    image.src,
    image.og.src,
    ...image.sources.flatMap((source) =>
      source.srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
    ),
  ];
  return urls.filter((url) => url.startsWith('/')).map((url) => url.slice(1));
}

/**
 * The built files (relative to the site root) the precache leaves out: the pages that show only
 * articles not kept, those articles' edition chunks (and what only they import), and their images.
 */
export function leftOutOfPrecache({
  pages,
  editionModules,
  kept,
  images,
  manifest,
}: OfflineSetInput): string[] {
  const left = [...editionModules.keys()].filter((id) => !kept.has(id));
  if (left.length === 0) return [];
  const pageFiles = pages
    .filter(({ articles }) => articles.length > 0 && articles.every((id) => !kept.has(id)))
    .map(({ file }) => file);
  const modulesOf = (ids: readonly string[]) => ids.flatMap((id) => editionModules.get(id) ?? []);
  // A chunk the kept editions need too (shared code, say) stays.
  const needed = new Set(editionChunkFiles(manifest, modulesOf([...kept])));
  const chunks = editionChunkFiles(manifest, modulesOf(left)).filter((file) => !needed.has(file));
  const leftIds = new Set(left);
  const imageFilesLeft = Object.entries(images)
    .filter(([key]) => leftIds.has(key.slice(0, key.indexOf('/'))))
    .flatMap(([, image]) => imageFiles(image));
  return [...pageFiles, ...chunks, ...imageFilesLeft];
}
