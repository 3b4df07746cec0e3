/**
 * Pure request-target → response decision. It only asks `lookup` what exists,
 * so it can be unit-tested without a file system and never touches disk itself.
 */
import { canonicalSpelling, pathLang } from '../routing/site-path.ts';
import { decodePathname } from './decode-path.ts';

export type EntryKind = 'file' | 'directory';

/** What exists at a `/`-separated path relative to the site root (`''` is the root). */
export type Lookup = (relativePath: string) => EntryKind | undefined;

export type NotFoundPage = '404.html' | '404.en.html';

export type Resolution =
  /** Serve this file (relative to the site root). */
  | { status: 200; file: string }
  /** Redirect; `location` is a percent-encoded same-origin path plus the original query. */
  | { status: 308; location: string }
  /** Serve the not-found page for the language of the first path segment. */
  | { status: 404; file: NotFoundPage };

function indexFileOf(relativePath: string): string {
  return relativePath === '' ? 'index.html' : `${relativePath}/index.html`;
}

function isPage(relativePath: string, lookup: Lookup): boolean {
  return lookup(relativePath) === 'directory' && lookup(indexFileOf(relativePath)) === 'file';
}

/** Percent-encodes everything outside a conservative set, so a query can't inject into a header. */
export function encodeQuery(query: string): string {
  const encoder = new TextEncoder();
  return query.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu, (char) =>
    Array.from(
      encoder.encode(char),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

/** Builds the redirect target from decoded segments; `undefined` if it would not be same-origin. */
function redirectTo(relativePath: string, query: string): Resolution | undefined {
  const path = canonicalSpelling(relativePath.split('/'));
  // Belt and braces: `//host` or `/\host` would be read by browsers as another origin.
  if (path.startsWith('//') || path.startsWith('/\\')) return undefined;
  return { status: 308, location: query === '' ? path : `${path}?${encodeQuery(query)}` };
}

/**
 * Decides how to answer `GET target`, where `target` is the raw request target
 * (`req.url`: percent-encoded path plus optional `?query`).
 */
export function resolveRequest(target: string, lookup: Lookup): Resolution {
  const queryStart = target.indexOf('?');
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  const notFound: Resolution = {
    status: 404,
    // The language the client hydrates the page in, read by the same function.
    file: pathLang(pathname) === 'en' ? '404.en.html' : '404.html',
  };

  const decoded = decodePathname(pathname);
  if (!decoded) return notFound;
  const relativePath = decoded.segments.join('/');

  if (!decoded.trailingSlash) {
    if (relativePath !== '' && lookup(relativePath) === 'file') {
      return { status: 200, file: relativePath };
    }
    if (isPage(relativePath, lookup)) {
      // One address per page: `/%65n/article` names `/en/article` but is not its address.
      if (canonicalSpelling(decoded.segments) !== pathname) {
        return redirectTo(relativePath, query) ?? notFound;
      }
      return { status: 200, file: indexFileOf(relativePath) };
    }
  } else if (isPage(relativePath, lookup)) {
    // One canonical URL per page: `/de/article/` → `/de/article`.
    return redirectTo(relativePath, query) ?? notFound;
  }

  // Routes are lower-case; forgive `/DE/Article` (typed or shared by hand) with one hop.
  // Only pages, not assets, since hashed asset names are legitimately mixed-case.
  const lowerCase = relativePath.toLowerCase();
  if (lowerCase !== relativePath && isPage(lowerCase, lookup)) {
    return redirectTo(lowerCase, query) ?? notFound;
  }
  return notFound;
}
