/**
 * Runs in the page: resolves once the window has not scrolled for several frames (a smooth scroll
 * has ended). Self-contained, so Playwright and the cross-engine drivers can each send it to the
 * browser as source.
 */
export function untilScrollSettled(): Promise<void> {
  return new Promise<void>((resolve) => {
    let last = window.scrollY;
    let still = 0;
    const check = () => {
      if (window.scrollY === last) still += 1;
      else [last, still] = [window.scrollY, 0];
      if (still >= 8) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
