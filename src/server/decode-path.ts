/**
 * Turns the raw (percent-encoded) request path into safe, decoded segments.
 * Every rule here errs on the side of "not found": a static site never needs
 * odd paths, and refusing them closes traversal and open-redirect tricks.
 */

/** Longer paths are never real routes; refusing them early bounds the work per request. */
export const maxPathLength = 2000;

export interface DecodedPath {
  /** Decoded, non-empty path segments; `[]` for `/`. */
  segments: string[];
  /** `true` for `/de/article/`, used to redirect to the canonical form. */
  trailingSlash: boolean;
}

function decodeSegment(raw: string): string | undefined {
  // An empty segment means `//` somewhere in the path, e.g. `//evil.example/`.
  if (raw === '') return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return undefined; // malformed percent-encoding such as `%E0%A4%A`
  }
  // `%2F`/`%5C` would let one segment span directories; NUL truncates paths in C APIs.
  if (/[/\\\0]/.test(segment)) return undefined;
  if (segment === '.' || segment === '..') return undefined;
  // Dotfiles (.env, .git, …) are never part of the site, except `.well-known`.
  if (segment.startsWith('.') && segment !== '.well-known') return undefined;
  return segment;
}

/** Returns `undefined` for anything that cannot be a route or file of the site. */
export function decodePathname(pathname: string): DecodedPath | undefined {
  if (pathname.length > maxPathLength || !pathname.startsWith('/')) return undefined;
  if (pathname === '/') return { segments: [], trailingSlash: false };
  const raw = pathname.slice(1).split('/');
  const trailingSlash = raw.at(-1) === '';
  if (trailingSlash) raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    const segment = decodeSegment(part);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return { segments, trailingSlash };
}
