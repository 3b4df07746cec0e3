import { isTextSize, isTheme, storageKeys } from '../../shared/display-preferences';

/** How long after `load` the app starts even if a paint or decode it waits for never comes. */
export const bootFallbackMs = 3000;

/** A stored theme or text size, applied before the first paint so it never flashes in later. */
function applyDisplayPreferences(root: HTMLElement): void {
  try {
    const theme = localStorage.getItem(storageKeys.theme);
    const textSize = localStorage.getItem(storageKeys.textSize);
    // `system` and `m` are what the page shows unmarked; anything unknown is a tampered value.
    if (isTheme(theme) && theme !== 'system') root.setAttribute('data-theme', theme);
    if (isTextSize(textSize) && textSize !== 'm') root.setAttribute('data-text-size', textSize);
  } catch {
    // Storage may be refused (blocked cookies, sandboxed frames): the defaults are fine then.
  }
}

/**
 * Loads the app named by <meta name="app-entry"> (see ../defer-app-script.ts), and with it the
 * page's own data chunks, whose preloads wait in a <template> until now (../edition-preloads.ts).
 */
function startApp(): void {
  // Moved out of the template (appending a fragment moves its children): no copy is needed.
  const preloads = document.getElementById('app-preloads') as HTMLTemplateElement | null;
  if (preloads) document.head.append(preloads.content);
  const entry = document.querySelector('meta[name="app-entry"]')?.getAttribute('content');
  if (!entry) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry;
  document.head.appendChild(script);
}

/**
 * Runs inline in <head>, before the first paint, so a stored theme or text size never flashes in
 * after the page has shown. Like the landing script (landing.ts), the only other inline script,
 * the Content-Security-Policy allows it by the SHA-256 hash of its compiled text (see
 * compile-inline-script.ts and ../prerender.ts), not by 'unsafe-inline'.
 *
 * Then it loads the app, but only once the page has painted its first text, fired `load`, and
 * decoded the first view's image (the one with fetchpriority="high"), and a frame has been drawn
 * since. No single signal is enough: headless Chromium often fires `load` before it first paints,
 * and the image may paint a frame or two after `load`. A script request made before then shares
 * the network and the main thread with the first view (Lighthouse's simulation counts it on the
 * path to LCP); made after, it costs the reader nothing they can see. Browsers without paint
 * timing wait for `load`; and should the paint never be reported or the image never decode, the
 * app starts anyway, a few seconds after `load`.
 */
export function boot(): void {
  applyDisplayPreferences(document.documentElement);

  let painted = true;
  let loaded = false;
  let waiting = false;
  const afterFallback = (then: () => void) => setTimeout(then, bootFallbackMs);

  function startWhenSettled(): void {
    if (waiting || !painted || !loaded) return;
    waiting = true;
    const decoded: Promise<void>[] = [];
    for (const image of document.querySelectorAll<HTMLImageElement>('img[fetchpriority="high"]')) {
      // A failed decode (broken image) must not keep the app from starting.
      if (image.decode) decoded.push(image.decode().catch(() => undefined));
    }
    void Promise.race([
      Promise.all(decoded),
      new Promise<void>((done) => afterFallback(done)),
    ]).then(() => {
      // Two frames: the first may still be the one that paints the image.
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startApp, 0)));
    });
  }

  try {
    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      painted = false;
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        painted = true;
        startWhenSettled();
      });
      observer.observe({ type: 'paint', buffered: true });
    }
  } catch {
    // No PerformanceObserver, or no `supportedEntryTypes`: wait for `load` alone.
    painted = true;
  }
  addEventListener('load', () => {
    loaded = true;
    startWhenSettled();
    afterFallback(() => {
      painted = true;
      startWhenSettled();
    });
  });
}
