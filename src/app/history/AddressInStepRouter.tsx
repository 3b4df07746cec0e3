import {
  startTransition,
  useInsertionEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { NavigationType, Router, type Location, type Navigator, type To } from 'react-router';
import {
  createKey,
  currentLocation,
  hrefOf,
  nextLocation,
  sameOriginUrl,
  takeDueWrites,
  writeFor,
  type HistoryWrite,
} from './history-entry';

interface Shown {
  action: NavigationType;
  location: Location;
  /** The last navigation this location includes (see HistoryWrite). */
  seq: number;
}

/**
 * React Router's BrowserRouter, except that the address changes when the page it names is on
 * screen, not before. BrowserRouter writes the history entry first and then renders the new page
 * in a transition, which React spreads over several frames (and holds while a chunk loads): for
 * that while, the address named the English article above the German one. Here a navigation
 * renders first, in the same transition, and the entry is written in the commit, so no frame
 * shows one without the other. (Next.js' App Router orders it the same way: its HistoryUpdater
 * pushes the URL from an insertion effect of the new tree.)
 *
 * Back and Forward change the address before any script runs; those render as BrowserRouter's do.
 */
export function AddressInStepRouter({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown>(() => ({
    action: NavigationType.Pop,
    location: currentLocation(window),
    seq: 0,
  }));
  const waiting = useRef<HistoryWrite[]>([]);
  const lastSeq = useRef(0);
  // The location of the newest navigation, rendered or not: the next one starts from it.
  const newest = useRef(shown.location);

  const navigator = useMemo<Navigator>(() => {
    const navigate = (method: HistoryWrite['method'], to: To, state: unknown) => {
      const location = nextLocation(newest.current, to, state, createKey());
      newest.current = location;
      const seq = ++lastSeq.current;
      waiting.current.push(writeFor(seq, method, location));
      const action = method === 'push' ? NavigationType.Push : NavigationType.Replace;
      startTransition(() => setShown({ action, location, seq }));
    };
    return {
      createHref: hrefOf,
      createURL: (to) => sameOriginUrl(window.location.origin, to),
      encodeLocation: (to) => {
        const { pathname, search, hash } = sameOriginUrl(window.location.origin, to);
        return { pathname, search, hash };
      },
      go: (delta) => window.history.go(delta),
      push: (to, state) => navigate('push', to, state),
      replace: (to, state) => navigate('replace', to, state),
    };
  }, []);

  // Back or Forward: the browser has already moved. A navigation still rendering is dropped, as
  // the entry it would have written no longer follows the current one.
  useLayoutEffect(() => {
    const onPop = () => {
      waiting.current = [];
      const location = currentLocation(window);
      newest.current = location;
      const seq = lastSeq.current;
      startTransition(() => setShown({ action: NavigationType.Pop, location, seq }));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The new page is in the DOM and not yet painted: write its address now. An insertion effect runs
  // before every layout effect of the commit, so the browser saves the scroll position of the
  // entry being left before the new page moves it (a jump to a section, a language switch's
  // restored place): Back returns there.
  useInsertionEffect(() => {
    const { due, rest } = takeDueWrites(waiting.current, shown.seq);
    waiting.current = rest;
    for (const write of due) writeEntry(write);
  }, [shown]);

  return (
    <Router location={shown.location} navigationType={shown.action} navigator={navigator}>
      {children}
    </Router>
  );
}

function writeEntry({ method, state, url }: HistoryWrite): void {
  if (method === 'replace') {
    window.history.replaceState(state, '', url);
    return;
  }
  try {
    window.history.pushState(state, '', url);
  } catch (error) {
    // As BrowserRouter does: state that cannot be stored is a bug to surface; anything else (a
    // browser's limit on history entries) still gets the reader there, by loading the page.
    if (error instanceof DOMException && error.name === 'DataCloneError') throw error;
    window.location.assign(url);
  }
}
