import { themes, textSizes, storageKeys } from './display-preferences';

/**
 * Runs inline in <head>, before the first paint, so a stored theme or text size never flashes in
 * after the page has shown. Then, once the first frame is painted, it loads the app named by
 * <meta name="app-entry"> (see src/build/defer-app-script.ts), so no script request competes with
 * the first view. It is the only inline script: the Content-Security-Policy allows it by its
 * SHA-256 hash (see src/server/security-headers.ts), not by 'unsafe-inline'.
 */
export const bootScript = `(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem(${JSON.stringify(
  storageKeys.theme,
)}),z=s.getItem(${JSON.stringify(storageKeys.textSize)});if(${JSON.stringify(
  themes,
)}.indexOf(t)>0)d.setAttribute("data-theme",t);if(${JSON.stringify(
  textSizes,
)}.indexOf(z)>=0&&z!=="m")d.setAttribute("data-text-size",z)}catch(e){}requestAnimationFrame(function(){setTimeout(function(){var m=document.querySelector('meta[name="app-entry"]');if(m){var s=document.createElement("script");s.type="module";s.src=m.getAttribute("content");document.head.appendChild(s)}},0)})})();`;
