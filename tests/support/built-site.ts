import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { brotliParams } from '../../src/server/precompress';
import { appPreloadsId } from '../../src/site-generator/edition-preloads';

// Reads a built site (dist/ or a benchmark copy) the way a first visit loads it: the page's HTML,
// the scripts it references plus everything they import statically, and its stylesheets.
// Shared by the size budgets (tests/build) and the benchmark (tests/bench).

export interface FileSize {
  /** Relative to the site's root folder, e.g. `assets/index-abc.js`. */
  file: string;
  raw: number;
  gzip: number;
  /** Only when asked for: maximum-quality brotli takes seconds for a large chunk. */
  brotli?: number;
}

/** The HTML file a URL path is served from: `/de/x` → `de/x/index.html`. */
export function pageFile(urlPath: string): string {
  const clean = urlPath.replace(/^\/+|\/+$/g, '');
  return clean === '' ? 'index.html' : `${clean}/index.html`;
}

// Same settings as the build's precompressed files (src/server/precompress.ts), which the server
// sends, so sizes match what is sent.
export const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;
export const brotliSize = (body: Buffer) =>
  brotliCompressSync(body, { params: brotliParams(body.length) }).length;

export interface SizeOptions {
  brotli?: boolean;
}

export function sizeOf(siteDir: string, file: string, options: SizeOptions = {}): FileSize {
  const full = path.join(siteDir, file);
  if (!existsSync(full)) throw new Error(`${file} is missing from ${siteDir}`);
  const body = readFileSync(full);
  const size: FileSize = { file, raw: body.length, gzip: gzipSize(body) };
  return options.brotli ? { ...size, brotli: brotliSize(body) } : size;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** Site-relative files of the tags matching `keep`, in document order. */
function referenced(html: string, tagName: string, keep: (tag: string) => string | undefined) {
  const tags = html.match(new RegExp(`<${tagName}\\b[^>]*>`, 'gi')) ?? [];
  return tags.flatMap((tag) => {
    const url = keep(tag);
    return url === undefined || /^[a-z]+:|^\/\//i.test(url) ? [] : [url.replace(/^\/+/, '')];
  });
}

// A site-relative JavaScript file, e.g. `/assets/index-abc.js` (not `https://…`, not `x.js?v=1`).
const localScript = /^\/?(?![a-z]+:|\/)[^\s?#"']+\.m?js$/i;

/**
 * Every JavaScript file the HTML names: module and classic script `src`, `modulepreload`, and any
 * other attribute holding a script URL, such as a `<meta content>` that a boot script follows to
 * load the app after the first paint. Whatever the mechanism, those files are the first view's.
 */
export function referencedScripts(html: string): string[] {
  // The page's data chunks (held in the app-preloads template, src/site-generator/edition-preloads.ts)
  // are its text, which the HTML budget and `editionChunks` count: the first view's code is the rest.
  const tags = html.replace(appPreloads, '').match(/<[a-z][^>]*>/gi) ?? [];
  const urls = tags.flatMap((tag) =>
    ['src', 'href', 'content'].flatMap((name) => {
      const value = attribute(tag, name);
      return value !== undefined && localScript.test(value) ? [value.replace(/^\/+/, '')] : [];
    }),
  );
  return [...new Set(urls)];
}

/** The template that holds a page's data preloads until the boot script starts the app. */
const appPreloads = new RegExp(`<template id="${appPreloadsId}">([\\s\\S]*?)</template>`, 'i');

/** The chunks a page preloads as its own data: its UI strings, articles, front page's cards. */
export function editionChunks(html: string): string[] {
  return referenced(appPreloads.exec(html)?.[1] ?? '', 'link', (tag) => attribute(tag, 'href'));
}

/** Every stylesheet link, including one inside <noscript> (conservative for a budget). */
export function stylesheets(html: string): string[] {
  return referenced(html, 'link', (tag) =>
    attribute(tag, 'rel')?.split(/\s+/).includes('stylesheet') ? attribute(tag, 'href') : undefined,
  );
}

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`: never `import("./x.js")`,
// whose chunk loads lazily (the other language, for instance) and is not part of the first view.
const staticImport =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.m?js)\1/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(staticImport)].map((match) => match[2] as string);
}

/** The entry files and everything they import statically, each once (site-relative). */
export function staticClosure(siteDir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(siteDir, file), 'utf8');
    for (const specifier of staticImports(code)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export interface FirstView {
  html: FileSize;
  scripts: FileSize[];
  styles: FileSize[];
}

/** What a first view of `urlPath` loads from the built site in `siteDir` (images aside). */
export function firstView(siteDir: string, urlPath: string, options: SizeOptions = {}): FirstView {
  const htmlFile = pageFile(urlPath);
  const size = (file: string) => sizeOf(siteDir, file, options);
  const text = readFileSync(path.join(siteDir, htmlFile), 'utf8');
  return {
    html: size(htmlFile),
    scripts: staticClosure(siteDir, referencedScripts(text)).map(size),
    styles: [...stylesheets(text).map(size), ...inlineStyles(htmlFile, text, options)],
  };
}

/** Each `<style>` element of a page (the build inlines the app's stylesheet), sized alone. */
export function inlineStyles(
  htmlFile: string,
  html: string,
  options: SizeOptions = {},
): FileSize[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match, index) => {
    const body = Buffer.from(match[1] ?? '');
    const size: FileSize = {
      file: `${htmlFile} <style> #${index + 1}`,
      raw: body.length,
      gzip: gzipSize(body),
    };
    return options.brotli ? { ...size, brotli: brotliSize(body) } : size;
  });
}

export const total = (files: readonly FileSize[], key: 'raw' | 'gzip' | 'brotli') =>
  files.reduce((sum, file) => sum + (file[key] ?? 0), 0);

/** `{url:"/de/x",revision:"…"}` entries of a built site's minified precache manifest (sw.js). */
export function precachedUrls(siteDir: string): string[] {
  const file = path.join(siteDir, 'sw.js');
  if (!existsSync(file)) throw new Error(`sw.js is missing from ${siteDir}: build the site first`);
  const code = readFileSync(file, 'utf8');
  const urls = [...code.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)];
  return urls.map((match) => match[1] as string);
}

/** The built file the server answers a precached URL with. */
export function precachedFile(siteDir: string, url: string): string {
  const relative = url.replace(/^\//, '');
  if (relative === '') return 'index.html';
  const full = path.join(siteDir, relative);
  return existsSync(full) && statSync(full).isFile() ? relative : `${relative}/index.html`;
}

/**
 * What a reader's browser downloads in the background after the first visit: every precached
 * file, gzip for text (as the server sends it), images and icons as they are.
 */
export function precacheDownload(siteDir: string): { files: number; bytes: number } {
  const sizes = precachedUrls(siteDir).map((url) => {
    const body = readFileSync(path.join(siteDir, precachedFile(siteDir, url)));
    return /\.(png|avif|webp)$/.test(url) ? body.length : gzipSize(body);
  });
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
