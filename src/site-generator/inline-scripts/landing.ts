/** The attribute of the landing script's element that names the section to open at. */
export const landingSectionAttribute = 'data-section';

/**
 * Runs inline right after the prerendered page of a section URL (`/de/…/angriffe-…`), so the
 * reader lands on that section before the first paint instead of seeing the article's top and
 * being moved there once the app has loaded, which on a slow phone may be seconds later.
 *
 * The section comes from the script element's `data-section`, so the script's text, and with it
 * the hash the Content-Security-Policy allows it by, is the same on every page. It measures the
 * sticky header and sets `--header-height` the way the app does later (see
 * src/article/hooks/use-element-height.ts), so the sections' `scroll-margin-top` (base.css) keeps
 * the heading clear of the header. It marks `<html data-landed>`: the app then only focuses the
 * heading, and never moves a reader who has scrolled on before it loaded (see
 * src/article/navigation/jump.ts).
 *
 * It also focuses the section's heading (`<id>-title`, as the app's jump does), without scrolling,
 * so keyboard and screen-reader users start there however late the app arrives. Measured in
 * Firefox ESR 153: it reports no `first-contentful-paint` for a page scrolled before its first
 * paint, so the boot script starts the app only at its fallback, about 3 s after `load`, and a
 * deep link's heading was focused only then; focus() here, during parsing, is honoured at once.
 */
export function land(): void {
  const script = document.currentScript;
  const root = document.documentElement;
  const section =
    script && document.getElementById(script.getAttribute(landingSectionAttribute) || '');
  if (!section) return;
  const header = document.querySelector('.site-header');
  if (header) {
    root.style.setProperty(
      '--header-height',
      `${Math.round(header.getBoundingClientRect().height)}px`,
    );
  }
  section.scrollIntoView({ block: 'start' });
  document.getElementById(`${section.id}-title`)?.focus({ preventScroll: true });
  root.setAttribute('data-landed', section.id);
}
