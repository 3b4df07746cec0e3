/**
 * Runs inline right after the prerendered page of a section URL (`/de/…/angriffe-…`), so the
 * reader lands on that section before the first paint instead of seeing the article's top and
 * being moved there once the app has loaded, which on a slow phone may be seconds later.
 *
 * The section comes from the script element's `data-section`, so the script's text, and with it
 * the hash the Content-Security-Policy allows it by, is the same on every page. It measures the
 * sticky header and sets `--header-height` the way the app does later (see
 * src/article/hooks/use-element-height.ts), so `scroll-padding-top` keeps the heading clear of
 * the header. It marks `<html data-landed>`: the app then only focuses the heading, and never
 * moves a reader who has scrolled on before it loaded.
 */
export const landingScript = `(function(){var s=document.currentScript,d=document.documentElement,e=s&&document.getElementById(s.getAttribute("data-section")||""),h=document.querySelector(".site-header");if(!e)return;if(h)d.style.setProperty("--header-height",Math.round(h.getBoundingClientRect().height)+"px");e.scrollIntoView({block:"start"});d.setAttribute("data-landed",e.id)})();`;

export const landingScriptId = 'landing';

function checkedId(sectionId: string): string {
  if (!/^[a-z0-9-]+$/.test(sectionId)) throw new Error(`unexpected section id "${sectionId}"`);
  return sectionId;
}

/** The script element for a page that opens at `sectionId`, to follow the app's markup. */
export function landingScriptElement(sectionId: string): string {
  return `<script id="${landingScriptId}" data-section="${checkedId(sectionId)}">${landingScript}</script>`;
}

/**
 * For the page's <head>: Chromium holds the first paint until the landing script has been parsed
 * (and so has run), so even a slowly arriving page never paints the article's top first. Other
 * browsers ignore it and may, on a slow connection, paint the top a moment before the script.
 */
export const landingRenderBlock = `<link rel="expect" href="#${landingScriptId}" blocking="render">`;
