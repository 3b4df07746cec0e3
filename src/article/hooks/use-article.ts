import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/schema';

/** The current language's article, read from its i18next namespace (validated when loaded). */
export function useArticle(articleId: string): Article {
  const { i18n } = useTranslation();
  return useMemo(
    () => i18n.getResourceBundle(i18n.language, articleId) as Article,
    [i18n, articleId],
  );
}
