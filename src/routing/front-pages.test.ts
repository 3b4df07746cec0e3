// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { frontCardsPerPage, frontPageCount, frontPath, parseFrontPage } from './front-pages';
import type { ArticleRoutes } from './manifest';

function articles(count: number): ArticleRoutes[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    editions: { de: { slug: `a${i}`, sections: [] }, en: { slug: `b${i}`, sections: [] } },
  }));
}

describe('front pages', () => {
  it('has one page up to a page of cards, then one more per page started', () => {
    expect(frontPageCount(articles(0), 'de')).toBe(1);
    expect(frontPageCount(articles(1), 'de')).toBe(1);
    expect(frontPageCount(articles(frontCardsPerPage), 'en')).toBe(1);
    expect(frontPageCount(articles(frontCardsPerPage + 1), 'en')).toBe(2);
    expect(frontPageCount(articles(3 * frontCardsPerPage), 'de')).toBe(3);
  });

  it("writes page 1 as the front itself and later pages in the language's word", () => {
    expect(frontPath('de')).toBe('/de');
    expect(frontPath('en', 1)).toBe('/en');
    expect(frontPath('de', 2)).toBe('/de/seite/2');
    expect(frontPath('en', 7)).toBe('/en/page/7');
  });

  it('reads back exactly the pages it writes', () => {
    const manifest = articles(3 * frontCardsPerPage);
    expect(parseFrontPage(manifest, 'de', 'seite', '3')).toBe(3);
    expect(parseFrontPage(manifest, 'en', 'page', '2')).toBe(2);
    for (const number of ['1', '0', '4', '01', 'abc', '', '1e1', ' 2']) {
      expect(parseFrontPage(manifest, 'de', 'seite', number), number).toBeUndefined();
    }
    expect(parseFrontPage(manifest, 'de', 'page', '2')).toBeUndefined();
  });
});
