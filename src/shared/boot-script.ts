import { themes, textSizes, storageKeys } from './display-preferences';

/**
 * Runs inline in <head>, before the first paint, so a stored theme or text size never flashes in
 * after the page has shown. Then, once the first contentful paint is reported (or at the load
 * event, whichever comes first), it loads the app named by <meta name="app-entry"> (see
 * src/build/defer-app-script.ts), so no script request competes with the first view. It is the only inline script: the Content-Security-Policy allows it by its
 * SHA-256 hash (see src/server/security-headers.ts), not by 'unsafe-inline'.
 */
export const bootScript = `(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem(${JSON.stringify(
  storageKeys.theme,
)}),z=s.getItem(${JSON.stringify(storageKeys.textSize)});if(${JSON.stringify(
  themes,
)}.indexOf(t)>0)d.setAttribute("data-theme",t);if(${JSON.stringify(
  textSizes,
)}.indexOf(z)>=0&&z!=="m")d.setAttribute("data-text-size",z)}catch(e){}var done=0;function go(){if(done)return;done=1;var m=document.querySelector('meta[name="app-entry"]');if(m){var s=document.createElement("script");s.type="module";s.src=m.getAttribute("content");document.head.appendChild(s)}}try{var o=new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}});o.observe({type:"paint",buffered:true})}catch(e){}addEventListener("load",function(){setTimeout(go,0)})})();`;
