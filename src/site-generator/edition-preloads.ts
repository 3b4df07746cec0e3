// A page's own edition reaches the app as the same lazy chunks the other language comes from
// (src/app/data/site-data.ts, src/i18n/resources.ts), not as a second copy of the text in the HTML.
// So that hydration does not wait for a request the app makes only once it runs, the page's head
// preloads exactly those chunks, named by Vite's client manifest (`build.manifest`,
// https://vite.dev/guide/backend-integration): the fetch starts with the HTML.

/** One chunk of Vite's `.vite/manifest.json`, keyed by its source path relative to the root. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

export type ViteManifest = Record<string, ManifestChunk>;

export const viteManifestFile = '.vite/manifest.json';

/**
 * The built files (relative to the site root) a page's data chunks are, with the chunks they
 * import in turn; never the entry, which the boot script loads after the first paint on purpose.
 * Throws if the manifest does not know a source: a page must never name a chunk that is not there.
 */
export function editionChunkFiles(
  manifest: ViteManifest,
  /** The source modules the page's first view loads its data from (the server's `pageSources`). */
  sources: readonly string[],
): string[] {
  const files = new Set<string>();
  const visit = (key: string, from: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite's manifest has no chunk for ${key} (needed by ${from})`);
    if (chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const source of sources) visit(source, 'the page');
  return [...files];
}

/**
 * Where each of a page's data chunks is (`/assets/…`), keyed as the site index keys them
 * (src/content/module-ids.ts): the page data carries this, so the app loads the page's own
 * chunks without the index of every article.
 */
export function pageChunkUrls(
  manifest: ViteManifest,
  /** Module id (as Vite's manifest keys it) by key, the server bundle's `pageChunkModules`. */
  modules: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(modules).map(([key, id]) => {
      const chunk = manifest[id];
      if (!chunk) throw new Error(`Vite's manifest has no chunk for ${id} (needed by the page)`);
      return [key, `/${chunk.file}`];
    }),
  );
}

/**
 * The `<template>` holding a page's data preloads until the app starts. inline-scripts/boot.ts
 * spells it out rather than import it: every byte of that script is in every page.
 */
export const appPreloadsId = 'app-preloads';

/**
 * `<link rel="modulepreload">` per file (https://html.spec.whatwg.org/multipage/links.html#link-type-modulepreload):
 * fetched and parsed as the module the app's `import()` then finds in the module map. These bytes
 * are the page's text, not the app's code, and the budgets count them so (tests/support/built-site).
 *
 * They wait in a `<template>` (whose content the parser neither fetches nor runs) until the boot
 * script starts the app after the first view has painted, and then go out beside the app's entry:
 * a request made before the first paint shares the network and the main thread with the first
 * view, and Lighthouse's simulation counts it on the path to FCP and LCP (it did: 1.3–1.5× the
 * no-script floor's LCP with the links in the head).
 */
export function editionPreloadLinks(files: readonly string[]): string {
  if (files.length === 0) return '';
  const links = files.map((file) => `<link rel="modulepreload" href="/${file}">`);
  return `<template id="${appPreloadsId}">${links.join('')}</template>`;
}
