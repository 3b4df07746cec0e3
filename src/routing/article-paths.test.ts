// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ArticleRoutes } from './manifest';
import { allArticlePaths, articlePath, matchArticle } from './article-paths';

const manifest: ArticleRoutes[] = [
  {
    id: 'pact',
    editions: {
      de: {
        slug: 'abkommen',
        sections: [
          { id: 'intro', slug: 'ueberblick' },
          { id: 'visit', slug: 'staatsbesuch' },
        ],
      },
      en: {
        slug: 'treaty',
        sections: [
          { id: 'intro', slug: 'overview' },
          { id: 'visit', slug: 'state-visit' },
        ],
      },
    },
  },
];

describe('matchArticle', () => {
  it('finds an article by the slug of either language or its id', () => {
    for (const slug of ['abkommen', 'treaty', 'pact', 'Treaty']) {
      expect(matchArticle(manifest, slug)).toEqual({ articleId: 'pact' });
    }
  });

  it('finds a section by the slug of either language or its shared id', () => {
    for (const slug of ['staatsbesuch', 'state-visit', 'visit']) {
      expect(matchArticle(manifest, 'abkommen', slug)).toEqual({
        articleId: 'pact',
        sectionId: 'visit',
      });
    }
  });

  it('reports an unknown section but still finds the article', () => {
    expect(matchArticle(manifest, 'treaty', 'nope')).toEqual({
      articleId: 'pact',
      unknownSection: 'nope',
    });
  });

  it('finds nothing for an unknown article', () => {
    expect(matchArticle(manifest, 'nope')).toBeUndefined();
  });
});

describe('articlePath', () => {
  it('builds canonical paths in each language', () => {
    expect(articlePath(manifest, 'de', 'pact')).toBe('/de/abkommen');
    expect(articlePath(manifest, 'en', 'pact', 'visit')).toBe('/en/treaty/state-visit');
  });

  it('lists every page of every language', () => {
    expect(allArticlePaths(manifest)).toEqual([
      '/de/abkommen',
      '/de/abkommen/ueberblick',
      '/de/abkommen/staatsbesuch',
      '/en/treaty',
      '/en/treaty/overview',
      '/en/treaty/state-visit',
    ]);
  });
});
