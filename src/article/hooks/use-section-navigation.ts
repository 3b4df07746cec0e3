import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { focusTarget, jumpTo, landedSection, type JumpTarget } from '../navigation/jump';
import { restoreAnchor, type ReadingAnchor } from '../navigation/reading-anchor';
import { useActiveSection } from './use-active-section';

/** Why the address changed; kept in the history entry's state. */
export type NavigationState =
  { source: 'contents' } | { source: 'scroll' } | { source: 'language'; anchor?: ReadingAnchor };

export interface UseSectionNavigationOptions {
  /** Section ids in document order; the first is the untitled lead. */
  ids: readonly string[];
  /** The section the URL names (deep link), if any. */
  sectionId?: string;
  /** Resolves a URL #fragment to a section id (read only after hydration: servers never see it). */
  sectionFromHash: (hash: string) => string | undefined;
  /** Canonical path of a section in the current language; no id: the article itself. */
  pathFor: (sectionId?: string) => string;
  headerHeight: number;
}

export function useSectionNavigation({
  ids,
  sectionId,
  sectionFromHash,
  pathFor,
  headerHeight,
}: UseSectionNavigationOptions) {
  const navigate = useNavigate();
  const location = useLocation();
  const first = ids[0];
  const { active, pin } = useActiveSection({
    ids,
    topOffset: headerHeight,
    endId: 'article-end',
    initial: sectionId ?? first,
  });
  // The path of the last navigation made here, so the location effect does not act on it again.
  const own = useRef<string | null>(null);
  // A section chosen from the contents, to jump to once its address is written (see select).
  const chosen = useRef<string | null>(null);
  const mounted = useRef(false);
  const lastPathname = useRef(location.pathname);

  const targetFor = useCallback(
    (id: string | undefined): JumpTarget =>
      id === undefined || id === first
        ? { focus: 'headline' }
        : { scrollTo: id, focus: `${id}-title` },
    [first],
  );

  // Opening a section URL lands on it; Back and Forward move between the sections chosen; a
  // language switch keeps the paragraph being read.
  useLayoutEffect(() => {
    const isFirstRun = !mounted.current;
    mounted.current = true;
    // Only the query changed (a photo opened or closed): the reader stays where they are.
    const samePath = location.pathname === lastPathname.current;
    lastPathname.current = location.pathname;
    if (!isFirstRun && samePath) return;
    if (own.current === location.pathname) {
      own.current = null;
      if (chosen.current !== null) jumpTo(targetFor(chosen.current), { smooth: true });
      chosen.current = null;
      return;
    }
    const state = location.state as NavigationState | null;
    if (state?.source === 'language') {
      if (state.anchor) restoreAnchor(state.anchor, headerHeight);
      return;
    }
    const hashSection = sectionId === undefined ? sectionFromHash(location.hash) : undefined;
    const target = sectionId ?? hashSection;
    if (isFirstRun && target === undefined) return;
    if (isFirstRun && target !== undefined && target === landedSection()) {
      // Already there since the first paint, and perhaps scrolled on since: focus only.
      focusTarget(targetFor(target));
      return;
    }
    jumpTo(targetFor(target), { smooth: !isFirstRun });
    if (target !== undefined) pin(target);
    // `#section` on the article URL works; the address then names the section as a path.
    if (hashSection !== undefined) {
      own.current = pathFor(hashSection);
      void navigate(own.current, { replace: true, state: { source: 'contents' } });
    }
    // Only a new history entry (location.key) should jump, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  // Scrolling into another section updates the address quietly, without a history entry.
  useEffect(() => {
    if (active === undefined) return;
    const path = active === first && sectionId !== first ? pathFor() : pathFor(active);
    if (path === location.pathname || own.current !== null) return;
    own.current = path;
    // Keep the query: an open photo stays open.
    void navigate(
      { pathname: path, search: location.search },
      { replace: true, state: { source: 'scroll' } },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  // The section is marked at once; the page moves in the commit that writes its address, after the
  // browser has saved the place being left (AddressInStepRouter), so Back returns to it.
  const select = useCallback(
    (id: string) => {
      pin(id);
      const path = pathFor(id);
      if (path === location.pathname) {
        jumpTo(targetFor(id), { smooth: true });
        return;
      }
      own.current = path;
      chosen.current = id;
      void navigate(path, { state: { source: 'contents' } });
    },
    [pin, targetFor, pathFor, location.pathname, navigate],
  );

  return { active, select };
}
