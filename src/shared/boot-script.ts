import { themes, textSizes, storageKeys } from './display-preferences';

/**
 * Runs inline in <head>, before the first paint, so a stored theme or text size never flashes in
 * after the page has shown. Like the landing script (landing-script.ts), the only other inline
 * script, the Content-Security-Policy allows it by its SHA-256 hash (see
 * src/server/security-headers.ts), not by 'unsafe-inline'.
 *
 * Then it loads the app named by <meta name="app-entry"> (see src/site-generator/defer-app-script.ts), but
 * only once the page has painted its first text, fired `load`, and decoded the first view's image
 * (the one with fetchpriority="high"), and a frame has been drawn since. No single signal is
 * enough: headless Chromium often fires `load` before it first paints, and the image may paint a
 * frame or two after `load`. A script request made before then shares the network and the main
 * thread with the first view (Lighthouse's simulation counts it on the path to LCP); made after,
 * it costs the reader nothing they can see. Browsers without paint timing wait for `load`; and
 * should the paint never be reported or the image never decode, the app starts anyway, a few
 * seconds after `load`.
 */
/** How long after `load` the app starts even if a paint or decode it waits for never comes. */
export const bootFallbackMs = 3000;
export const bootScript = `(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem(${JSON.stringify(
  storageKeys.theme,
)}),z=s.getItem(${JSON.stringify(storageKeys.textSize)});if(${JSON.stringify(
  themes,
)}.indexOf(t)>0)d.setAttribute("data-theme",t);if(${JSON.stringify(
  textSizes,
)}.indexOf(z)>=0&&z!=="m")d.setAttribute("data-text-size",z)}catch(e){}var painted=1,loaded=0,waiting=0;function later(f){setTimeout(f,${bootFallbackMs})}function start(){var m=document.querySelector('meta[name="app-entry"]');if(m){var s=document.createElement("script");s.type="module";s.src=m.getAttribute("content");document.head.appendChild(s)}}function go(){if(waiting||!painted||!loaded)return;waiting=1;var i=document.querySelectorAll('img[fetchpriority="high"]'),w=[],k;for(k=0;k<i.length;k++)if(i[k].decode)w.push(i[k].decode().catch(function(){}));Promise.race([Promise.all(w),new Promise(later)]).then(function(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0)})})})}try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){painted=0;var o=new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();painted=1;go()}});o.observe({type:"paint",buffered:true})}}catch(e){painted=1}addEventListener("load",function(){loaded=1;go();later(function(){painted=1;go()})})})();`;
