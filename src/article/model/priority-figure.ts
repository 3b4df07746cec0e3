import type { Article } from './schema';

/**
 * The figure a page opens with in view, whose image should load first (eagerly, at high fetch
 * priority) as the likely largest paint: the lead photo when the page opens at the top, or the
 * photo a section starts with when a section URL opens there. Every other image loads lazily. A
 * section that starts with text has none: its text is the first view.
 */
export function priorityFigure(article: Article, landingSection?: string): string | undefined {
  const first = article.sections[0]?.id;
  if (landingSection === undefined || landingSection === first) return article.leadFigure;
  const section = article.sections.find((candidate) => candidate.id === landingSection);
  const opening = section?.blocks[0];
  return opening?.type === 'figure' ? opening.id : undefined;
}
