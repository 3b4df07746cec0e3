// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allArticlePaths, allParallelPaths, parallelPath } from './article-paths';
import type { ArticleRoutes } from './manifest';
import { canonicalSpelling, parseSitePath, pathLang, pathSegments } from './site-path';

const manifest: ArticleRoutes[] = [
  {
    id: 'pact',
    editions: {
      de: { slug: 'abkommen', sections: [{ id: 'visit', slug: 'staatsbesuch' }] },
      en: { slug: 'treaty', sections: [{ id: 'visit', slug: 'state-visit' }] },
    },
  },
];

describe('pathSegments', () => {
  it('decodes each segment and forgives one trailing slash', () => {
    expect(pathSegments('/')).toEqual([]);
    expect(pathSegments('/de/abkommen/')).toEqual(['de', 'abkommen']);
    expect(pathSegments('/%65n/tr%C3%A9aty')).toEqual(['en', 'tréaty']);
  });

  it('names no page for malformed escapes, empty segments or a relative path', () => {
    expect(pathSegments('/en/%E0%A4%A')).toBeUndefined();
    expect(pathSegments('//evil.example')).toBeUndefined();
    expect(pathSegments('/de//abkommen')).toBeUndefined();
    expect(pathSegments('de/abkommen')).toBeUndefined();
  });
});

describe('pathLang', () => {
  it('is English under /en/ in any case or escape, German otherwise', () => {
    for (const path of ['/en', '/en/', '/EN/x', '/%65n/x', '/e%6E/%E0%A4%A', '/%65%6e']) {
      expect(pathLang(path), path).toBe('en');
    }
    for (const path of ['/', '/de/x', '/eng/x', '/x/en', '', '/%E0%A4%A/en', '/en%2F']) {
      expect(pathLang(path), path).toBe('de');
    }
  });
});

describe('parseSitePath', () => {
  it('reads the start page, articles and sections in either language', () => {
    expect(parseSitePath(manifest, '/')).toEqual({ kind: 'home' });
    expect(parseSitePath(manifest, '/de/abkommen')).toEqual({
      kind: 'article',
      lang: 'de',
      articleId: 'pact',
    });
    expect(parseSitePath(manifest, '/en/treaty/state-visit')).toEqual({
      kind: 'article',
      lang: 'en',
      articleId: 'pact',
      sectionId: 'visit',
    });
  });

  it('resolves another spelling of the same page to it (the client then shows the canonical one)', () => {
    expect(parseSitePath(manifest, '/%65n/treaty')).toMatchObject({
      lang: 'en',
      articleId: 'pact',
    });
    expect(parseSitePath(manifest, '/en/abkommen/staatsbesuch/')).toMatchObject({
      lang: 'en',
      sectionId: 'visit',
    });
  });

  it('keeps an unknown section of a known article, to say so on the article', () => {
    expect(parseSitePath(manifest, '/de/abkommen/nope')).toEqual({
      kind: 'article',
      lang: 'de',
      articleId: 'pact',
      unknownSection: 'nope',
    });
  });

  it('is not found, in the language the path asks for, for anything else', () => {
    for (const [path, lang] of [
      ['/en/nope', 'en'],
      ['/%65n/x', 'en'],
      ['/xx/abkommen', 'de'],
      ['/DE/abkommen', 'de'],
      ['/en/treaty/state-visit/more', 'en'],
      ['/en/%E0%A4%A', 'en'],
    ] as const) {
      expect(parseSitePath(manifest, path), path).toEqual({ kind: 'not-found', lang });
    }
  });
});

describe('parseSitePath: fronts', () => {
  // 25 articles: two front pages at 24 cards a page.
  const many: ArticleRoutes[] = Array.from({ length: 25 }, (_, i) => ({
    id: `a${i}`,
    editions: {
      de: { slug: `a${i}`, sections: [] },
      en: { slug: `a${i}`, sections: [] },
    },
  }));

  it('reads /de and /en as page 1 of their front, with or without a trailing slash', () => {
    expect(parseSitePath(manifest, '/de')).toEqual({ kind: 'front', lang: 'de', page: 1 });
    expect(parseSitePath(manifest, '/en/')).toEqual({ kind: 'front', lang: 'en', page: 1 });
  });

  it("reads later pages in each language's own word", () => {
    expect(parseSitePath(many, '/de/seite/2')).toEqual({ kind: 'front', lang: 'de', page: 2 });
    expect(parseSitePath(many, '/en/page/2')).toEqual({ kind: 'front', lang: 'en', page: 2 });
  });

  it('is not found for page 1 (its address is /de), pages past the last, and other spellings', () => {
    for (const [path, lang] of [
      ['/de/seite/1', 'de'],
      ['/de/seite/0', 'de'],
      ['/de/seite/3', 'de'],
      ['/de/seite/999', 'de'],
      ['/de/seite/abc', 'de'],
      ['/de/seite/02', 'de'],
      ['/de/seite/2.0', 'de'],
      ['/de/seite/-2', 'de'],
      ['/de/seite', 'de'],
      ['/de/page/2', 'de'],
      ['/en/seite/2', 'en'],
      ['/en/page/01', 'en'],
      ['/en/page/2/x', 'en'],
    ] as const) {
      expect(parseSitePath(many, path), path).toEqual({ kind: 'not-found', lang });
    }
    expect(parseSitePath(manifest, '/de/seite/2')).toEqual({ kind: 'not-found', lang: 'de' });
  });
});

describe('canonicalSpelling', () => {
  it('percent-encodes segments the one way encodeURIComponent does', () => {
    expect(canonicalSpelling(['en', 'treaty'])).toBe('/en/treaty');
    expect(canonicalSpelling([])).toBe('/');
    expect(canonicalSpelling(['de', 'a b/c'])).toBe('/de/a%20b%2Fc');
  });
});

describe('the parallel view', () => {
  it('reads /de-en/… and /en-de/… as the article in the first language, both side by side', () => {
    expect(parseSitePath(manifest, '/de-en/abkommen/staatsbesuch')).toEqual({
      kind: 'article',
      lang: 'de',
      articleId: 'pact',
      sectionId: 'visit',
      view: 'parallel',
    });
    expect(parseSitePath(manifest, '/en-de/treaty')).toEqual({
      kind: 'article',
      lang: 'en',
      articleId: 'pact',
      view: 'parallel',
    });
    expect(pathLang('/en-de/treaty')).toBe('en');
    expect(pathLang('/de-en/abkommen')).toBe('de');
  });

  it('is not found for a pair that is no pair of two languages', () => {
    for (const path of ['/de-de/abkommen', '/en-fr/treaty', '/de-en-de/abkommen', '/de-en']) {
      expect(parseSitePath(manifest, path)).toMatchObject({ kind: 'not-found' });
    }
  });

  it('has addresses that no single-view page has', () => {
    expect(parallelPath(manifest, 'de', 'pact', 'visit')).toBe('/de-en/abkommen/staatsbesuch');
    expect(parallelPath(manifest, 'en', 'pact')).toBe('/en-de/treaty');
    const single = new Set(allArticlePaths(manifest));
    for (const path of allParallelPaths(manifest)) {
      expect(single.has(path)).toBe(false);
      expect(parseSitePath(manifest, path)).toMatchObject({ view: 'parallel' });
    }
  });
});
