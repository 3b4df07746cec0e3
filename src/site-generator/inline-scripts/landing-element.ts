import { landingSectionAttribute } from './landing';

export const landingScriptId = 'landing';

function checkedId(sectionId: string): string {
  if (!/^[a-z0-9-]+$/.test(sectionId)) throw new Error(`unexpected section id "${sectionId}"`);
  return sectionId;
}

/** The element for a page that opens at `sectionId`, to follow the app's markup. */
export function landingScriptElement(landingScript: string, sectionId: string): string {
  return `<script id="${landingScriptId}" ${landingSectionAttribute}="${checkedId(sectionId)}">${landingScript}</script>`;
}

/**
 * For the page's <head>: Chromium holds the first paint until the landing script has been parsed
 * (and so has run), so even a slowly arriving page never paints the article's top first. Other
 * browsers ignore it and may, on a slow connection, paint the top a moment before the script.
 */
export const landingRenderBlock = `<link rel="expect" href="#${landingScriptId}" blocking="render">`;
