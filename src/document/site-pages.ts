import { languages, type Lang } from '../i18n/languages';
import { allArticlePaths, allParallelPaths, editionPaths } from '../routing/article-paths';
import { frontPageCount, frontPath } from '../routing/front-pages';
import type { ArticleRoutes } from '../routing/manifest';

/** Every front page of every language: `/de`, `/de/seite/2`, …, `/en`, `/en/page/2`, … */
export function frontPaths(manifest: readonly ArticleRoutes[]): string[] {
  return languages.flatMap((lang) =>
    Array.from({ length: frontPageCount(manifest, lang) }, (_, i) => frontPath(lang, i + 1)),
  );
}

/** The sitemap's entries for the fronts: page N of each language, with its other language's. */
function frontEntries(
  manifest: readonly ArticleRoutes[],
): { alternates: Partial<Record<Lang, string>> }[] {
  const pages = Math.max(...languages.map((lang) => frontPageCount(manifest, lang)));
  return Array.from({ length: pages }, (_, i) => ({
    alternates: Object.fromEntries(
      languages
        .filter((lang) => i + 1 <= frontPageCount(manifest, lang))
        .map((lang) => [lang, frontPath(lang, i + 1)]),
    ),
  }));
}

export interface PageSpec {
  path: string;
  /** Output file, relative to the site's root folder. */
  file: string;
  status: 200 | 404;
}

/**
 * Every page the site generator writes: the start page, each front page, each article and section in each
 * language, and a not-found page per language (the server sends the one of the URL's language).
 */
export function sitePages(manifest: readonly ArticleRoutes[]): PageSpec[] {
  return [
    { path: '/', file: 'index.html', status: 200 },
    ...frontPaths(manifest).map((path) => ({
      path,
      file: `${path.slice(1)}/index.html`,
      status: 200 as const,
    })),
    ...[...allArticlePaths(manifest), ...allParallelPaths(manifest)].map((path) => ({
      path,
      file: `${path.slice(1)}/index.html`,
      status: 200 as const,
    })),
    { path: '/404', file: '404.html', status: 404 },
    { path: '/en/404', file: '404.en.html', status: 404 },
  ];
}

/** The sitemap's entries: each front page, article and section, with its address in every language. */
export function sitemapEntries(
  manifest: readonly ArticleRoutes[],
): { alternates: Partial<Record<Lang, string>> }[] {
  const articles = manifest.flatMap((article) => {
    const sectionIds = article.editions.de.sections.map((s) => s.id);
    return [undefined, ...sectionIds].map((sectionId) => ({
      alternates: editionPaths(manifest, article.id, sectionId),
    }));
  });
  return [...frontEntries(manifest), ...articles];
}
