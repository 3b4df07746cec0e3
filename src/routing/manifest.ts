import { languages, type Lang } from '../i18n/languages';

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
  /**
   * German always; English only when the article has been translated (an article may be
   * published in German only, #15: its English edition is absent, not faked).
   */
  editions: { de: EditionRoutes } & Partial<Record<Lang, EditionRoutes>>;
}

/** The languages an article is published in, German first. */
export function editionLangs(article: ArticleRoutes): Lang[] {
  return languages.filter((lang) => article.editions[lang] !== undefined);
}
