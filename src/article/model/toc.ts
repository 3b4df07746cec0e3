import type { Lang } from '../../i18n/languages';
import { readingMinutes, sectionWords } from './reading-time';
import type { Article } from './schema';

export interface TocEntry {
  id: string;
  title: string;
  minutes: number;
}

/** The table of contents: every section, in order, with its own reading time. */
export function buildToc(article: Article, lang: Lang): TocEntry[] {
  return article.sections.map((section) => ({
    id: section.id,
    title: section.title,
    minutes: readingMinutes(sectionWords(article, section), lang),
  }));
}
