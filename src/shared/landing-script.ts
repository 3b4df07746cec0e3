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
 * heading, and never moves a reader who has scrolled on before it loaded.
 *
 * It also focuses the section's heading (`<id>-title`, as the app's jump does), without scrolling,
 * so keyboard and screen-reader users start there however late the app arrives. Measured in
 * Firefox ESR 153: it reports no `first-contentful-paint` for a page scrolled before its first
 * paint, so the boot script starts the app only at its fallback, about 3 s after `load`, and a
 * deep link's heading was focused only then; focus() here, during parsing, is honoured at once.
 */
export const landingScript = `(function(){var s=document.currentScript,d=document.documentElement,e=s&&document.getElementById(s.getAttribute("data-section")||""),h=document.querySelector(".site-header"),f;if(!e)return;if(h)d.style.setProperty("--header-height",Math.round(h.getBoundingClientRect().height)+"px");e.scrollIntoView({block:"start"});f=document.getElementById(e.id+"-title");if(f)f.focus({preventScroll:true});d.setAttribute("data-landed",e.id)})();`;

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
