import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { precompressFile } from '../../src/server/precompress';

// The "floor": the same prerendered site with its executable JavaScript taken out. Whatever the
// app costs beyond this floor (LCP, TBT, bytes) is the price of hydration. Removed: module
// scripts, modulepreloads, and classic scripts too, since the app may boot from a small inline
// script that injects the module after the first paint (stripping only type="module" would then
// leave the app running). JSON data scripts (application/json, application/ld+json) stay: they
// are data, never executed.

const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script\s*>\s*/gi;
const modulePreload = /<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>\s*/gi;
// What is left of a template that held only modulepreloads (the app's data preloads, which the
// boot script starts with the app): inert, and nothing a reader without scripts is sent.
const emptyTemplate = /<template\b[^>]*>\s*<\/template\s*>\s*/gi;

/** No type, or a JavaScript type: what the browser executes (per the HTML standard). */
function isExecutable(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'module' || /javascript|ecmascript|jscript/.test(type);
}

export function stripScripts(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html
    .replace(scriptElement, (element, attributes: string) => {
      if (!isExecutable(attributes)) return element;
      removed += 1;
      return '';
    })
    .replace(modulePreload, () => {
      removed += 1;
      return '';
    })
    .replace(emptyTemplate, '');
  return { html: stripped, removed };
}

const pageData = /<script\b[^>]*\bid\s*=\s*["']?reader-data["']?[^>]*>[\s\S]*?<\/script\s*>\s*/gi;

/**
 * What a reader without JavaScript is sent: the page without its scripts and without the app's
 * page data (structured data for crawlers stays). "The text travels once" holds a page's HTML to
 * within 5 % of this (tests/build/budgets.test.ts, the benchmark's long article).
 */
export function noScriptTwin(html: string): string {
  return stripScripts(html).html.replace(pageData, '');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Copies `siteDir` to `floorDir` and strips every HTML file; returns how many tags went. */
export async function makeFloor(siteDir: string, floorDir: string): Promise<number> {
  await rm(floorDir, { recursive: true, force: true });
  await cp(siteDir, floorDir, { recursive: true });
  let total = 0;
  for (const file of await htmlFiles(floorDir)) {
    const { html, removed } = stripScripts(await readFile(file, 'utf8'));
    total += removed;
    await writeFile(file, html);
    // The copied brotli/gzip siblings are the app's page: the floor's must be compressed alike.
    await precompressFile(file);
  }
  if (total === 0) throw new Error(`no executable script found in ${siteDir}: is it a build?`);
  return total;
}
