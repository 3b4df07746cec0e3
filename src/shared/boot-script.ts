import { themes, textSizes, storageKeys } from './display-preferences';

/**
 * Runs inline in <head>, before the first paint, so a stored theme or text size never flashes in
 * after the page has shown. It is the only inline script: the Content-Security-Policy allows it by
 * its SHA-256 hash (see src/server/security-headers.ts), not by 'unsafe-inline'.
 */
export const bootScript = `(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem(${JSON.stringify(
  storageKeys.theme,
)}),z=s.getItem(${JSON.stringify(storageKeys.textSize)});if(${JSON.stringify(
  themes,
)}.indexOf(t)>0)d.setAttribute("data-theme",t);if(${JSON.stringify(
  textSizes,
)}.indexOf(z)>=0&&z!=="m")d.setAttribute("data-text-size",z)}catch(e){}})();`;
