/** The reader asked the system for less motion: scroll instantly, never smoothly. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
