// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleRoutes } from '../../src/site-generator/content-plugin';
import { allArticlePaths, articlePath, matchArticle } from '../../src/routing/article-paths';
import { pathLang } from '../../src/routing/site-path';
import { safeDecode } from '../../src/shared/safe-decode';
import { resolveRequest } from '../../src/server/resolve';
import path from 'node:path';

const manifest = readArticleRoutes(path.resolve(__dirname, '../..'));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.webSegment(),
  fc.webPath(),
);

describe('URL parsing and slug resolution, for any input', () => {
  it('never throws, whatever the article and section segments are', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (article, section) => {
        const match = matchArticle(manifest, article, section);
        if (match?.sectionId !== undefined) {
          expect(match.unknownSection).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any percent-encoding without throwing', () => {
    fc.assert(fc.property(anyText, (text) => typeof safeDecode(text) === 'string'));
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('picks a not-found language for any path', () => {
    fc.assert(fc.property(anyText, (text) => ['de', 'en'].includes(pathLang(text))));
  });

  it('the server resolves any request target without throwing, never to an open redirect', () => {
    const lookup = () => undefined;
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.webUrl().map((u) => new URL(u).pathname + new URL(u).search),
        ),
        (target) => {
          const result = resolveRequest(target.startsWith('/') ? target : `/${target}`, lookup);
          if (result.status === 308) expect(result.location.startsWith('//')).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('every known route round-trips', () => {
  const routes = manifest.flatMap((article) =>
    (['de', 'en'] as const).flatMap((lang) =>
      [undefined, ...(article.editions[lang]?.sections ?? []).map((s) => s.id)].map(
        (sectionId) => ({
          lang,
          articleId: article.id,
          sectionId,
        }),
      ),
    ),
  );

  it.each(routes)('$lang $articleId $sectionId', ({ lang, articleId, sectionId }) => {
    const [, , articleSlug = '', sectionSlug] = articlePath(
      manifest,
      lang,
      articleId,
      sectionId,
    ).split('/');
    expect(matchArticle(manifest, articleSlug, sectionSlug)).toEqual(
      sectionId === undefined ? { articleId } : { articleId, sectionId },
    );
  });

  it('a slug of either language, or the id, names the same section, in any case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...routes.filter((r) => r.sectionId !== undefined)),
        fc.boolean(),
        (route, upper) => {
          const other = route.lang === 'de' ? 'en' : 'de';
          const otherPath = articlePath(manifest, other, route.articleId, route.sectionId);
          const [, , articleSlug = '', sectionSlug = ''] = otherPath.split('/');
          const cased = upper ? sectionSlug.toUpperCase() : sectionSlug;
          expect(matchArticle(manifest, articleSlug, cased)?.sectionId).toBe(route.sectionId);
          expect(matchArticle(manifest, route.articleId, route.sectionId)?.sectionId).toBe(
            route.sectionId,
          );
        },
      ),
    );
  });

  it('lists as many pages as there are routes', () => {
    expect(allArticlePaths(manifest)).toHaveLength(routes.length);
  });
});
