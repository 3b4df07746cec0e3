import type * as SiteIndexModule from 'virtual:article-content';
import type { FrontCard, MoreLink } from '../../article/model/front-card';
import { registerImages } from '../../article/picture/image-store';
import type { ResponsiveImage } from '../../article/picture/responsive-image';
import { editionKey, frontKey } from '../../content/module-ids';
import type { Lang } from '../../i18n/languages';
import { promiseCache } from '../../shared/fulfilled';

// Every article's content is one i18next namespace (its id), with one resource file per language.
// Each published edition and each front page is a chunk of its own (src/site-generator/), so a
// reader downloads only the language they read and a draft's text is never built into the site.
//
// Which chunk is which is the site index (`virtual:article-content`), and it grows with every
// article: it is loaded lazily, like the chunks. A prerendered page names its own chunks in its
// data (`knowPageChunks`), so its first view needs no index, and the code a first view loads
// stays the same size however many articles the site has (#16).

/** An edition chunk (`virtual:edition/<id>/<lang>`). */
export interface EditionModule {
  default: unknown;
  images: Record<string, ResponsiveImage>;
  more: MoreLink[];
  /** The content file, relative to the project root, for messages about it. */
  source: string;
}

/** One front page's data: its cards and the renditions of their lead images, nothing else. */
export interface FrontPageData {
  cards: FrontCard[];
  images: Record<string, ResponsiveImage>;
}

/** A front page chunk (`virtual:front-page/<lang>/<page>`). */
export interface FrontPageModule {
  default: FrontPageData;
}

const pageChunks = new Map<string, string>();

/** The URLs of the chunks a prerendered page names in its data, by edition or front key. */
export function knowPageChunks(chunks: Readonly<Record<string, string>>): void {
  for (const [key, url] of Object.entries(chunks)) {
    // Only the site's own chunks: the page data is read from the document, not trusted blindly.
    if (url.startsWith('/') && !url.startsWith('//')) pageChunks.set(key, url);
  }
}

type SiteIndex = typeof SiteIndexModule;

async function importChunk<T>(
  key: string,
  pick: (index: SiteIndex) => Partial<Record<string, () => Promise<unknown>>>,
): Promise<T> {
  const url = pageChunks.get(key);
  if (url !== undefined) return (await import(/* @vite-ignore */ url)) as T;
  const load = pick(await import('virtual:article-content'))[key];
  if (!load) throw new Error(`No published edition or front page ${key}`);
  return (await load()) as T;
}

const more = new Map<string, MoreLink[]>();

/** The other articles an edition ends with, once the edition is loaded. */
export function moreLinks(articleId: string, lang: Lang): MoreLink[] {
  return more.get(editionKey(articleId, lang)) ?? [];
}

/** An edition's text (unvalidated) and its file's name; its images and links are kept for rendering. */
export async function loadArticleContent(
  articleId: string,
  lang: Lang,
): Promise<{ content: unknown; source: string }> {
  const key = editionKey(articleId, lang);
  const edition = await importChunk<EditionModule>(key, (index) => index.editions);
  registerImages(edition.images);
  more.set(key, edition.more);
  return { content: edition.default, source: edition.source };
}

const fronts = promiseCache<FrontPageData>();

/** One front page's cards, once per page; `use()` may suspend on the promise. */
export function loadFrontPage(lang: Lang, page: number): Promise<FrontPageData> {
  const key = frontKey(lang, page);
  return fronts(key, () =>
    importChunk<FrontPageModule>(key, (index) => index.fronts).then(({ default: data }) => data),
  );
}
