import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { firstView, pageFile, total } from '../support/built-site.ts';
import { noScriptTwin } from './floor.ts';
import { measureContentsClick } from './contents-click.ts';
import type { VariantResult } from './page-runs.ts';
import type { ScaleFigures } from './results.ts';
import { measureScroll } from './scroll-tasks.ts';
import { max, median } from './stats.ts';

// How the app scales with article length: the same figures for the real article and for the
// synthetic long one. First-view JS must stay flat (text is data, not code); HTML grows with text.

export interface ScaleTarget {
  siteDir: string;
  origin: string;
  path: string;
  lighthouse: VariantResult;
}

export async function scaleFigures(
  browser: Browser,
  target: ScaleTarget,
  clicks: number,
): Promise<ScaleFigures> {
  const view = firstView(target.siteDir, target.path);
  const html = readFileSync(path.join(target.siteDir, pageFile(target.path)), 'utf8');
  const url = new URL(target.path, target.origin).href;
  const clickSamples = (await measureContentsClick(browser, url, clicks)).map((s) => s.ms);
  const scroll = await measureScroll(browser, url);
  return {
    path: target.path,
    firstViewJsGzip: total(view.scripts, 'gzip'),
    htmlGzip: view.html.gzip,
    htmlRaw: Buffer.byteLength(html),
    noScriptHtmlRaw: Buffer.byteLength(noScriptTwin(html)),
    lighthouse: target.lighthouse,
    contentsClick: { median: median(clickSamples), max: max(clickSamples), samples: clickSamples },
    scroll: {
      steps: scroll.steps,
      pageHeight: scroll.pageHeight,
      longTasks: scroll.longTasks.length,
      longTaskMs: scroll.longTasks.reduce((sum, d) => sum + d, 0),
      maxLongTask: scroll.longTasks.length ? max(scroll.longTasks) : 0,
    },
  };
}
