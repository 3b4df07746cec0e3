// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noScriptTwin } from '../bench/floor';
import {
  firstView,
  staticImports,
  total,
  type FileSize,
  type FirstView,
} from '../support/built-site';

// Size budgets for the first view of the article, read from the built files (gzip level 9, as the
// server sends them). Runs after `npm run build`. A failure names every file and its size, so the
// one that grew is obvious without a bundle analyser.

const dist = path.resolve(__dirname, '../../dist');
const KiB = 1024;
const budgets = { script: 110 * KiB, style: 10 * KiB, html: 30 * KiB };

const slug = (lang: string) =>
  (
    JSON.parse(
      readFileSync(
        path.resolve(__dirname, `../../src/content/us-china-cyber/${lang}.json`),
        'utf8',
      ),
    ) as { slug: string }
  ).slug;
const articlePaths = (['de', 'en'] as const).map((lang) => `/${lang}/${slug(lang)}`);

const kib = (bytes: number) => `${(bytes / KiB).toFixed(2)} KiB`;

/** Passes, or fails with the breakdown: "a.js 100.00 KiB, b.js 12.00 KiB = 112.00 KiB > 110 KiB". */
function expectWithin(what: string, files: readonly FileSize[], budget: number): void {
  const sum = total(files, 'gzip');
  const detail = files.map((f) => `${f.file} ${kib(f.gzip)} gzip (${kib(f.raw)} raw)`).join(', ');
  const message = `${what}: ${detail} = ${kib(sum)} gzip, budget ${kib(budget)}`;
  expect(sum, message).toBeLessThanOrEqual(budget);
}

describe('the static-import scanner', () => {
  it('follows static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./chunk-a.js";import"./side.js";export*from\'../up.js\';' +
      'const l=()=>import(`./en-1.js`);import("./de-2.js");export{b};';
    expect(staticImports(code)).toEqual(['./chunk-a.js', './side.js', '../up.js']);
  });
});

describe.each(articlePaths)('first view of %s', (urlPath) => {
  let cached: FirstView | undefined;
  const view = () => {
    if (!existsSync(path.join(dist, 'index.html'))) {
      throw new Error('dist/ is missing: run `npm run build` before these tests');
    }
    return (cached ??= firstView(dist, urlPath));
  };

  it(`loads at most ${kib(budgets.script)} of JavaScript (gzip), lazy chunks aside`, () => {
    const { scripts } = view();
    expect(scripts.length, 'the page references no module script').toBeGreaterThan(0);
    expectWithin(`first-view JavaScript of ${urlPath}`, scripts, budgets.script);
  });

  it(`carries at most ${kib(budgets.style)} of CSS (gzip), linked or inline`, () => {
    expectWithin(`stylesheets of ${urlPath}`, view().styles, budgets.style);
  });

  it(`is at most ${kib(budgets.html)} of HTML (gzip)`, () => {
    expectWithin(`HTML of ${urlPath}`, [view().html], budgets.html);
  });
});

// The text travels once (issue 16): a page's HTML is its no-script twin (floor.ts `noScriptTwin`:
// no scripts, no page data) plus the boot script, the preload links and the ids of its editions,
// so it stays within 5 % of the twin. A section page also carries the landing script (about
// 0.5 KiB) and the not-found and start pages have little text to weigh the boot script (about
// 1.4 KiB) against: for those, the fixed scripts are what may exceed the twin, never text.
describe('HTML against its no-script twin', () => {
  const pages = [
    ...articlePaths.map((urlPath) => ({ file: `${urlPath.slice(1)}/index.html`, ratio: 1.05 })),
    ...['index.html', '404.html', '404.en.html'].map((file) => ({ file, ratio: undefined })),
  ];
  const fixedScripts = 2.5 * KiB;

  it.each(pages)('$file is its no-script twin plus little more', ({ file, ratio }) => {
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const html = readFileSync(full, 'utf8');
    const [bytes, twin] = [Buffer.byteLength(html), Buffer.byteLength(noScriptTwin(html))];
    const message = `${file}: ${bytes} B, no-script twin ${twin} B (${((bytes / twin - 1) * 100).toFixed(1)} % more)`;
    if (ratio !== undefined) expect(bytes, message).toBeLessThanOrEqual(twin * ratio);
    expect(bytes - twin, message).toBeLessThanOrEqual(fixedScripts);
  });

  it('holds every section page to the fixed scripts too', () => {
    for (const urlPath of articlePaths) {
      const dir = path.join(dist, urlPath.slice(1));
      for (const section of readdirSync(dir, { withFileTypes: true })) {
        if (!section.isDirectory()) continue;
        const html = readFileSync(path.join(dir, section.name, 'index.html'), 'utf8');
        const extra = Buffer.byteLength(html) - Buffer.byteLength(noScriptTwin(html));
        expect(extra, `${urlPath}/${section.name}`).toBeLessThanOrEqual(fixedScripts);
      }
    }
  });
});
