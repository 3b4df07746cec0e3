import type { EditionRoutes } from '../../routing/manifest';
import type { Article } from './schema';

/** The routes of one edition: its slug and its sections' ids and slugs. */
export function editionRoutes(article: Article): EditionRoutes {
  return {
    slug: article.slug,
    sections: article.sections.map(({ id, slug }) => ({ id, slug })),
  };
}
