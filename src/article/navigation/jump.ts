import { prefersReducedMotion } from '../../shared/reduced-motion';

export interface JumpTarget {
  /** The element to bring to the top, just below the sticky header; none means the page's top. */
  scrollTo?: string;
  /** The heading that takes keyboard focus, for keyboard and screen-reader users. */
  focus: string;
}

/**
 * Scrolls to a section and focuses its heading. Smooth unless the reader prefers reduced motion or
 * the page has just opened; the sections' `scroll-margin-top` (base.css, from the header's real
 * height) keeps the heading clear of the sticky header.
 */
export function jumpTo(target: JumpTarget, { smooth }: { smooth: boolean }): void {
  const behavior: ScrollBehavior = smooth && !prefersReducedMotion() ? 'smooth' : 'instant';
  const element = target.scrollTo === undefined ? null : document.getElementById(target.scrollTo);
  if (element) element.scrollIntoView({ behavior, block: 'start' });
  else window.scrollTo({ top: 0, behavior });
  focusTarget(target);
}

/** Moves keyboard focus to the target's heading, leaving the page where it is. */
export function focusTarget(target: JumpTarget): void {
  document.getElementById(target.focus)?.focus({ preventScroll: true });
}

/**
 * The section the prerendered page already opened at, before the app ran (see
 * src/site-generator/inline-scripts/landing.ts, which marks <html data-landed>). The reader may
 * have scrolled on since: the app must not move them back.
 */
export function landedSection(): string | undefined {
  return document.documentElement.dataset.landed;
}
