import type { Lang } from '../i18n/languages';
import { allArticlePaths, allParallelPaths, editionPaths } from '../routing/article-paths';
import type { ArticleRoutes } from '../routing/manifest';

export interface PageSpec {
  path: string;
  /** Output file, relative to the site's root folder. */
  file: string;
  status: 200 | 404;
}

/**
 * Every page the site generator writes: the start page, each article and section in each
 * language, and a not-found page per language (the server sends the one of the URL's language).
 */
export function sitePages(manifest: readonly ArticleRoutes[]): PageSpec[] {
  return [
    { path: '/', file: 'index.html', status: 200 },
    ...[...allArticlePaths(manifest), ...allParallelPaths(manifest)].map((path) => ({
      path,
      file: `${path.slice(1)}/index.html`,
      status: 200 as const,
    })),
    { path: '/404', file: '404.html', status: 404 },
    { path: '/en/404', file: '404.en.html', status: 404 },
  ];
}

/** The sitemap's entries: each article and section, with its address in each language it has. */
export function sitemapEntries(
  manifest: readonly ArticleRoutes[],
): { alternates: Partial<Record<Lang, string>> }[] {
  return manifest.flatMap((article) => {
    const sectionIds = article.editions.de.sections.map((s) => s.id);
    return [undefined, ...sectionIds].map((sectionId) => ({
      alternates: editionPaths(manifest, article.id, sectionId),
    }));
  });
}
