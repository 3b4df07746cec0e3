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
      ['/de', 'de'],
      ['/en/treaty/state-visit/more', 'en'],
      ['/en/%E0%A4%A', 'en'],
    ] as const) {
      expect(parseSitePath(manifest, path), path).toEqual({ kind: 'not-found', lang });
    }
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
