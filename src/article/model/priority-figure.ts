import type { Article } from './schema';

/**
 * The section a section URL opens at below the article's top; none for the article itself or
 * its first section, the untitled lead under the headline, which open at the top.
 */
export function landingSection(article: Article, sectionId?: string): string | undefined {
  return sectionId === article.sections[0]?.id ? undefined : sectionId;
}

/**
 * The figure a page opens with in view, whose image should load first (eagerly, at high fetch
 * priority) as the likely largest paint: the lead photo when the page opens at the top, or the
 * photo a section starts with when a section URL opens there. Every other image loads lazily. A
 * section that starts with text has none: its text is the first view.
 */
export function priorityFigure(article: Article, sectionId?: string): string | undefined {
  const landing = landingSection(article, sectionId);
  if (landing === undefined) return article.leadFigure;
  const section = article.sections.find((candidate) => candidate.id === landing);
  const opening = section?.blocks[0];
  return opening?.type === 'figure' ? opening.id : undefined;
}
