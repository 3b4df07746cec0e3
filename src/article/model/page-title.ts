import type { Article } from './schema';

/**
 * The page's own title. A section URL names its section first, so a shared link says where it
 * goes; the untitled lead is named by its navigation title.
 */
export function pageTitle(article: Article, sectionId?: string): string {
  const section = article.sections.find((s) => s.id === sectionId);
  return section ? `${section.title} – ${article.headline.text}` : article.headline.text;
}
