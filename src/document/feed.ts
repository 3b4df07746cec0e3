import { Feed } from 'feed';
import type { TFunction } from 'i18next';
import type { Article } from '../article/model/schema';
import type { Lang } from '../i18n/languages';
import { articlePath } from '../routing/article-paths';
import type { ArticleRoutes } from '../routing/manifest';
import { feedEntryHtml, type FeedImage } from './feed-entry';

/** The feed's root-relative path in a language (the team's reserved URL words). */
export function feedPath(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

/**
 * The articles of edition `lang`: those published in that language, in manifest order. The one
 * place a feed decides which articles it lists (a German-only article has no English entry).
 */
export function editionArticles(manifest: readonly ArticleRoutes[], lang: Lang): ArticleRoutes[] {
  return manifest.filter((article) => article.editions[lang] !== undefined);
}

export interface FeedInput {
  manifest: readonly ArticleRoutes[];
  lang: Lang;
  origin: string;
  articles: Readonly<Record<string, Article>>;
  t: TFunction<'ui'>;
  image: (articleId: string, imageId: string) => FeedImage | undefined;
  /**
   * When an article last changed, for its `updated`: the content's own date when the schema has
   * one (`published`), else this (the build passes the git commit time of its content folder).
   */
  lastChanged: (articleId: string) => Date;
}

/** The Atom feed (RFC 4287) of one language's edition, every entry with its full text. */
export function renderFeed({
  manifest,
  lang,
  origin,
  articles,
  t,
  image,
  lastChanged,
}: FeedInput): string {
  const siteName = t('site.name');
  const entries = editionArticles(manifest, lang).map((routes) => {
    const article = articles[routes.id];
    if (!article) throw new Error(`No ${lang} edition of article "${routes.id}"`);
    const url = origin + articlePath(manifest, lang, routes.id);
    const updated =
      article.published === undefined ? lastChanged(routes.id) : new Date(article.published);
    return { routes, article, url, updated };
  });
  const feedUpdated = new Date(Math.max(0, ...entries.map((e) => e.updated.getTime())));
  const feed = new Feed({
    id: origin + feedPath(lang),
    title: t('feed.title'),
    description: t('feed.subtitle'),
    link: `${origin}/${lang}`,
    feedLinks: { atom: origin + feedPath(lang) },
    language: lang,
    updated: feedUpdated,
    // The source names no author: the publisher (the site) is the author RFC 4287 requires.
    author: { name: siteName, link: `${origin}/` },
    generator: false,
  });
  for (const { routes, article, url, updated } of entries) {
    feed.addItem({
      title: article.headline.text,
      // The canonical URL: stable as long as the slug is, which is what readers key entries by.
      id: url,
      link: url,
      date: updated,
      author: [{ name: article.byline ?? siteName }],
      content: feedEntryHtml({
        article,
        lang,
        t,
        origin,
        image: (imageId) => image(routes.id, imageId),
      }),
    });
  }
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const xml = feed.atom1();
  // `feed` writes no xml:lang (RFC 4287 §2 allows it on any element; readers use it for the
  // language of the text), so it is added to the root element here.
  if (!xml.includes(root)) throw new Error('Unexpected Atom root element from "feed"');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`) + '\n';
}
