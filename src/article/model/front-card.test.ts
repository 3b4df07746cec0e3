// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardsOfPage,
  frontCard,
  frontCardsOf,
  moreArticles,
  moreArticlesCount,
  orderCards,
  type FrontCard,
} from './front-card';
import { parseArticle } from './parse-article';
import { buildToc } from './toc';
import de from '../../content/us-china-cyber/de.json';

const card = (id: string, published?: string): FrontCard => ({
  id,
  headline: id,
  minutes: 1,
  ...(published !== undefined && { published }),
});

describe('orderCards', () => {
  it('puts the newest first, undated articles last, and breaks ties by id', () => {
    const ordered = orderCards([
      card('c'),
      card('b', '2026-01-02'),
      card('a'),
      card('z', '2026-03-01'),
      card('d', '2026-01-02'),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['z', 'b', 'd', 'a', 'c']);
  });

  it('does not change the list it is given', () => {
    const cards = [card('b'), card('a')];
    orderCards(cards);
    expect(cards.map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('cardsOfPage', () => {
  it('slices pages from 1, the last one short, nothing past it', () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    expect(cardsOfPage(items, 1, 2)).toEqual([0, 1]);
    expect(cardsOfPage(items, 3, 2)).toEqual([4]);
    expect(cardsOfPage(items, 4, 2)).toEqual([]);
  });
});

describe('frontCard', () => {
  const article = parseArticle(de, 'de.json');

  it("takes the headline, standfirst, lead image and the reader's own reading time", () => {
    const made = frontCard('us-china-cyber', article, 'de');
    expect(made.headline).toBe(article.headline.text);
    expect(made.standfirst).toBe(article.standfirst?.text);
    expect(made.image?.key).toBe(
      `us-china-cyber/${article.figures[article.leadFigure ?? '']?.image}`,
    );
    expect(made.minutes).toBe(buildToc(article, 'de').reduce((sum, e) => sum + e.minutes, 0));
  });

  it('has a date only where the content has one', () => {
    expect(frontCard('x', article, 'de')).not.toHaveProperty('published');
    expect(frontCard('x', { ...article, published: '2026-05-04' }, 'de').published).toBe(
      '2026-05-04',
    );
  });
});

describe('frontCardsOf', () => {
  const article = parseArticle(de, 'de.json');

  it('makes each edition its own ordered list: a German-only article is on the German front only', () => {
    const cards = frontCardsOf([
      { id: 'b-old', editions: { de: { ...article, published: '2026-01-01' }, en: article } },
      { id: 'a-german', editions: { de: { ...article, published: '2026-02-01' } } },
      { id: 'c-undated', editions: { de: article, en: article } },
    ]);
    expect(cards.de.map((c) => c.id)).toEqual(['a-german', 'b-old', 'c-undated']);
    expect(cards.en.map((c) => c.id)).toEqual(['b-old', 'c-undated']);
  });
});

describe('moreArticles', () => {
  const cards = ['a', 'b', 'c', 'd', 'e'].map((id) => card(id));

  it(`links the first ${moreArticlesCount} others of the front, never the article itself`, () => {
    expect(moreArticles(cards, 'b')).toEqual([
      { id: 'a', headline: 'a' },
      { id: 'c', headline: 'c' },
      { id: 'd', headline: 'd' },
    ]);
    expect(moreArticles(cards, 'z').map((link) => link.id)).toEqual(['a', 'b', 'c']);
  });

  it('links nothing when the article is the only one', () => {
    expect(moreArticles([card('a')], 'a')).toEqual([]);
  });
});
