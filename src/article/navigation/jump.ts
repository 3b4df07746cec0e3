export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface JumpTarget {
  /** The element to bring to the top, just below the sticky header; none means the page's top. */
  scrollTo?: string;
  /** The heading that takes keyboard focus, for keyboard and screen-reader users. */
  focus: string;
}

/**
 * Scrolls to a section and focuses its heading. Smooth unless the reader prefers reduced motion or
 * the page has just opened; `scroll-padding-top` (set from the header's real height) keeps the
 * heading clear of the sticky header.
 */
export function jumpTo(target: JumpTarget, { smooth }: { smooth: boolean }): void {
  const behavior: ScrollBehavior = smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
  const element = target.scrollTo === undefined ? null : document.getElementById(target.scrollTo);
  if (element) element.scrollIntoView({ behavior, block: 'start' });
  else window.scrollTo({ top: 0, behavior });
  document.getElementById(target.focus)?.focus({ preventScroll: true });
}
