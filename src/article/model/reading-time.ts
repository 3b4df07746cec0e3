import type { Lang } from '../../i18n/languages';
import type { Article, ArticleSection } from './schema';

// Average silent reading speeds for non-fiction, in words per minute (Brysbaert 2019): German
// readers take more time per word, because German words are longer.
export const wordsPerMinute: Record<Lang, number> = { de: 179, en: 238 };

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Words a reader reads in a section: its heading (if shown), paragraphs and captions. */
export function sectionWords(article: Article, section: ArticleSection): number {
  let words = section.untitled ? 0 : countWords(section.title);
  for (const block of section.blocks) {
    if (block.type === 'paragraph') words += countWords(block.text);
    else words += countWords(article.figures[block.id]?.caption ?? '');
  }
  return words;
}

/** Whole minutes, never less than one: "0 minutes" tells a reader nothing. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / wordsPerMinute[lang]));
}
