/**
 * Runs inline right after the prerendered page of a section URL (`/de/…/angriffe-…`), so the
 * reader lands on that section before the first paint instead of seeing the article's top and
 * being moved there once the app has loaded, which on a slow phone may be seconds later.
 *
 * The section comes from the script element's `data-section`, so the script's text, and with it
 * the hash the Content-Security-Policy allows it by, is the same on every page. It measures the
 * sticky header and sets `--header-height` the way the app does later (see
 * src/article/hooks/use-element-height.ts), so `scroll-padding-top` keeps the heading clear of
 * the header. The app then only focuses the heading; the position is already right.
 */
export const landingScript = `(function(){var s=document.currentScript,e=s&&document.getElementById(s.getAttribute("data-section")||""),h=document.querySelector(".site-header");if(!e)return;if(h)document.documentElement.style.setProperty("--header-height",Math.round(h.getBoundingClientRect().height)+"px");e.scrollIntoView({block:"start"})})();`;

/** The script element for a page that opens at `sectionId`. */
export function landingScriptElement(sectionId: string): string {
  if (!/^[a-z0-9-]+$/.test(sectionId)) throw new Error(`unexpected section id "${sectionId}"`);
  return `<script data-section="${sectionId}">${landingScript}</script>`;
}
