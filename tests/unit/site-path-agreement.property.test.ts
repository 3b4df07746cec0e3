// @vitest-environment node
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../../src/document/site-pages';
import { articlePath } from '../../src/routing/article-paths';
import { frontPath } from '../../src/routing/front-pages';
import { parseSitePath, pathLang } from '../../src/routing/site-path';
import { readArticleRoutes } from '../../src/site-generator/content-plugin';
import { resolveRequest, type EntryKind } from '../../src/server/resolve';

// The server decides from files which page a path gets; the client decides from the same path
// which page to hydrate. Both read it with src/routing/site-path.ts: for any path, what the server
// sends is what the client renders there, and no page is served at an address that is not its own.

const manifest = readArticleRoutes(path.resolve(__dirname, '../..'));
const pages = sitePages(manifest);

/** The built site's pages, as the server's lookup sees them. */
const entries = new Map<string, EntryKind>([['', 'directory']]);
for (const { file } of pages) {
  entries.set(file, 'file');
  const parts = file.split('/').slice(0, -1);
  parts.forEach((_, i) => entries.set(parts.slice(0, i + 1).join('/'), 'directory'));
}
const lookup = (relativePath: string) => entries.get(relativePath);

/** A character as itself or percent-encoded, in either case of hex digit. */
const spelled = (char: string) =>
  fc.constantFrom(
    char,
    char.toUpperCase(),
    `%${char.charCodeAt(0).toString(16)}`,
    `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const respell = (segment: string) =>
  fc.tuple(...[...segment].map(spelled)).map((chars) => chars.join(''));

const realSegments = [
  ...new Set(
    pages.flatMap(({ path: page }) => page.split('/').filter((s) => s !== '')).concat('xx', '404'),
  ),
];
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...realSegments).chain(respell) },
  { weight: 1, arbitrary: fc.webSegment() },
);
const anyPath = fc
  .tuple(fc.array(segment, { minLength: 0, maxLength: 4 }), fc.boolean())
  .map(([segments, slash]) => `/${segments.join('/')}${slash && segments.length > 0 ? '/' : ''}`);

describe('the server and the client read every path alike', () => {
  it('a not-found page is in the language the client hydrates it in', () => {
    fc.assert(
      fc.property(anyPath, (target) => {
        const served = resolveRequest(target, lookup);
        if (served.status !== 404) return;
        expect(served.file).toBe(pathLang(target) === 'en' ? '404.en.html' : '404.html');
      }),
      { numRuns: 3000 },
    );
  });

  it('a page is served only at its canonical address, and is the page the client shows there', () => {
    fc.assert(
      fc.property(anyPath, (target) => {
        const served = resolveRequest(target, lookup);
        if (served.status !== 200 || !served.file.endsWith('index.html')) return;
        const route = parseSitePath(manifest, target);
        if (route.kind === 'home') {
          expect(target).toBe('/');
          return;
        }
        expect(route.kind).toMatch(/^(article|front)$/);
        if (route.kind !== 'article' && route.kind !== 'front') return;
        const canonical =
          route.kind === 'front'
            ? frontPath(route.lang, route.page)
            : articlePath(manifest, route.lang, route.articleId, route.sectionId);
        expect(target).toBe(canonical);
        expect(served.file).toBe(`${canonical.slice(1)}/index.html`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a redirect leads in one hop to the page the client would show', () => {
    fc.assert(
      fc.property(anyPath, (target) => {
        const served = resolveRequest(target, lookup);
        if (served.status !== 308) return;
        expect(resolveRequest(served.location, lookup).status).toBe(200);
        const route = parseSitePath(manifest, target);
        if (route.kind === 'article' || route.kind === 'front') {
          expect(parseSitePath(manifest, served.location)).toEqual(route);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('another spelling of a page is redirected, not served (/%65n/… is /en/…)', () => {
    const english = articlePath(manifest, 'en', manifest[0]?.id ?? '');
    const respelled = `/%65n${english.slice(3)}`;
    expect(resolveRequest(respelled, lookup)).toEqual({ status: 308, location: english });
    expect(resolveRequest('/%65n/x', lookup)).toEqual({ status: 404, file: '404.en.html' });
  });
});
