import type { Lang } from '../i18n/languages';

export interface EditionRoutes {
  slug: string;
  sections: { id: string; slug: string }[];
}

/**
 * What routing needs of an article in every language: its slugs and section ids, no text. The
 * site generator reads it from the content files (`virtual:article-routes`), so a URL of either
 * language resolves without downloading either edition's text.
 */
export interface ArticleRoutes {
  id: string;
  editions: Record<Lang, EditionRoutes>;
}
