import { createPath, parsePath, type Location, type Path, type To } from 'react-router';

/**
 * What is kept in `history.state` for an entry: the same shape as React Router's own browser
 * history (`usr` for the app's state, `key` for the entry), so an entry reads the same whichever
 * wrote it.
 */
export interface EntryState {
  usr: unknown;
  key: string;
}

/** One change to the browser's history, held until the page it leads to is on screen. */
export interface HistoryWrite {
  /** Order of the navigation; the shown location carries the number of the last one it includes. */
  seq: number;
  method: 'push' | 'replace';
  url: string;
  state: EntryState;
}

export function createKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

export function hrefOf(to: To): string {
  return typeof to === 'string' ? to : createPath(to);
}

/** The location the browser shows now, with the app's state of its history entry. */
export function currentLocation(win: Pick<Window, 'location' | 'history'>): Location {
  const { pathname, search, hash } = win.location;
  const entry = win.history.state as Partial<EntryState> | null;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
}

/** Where a navigation leads from `from`: a `to` without a pathname stays on the same path. */
export function nextLocation(from: Path, to: To, state: unknown, key: string): Location {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return {
    pathname: path.pathname ?? from.pathname,
    search: path.search ?? '',
    hash: path.hash ?? '',
    state: state ?? null,
    key,
  };
}

/** The write that records navigating to `location`. */
export function writeFor(seq: number, method: HistoryWrite['method'], location: Location) {
  return {
    seq,
    method,
    url: createPath(location),
    state: { usr: location.state, key: location.key },
  } satisfies HistoryWrite;
}

/**
 * Splits the waiting writes into those the shown location includes (due now, in order) and those
 * of navigations still rendering.
 */
export function takeDueWrites(waiting: readonly HistoryWrite[], shownSeq: number) {
  return {
    due: waiting.filter((write) => write.seq <= shownSeq),
    rest: waiting.filter((write) => write.seq > shownSeq),
  };
}

/**
 * A URL of this page's origin for `to`. As in React Router's browser history, an address that
 * starts with `//` stays a path of this origin rather than naming another host.
 */
export function sameOriginUrl(origin: string, to: To): URL {
  const href = hrefOf(to).replace(/ $/, '%20');
  return new URL(href.startsWith('//') ? `${origin}${href}` : href, origin);
}
