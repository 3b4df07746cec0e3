const moduleScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const modulePreloads = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

/**
 * Replaces the client build's module script with a pointer the boot script follows after the
 * first paint. Under a slow network any request that starts before the first paint lands on the
 * largest paint's path; the prerendered page is complete without the app, which only hydrates it.
 */
export function deferAppScript(template: string): string {
  const match = moduleScript.exec(template);
  if (!match) throw new Error('index.html (built) has no module script to defer');
  return (
    template
      .replace(moduleScript, () => `<meta name="app-entry" content="${match[1]}">`)
      // Preloads of the entry's imports would start those requests before the first paint too;
      // the entry imports them itself once it runs.
      .replace(modulePreloads, '')
  );
}
