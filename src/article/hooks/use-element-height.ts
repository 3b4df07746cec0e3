import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's rendered height, kept current, and mirrored into a CSS custom property on <html>
 * so that the scroll margin that keeps jumps clear of the sticky header (base.css) and sticky
 * offsets use its real height.
 */
export function useElementHeight(ref: RefObject<HTMLElement | null>, cssVariable: string): number {
  const [height, setHeight] = useState(0);
  // A layout effect, so a jump on opening a deep link already sees the real height.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const next = Math.round(element.getBoundingClientRect().height);
      document.documentElement.style.setProperty(cssVariable, `${next}px`);
      setHeight(next);
    };
    update();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, cssVariable]);
  return height;
}
