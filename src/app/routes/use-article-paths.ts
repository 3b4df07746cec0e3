import { useCallback } from 'react';
import manifest from 'virtual:article-routes';
import type { Lang } from '../../i18n/languages';
import { articlePath, matchArticle, parallelPath } from '../../routing/article-paths';
import { safeDecode } from '../../shared/safe-decode';

/**
 * The addresses of one article in one language: the canonical path of the article or a section,
 * and the section a `#fragment` names (in either language's slug, or the shared id).
 */
export function useArticlePaths(lang: Lang, articleId: string, parallel = false) {
  // In the parallel view a section link opens the view at that section.
  const pathFor = useCallback(
    (id?: string) => (parallel ? parallelPath : articlePath)(manifest, lang, articleId, id),
    [lang, articleId, parallel],
  );
  const sectionFromHash = useCallback(
    (hash: string) => {
      const name = safeDecode(hash.replace(/^#/, ''));
      return name === '' ? undefined : matchArticle(manifest, articleId, name)?.sectionId;
    },
    [articleId],
  );
  return { pathFor, sectionFromHash };
}
