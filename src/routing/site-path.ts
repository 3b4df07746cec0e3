import { defaultLang, isLang, otherLang, type Lang } from '../i18n/languages';
import { matchArticle } from './article-paths';
import { parseFrontPage } from './front-pages';
import type { ArticleRoutes } from './manifest';

/**
 * The one reading of a site path, shared by the client's router, the prerenderer and the static
 * server, so that what the server sends for a path is what the client hydrates there. Before it,
 * five places read the language from a path, one of them decoding escapes: `/%65n/x` was served
 * as the English not-found page and hydrated as the German one (React error #418).
 */
export type SiteRoute =
  | { kind: 'home' }
  /** A language's front page: every article of that edition as a card, `page` counting from 1. */
  | { kind: 'front'; lang: Lang; page: number }
  | {
      kind: 'article';
      lang: Lang;
      articleId: string;
      /** The section the path names, if it names one that exists. */
      sectionId?: string;
      /** What the path gave as a section when no section of either language matches it. */
      unknownSection?: string;
      /** Both editions side by side (`/de-en/…`, `/en-de/…`), the page's language first. */
      view?: 'parallel';
    }
  | {
      kind: 'not-found';
      lang: Lang;
      /** The article the path names, when it is not published in the path's language. */
      inOtherLanguage?: string;
    };

function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * The path's segments, each percent-decoded, with one trailing slash forgiven (`/de/x/` is
 * `/de/x`; the server redirects it). Undefined for a path that cannot name a page: malformed
 * escapes (`%E0%A4%A`), an empty segment (`//host`), or no leading slash.
 */
export function pathSegments(pathname: string): string[] | undefined {
  if (!pathname.startsWith('/')) return undefined;
  if (pathname === '/') return [];
  const raw = pathname.slice(1).split('/');
  if (raw.length > 1 && raw.at(-1) === '') raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    const segment = part === '' ? undefined : decodeSegment(part);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * The language of whatever is shown at a path that is not (or not yet) an article: the not-found
 * page, the error page, the offer to update. English under `/en/` (in any case or escape, since
 * that is how the server finds files), German otherwise. It reads the first segment alone, so even
 * a path whose rest is garbage gets the language it asked for.
 */
export function pathLang(pathname: string): Lang {
  const first = decodeSegment(pathname.split('/')[1] ?? '')?.toLowerCase();
  // `/en-de/…` is the parallel view read in English (see parallelPair).
  return first === 'en' || first === 'en-de' ? 'en' : defaultLang;
}

/**
 * The parallel view's first segment: the language pair, the page's language first (`de-en`,
 * `en-de`). A hyphenated pair cannot be an article slug at that place (slugs come second), nor a
 * language, so it collides with no article, section, front page or feed address.
 */
function parallelLang(segment: string | undefined): Lang | undefined {
  const [lang, other, ...rest] = (segment ?? '').split('-');
  if (!isLang(lang) || !isLang(other) || lang === other || rest.length > 0) return undefined;
  return lang;
}

/** What a path shows: the start page, a front page, an article (or one of its sections), or not found. */
export function parseSitePath(manifest: readonly ArticleRoutes[], pathname: string): SiteRoute {
  const segments = pathSegments(pathname);
  const notFound: SiteRoute = { kind: 'not-found', lang: pathLang(pathname) };
  if (segments === undefined) return notFound;
  if (segments.length === 0) return { kind: 'home' };
  const [first, article, section, ...rest] = segments;
  const parallel = parallelLang(first);
  const lang = parallel ?? first;
  if (!isLang(lang) || rest.length > 0) return notFound;
  // Fronts are single-language: `/de-en` names no page.
  if (article === undefined) return parallel ? notFound : { kind: 'front', lang, page: 1 };
  if (!parallel && section !== undefined) {
    const page = parseFrontPage(manifest, lang, article, section);
    if (page !== undefined) return { kind: 'front', lang, page };
  }
  const match = matchArticle(manifest, article, section);
  if (!match) return notFound;
  // A German-only article has no English page: `/en/<slug>` is not found in English, and it has
  // no parallel view in either order.
  const matched = manifest.find((a) => a.id === match.articleId);
  if (matched?.editions[lang] === undefined) {
    return { kind: 'not-found', lang, inOtherLanguage: match.articleId };
  }
  if (!parallel) return { kind: 'article', lang, ...match };
  if (matched.editions[otherLang(lang)] === undefined) return notFound;
  return { kind: 'article', lang, ...match, view: 'parallel' };
}

/**
 * The only spelling of a page's path that is served as such: its segments percent-encoded the
 * one way `encodeURIComponent` does. `/%65n/x` names `/en/x` but is not its address.
 */
export function canonicalSpelling(segments: readonly string[]): string {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}
