// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
