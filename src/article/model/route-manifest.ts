import type { Lang } from '../../i18n/languages';
import type { Article } from './schema';

export interface EditionRoutes {
  slug: string;
  sections: { id: string; slug: string }[];
}

/** What routing needs of an article in every language: its slugs and section ids, no text. */
export interface ArticleRoutes {
  id: string;
  editions: Record<Lang, EditionRoutes>;
}

export function editionRoutes(article: Article): EditionRoutes {
  return {
    slug: article.slug,
    sections: article.sections.map(({ id, slug }) => ({ id, slug })),
  };
}
