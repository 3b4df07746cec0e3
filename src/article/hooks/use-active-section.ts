import { useCallback, useEffect, useRef, useState } from 'react';
import { activeSection, applyEntries, type SpyState } from './active-section';

export interface UseActiveSectionOptions {
  /** Section element ids, in document order. */
  ids: readonly string[];
  /** Height of the sticky header: the band starts just below it. */
  topOffset: number;
  /** Id of an element at the end of the article; when it is in view, the last section is active. */
  endId: string;
  /** The section to mark before the observer reports (a deep link), so the first render is right. */
  initial?: string;
}

export interface ActiveSection {
  active: string | undefined;
  /** Marks a section chosen by the reader and holds it while the page scrolls there. */
  pin: (id: string) => void;
}

/** How far below the header the band starts, in px: about a line of body text. */
export const readingBandInset = 32;

const empty: SpyState = { inBand: new Set(), above: new Set(), atEnd: false };

/** Scrollspy with IntersectionObserver: which section is being read. */
export function useActiveSection({
  ids,
  topOffset,
  endId,
  initial,
}: UseActiveSectionOptions): ActiveSection {
  const [observed, setObserved] = useState<string | undefined>(initial);
  const [pinned, setPinned] = useState<string | undefined>(undefined);
  const stateRef = useRef<SpyState>(empty);
  const idsKey = ids.join(' ');

  useEffect(() => {
    // Without IntersectionObserver (very old browsers) the contents still work, unmarked.
    if (typeof IntersectionObserver !== 'function') return;
    const order = idsKey.split(' ');
    // The band starts a line below the header: a section whose last line or margin still
    // peeks out under the header is not the one being read. With the band at the header's edge,
    // the same place named the previous section in one edition and the next in the other (their
    // paragraphs end a few pixels apart), so the address changed section on a language switch.
    const bandTop = topOffset + readingBandInset;
    // Positions are read in the observer's callback, when layout is already up to date.
    const tops = () =>
      order.map((id) => ({
        id,
        top: document.getElementById(id)?.getBoundingClientRect().top ?? Infinity,
      }));
    const sections = new IntersectionObserver(
      (entries) => {
        stateRef.current = applyEntries(
          stateRef.current,
          entries.map((entry) => ({ id: entry.target.id, isIntersecting: entry.isIntersecting })),
          tops(),
          bandTop,
        );
        setObserved(activeSection(order, stateRef.current));
      },
      // A band from just below the header to 40 % down the viewport.
      { rootMargin: `-${bandTop}px 0px -60% 0px`, threshold: 0 },
    );
    const end = new IntersectionObserver((entries) => {
      const atEnd = entries.some((entry) => entry.isIntersecting);
      stateRef.current = { ...applyEntries(stateRef.current, [], tops(), bandTop), atEnd };
      setObserved(activeSection(order, stateRef.current));
    });
    for (const id of order) {
      const element = document.getElementById(id);
      if (element) sections.observe(element);
    }
    const endElement = document.getElementById(endId);
    if (endElement) end.observe(endElement);
    return () => {
      sections.disconnect();
      end.disconnect();
    };
  }, [idsKey, topOffset, endId]);

  // A pin lasts until the scroll it started has ended; then the observer decides again.
  useEffect(() => {
    if (pinned === undefined) return;
    const release = () => setPinned(undefined);
    const timer = window.setTimeout(release, 1500);
    const onScrollEnd = () => {
      window.clearTimeout(timer);
      window.setTimeout(release, 50);
    };
    window.addEventListener('scrollend', onScrollEnd, { once: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, [pinned]);

  const pin = useCallback((id: string) => setPinned(id), []);
  return { active: pinned ?? observed, pin };
}
