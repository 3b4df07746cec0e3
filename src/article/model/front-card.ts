import { languages, type Lang } from '../../i18n/languages';
import { imageKey } from './image-key';
import type { Article } from './schema';
import { buildToc } from './toc';

/**
 * What a front page shows of one article: no body text. The build makes these from the content
 * (`virtual:front-page/<lang>/<page>`), so a front never loads an edition to draw its cards.
 */
export interface FrontCard {
  id: string;
  headline: string;
  standfirst?: string;
  /** The article's publication date (YYYY-MM-DD), only where the content has one. */
  published?: string;
  /** Whole minutes, by the reader's own reading-time model (the sum of its contents' entries). */
  minutes: number;
  /** The lead figure's image key and alt text, if the article has a lead figure. */
  image?: { key: string; alt: string };
}

export function frontCard(id: string, article: Article, lang: Lang): FrontCard {
  const lead = article.leadFigure === undefined ? undefined : article.figures[article.leadFigure];
  return {
    id,
    headline: article.headline.text,
    ...(article.standfirst && { standfirst: article.standfirst.text }),
    ...(article.published !== undefined && { published: article.published }),
    // Per section, rounded, then summed: the same total the article's own header shows.
    minutes: buildToc(article, lang).reduce((sum, entry) => sum + entry.minutes, 0),
    ...(lead && { image: { key: imageKey(id, lead.image), alt: lead.alt } }),
  };
}

/**
 * The front's order: newest first by date; undated articles after every dated one; ties (and
 * undated articles among themselves) by id, so the order never depends on the file system.
 */
export function orderCards(cards: readonly FrontCard[]): FrontCard[] {
  return [...cards].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === undefined) return 1;
      if (b.published === undefined) return -1;
      return a.published < b.published ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The cards of page `page` (from 1) at `perPage` cards a page; empty past the last page. */
export function cardsOfPage<T>(cards: readonly T[], page: number, perPage: number): T[] {
  return cards.slice((page - 1) * perPage, page * perPage);
}

/** How many other articles an article ends with: the newest, in the front's order. */
export const moreArticlesCount = 3;

/** What an article's end links to: another article's headline, by id (its address is routing's). */
export interface MoreLink {
  id: string;
  headline: string;
}

/** The other articles an article ends with: the first of its edition's front, without itself. */
export function moreArticles(cards: readonly FrontCard[], articleId: string): MoreLink[] {
  return cards
    .filter((card) => card.id !== articleId)
    .slice(0, moreArticlesCount)
    .map(({ id, headline }) => ({ id, headline }));
}

/** Every published article of each edition as a front card, in the front's order. */
export function frontCardsOf(
  published: readonly {
    id: string;
    editions: Partial<Record<Lang, Article>>;
  }[],
): Record<Lang, FrontCard[]> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      orderCards(
        published.flatMap(({ id, editions }) => {
          const edition = editions[lang];
          return edition ? [frontCard(id, edition, lang)] : [];
        }),
      ),
    ]),
  ) as Record<Lang, FrontCard[]>;
}
