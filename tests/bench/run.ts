import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startReaderServer } from '../../src/server/server.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, freePort } from './build-site.ts';
import { evaluateBudgets } from './budgets.ts';
import { firstViewBytes } from './bytes.ts';
import { installSignalHandlers, onInterrupt } from './cleanup.ts';
import { renderComparison } from './compare.ts';
import { diagnostics } from './diagnostics.ts';
import { makeFloor } from './floor.ts';
import { measureLanguageSwitch } from './language-switch.ts';
import { killAllChromes, launchChrome, type LighthouseRun } from './lighthouse.ts';
import { buildLongSite } from './long-article/build-long.ts';
import { siteScaleBudgets, type UnknownPage } from './many-articles/budgets.ts';
import { editionCounts } from './many-articles/fixture.ts';
import { measureSiteScale, secondsPerArticle } from './many-articles/site-scale.ts';
import { parseOptions } from './options.ts';
import { runApp, runPages, type BenchPage } from './page-runs.ts';
import { renderReport } from './report.ts';
import {
  gitCommit,
  machineInfo,
  readPrevious,
  writeLhr,
  writeResults,
  type BenchResults,
} from './results.ts';
import { scaleFigures } from './scale.ts';
import { max, median } from './stats.ts';
import { benchPages, dirs, longPath, manyDir } from './targets.ts';

// `npm run bench`: builds the site (and a long-article variant) outside dist/, serves it and its
// no-script floor on loopback, measures, reports. Exit 0 unless --check and a budget fails.

installSignalHandlers();
process.chdir(path.resolve(import.meta.dirname, '../..'));
const options = parseOptions(process.argv.slice(2), process.env);
const started = Date.now();
const loadStart = os.loadavg()[0] ?? 0;
const durations: Record<string, number> = {};
let phaseStart = started;
function phase(name: string): void {
  durations[name] = Math.round((Date.now() - phaseStart) / 100) / 10;
  console.log(`  ${name}: ${durations[name]} s`);
  phaseStart = Date.now();
}

const { deArticle, pages } = benchPages();

const servers: Server[] = [];
let browser: Browser | undefined;
onInterrupt(killAllChromes);

async function serve(dir: string, port: number): Promise<string> {
  const { server, url } = await startReaderServer({ dir, host: '127.0.0.1', port });
  servers.push(server);
  return url;
}

async function main(): Promise<boolean> {
  console.log(`bench: ${options.runs} Lighthouse runs per page and variant`);
  // Lighthouse multiplies observed main-thread time by 4 (simulated mobile CPU): on a machine busy
  // with other work, TBT and FCP swing widely. Say so up front rather than let figures mislead.
  if (loadStart > os.cpus().length) {
    console.warn(
      `  warning: load average ${loadStart.toFixed(1)} on ${os.cpus().length} CPUs: expect noisy figures`,
    );
  }
  const [appPort, longPort] = [await freePort(), await freePort()];
  await buildSite({ outDir: dirs.site, origin: `http://127.0.0.1:${appPort}` });
  phase('build');
  await buildLongSite(dirs.long, `http://127.0.0.1:${longPort}`);
  phase('build long article');
  const many = await measureSiteScale(options.articleCounts, deArticle.path, manyDir, (text) =>
    console.log(`  build ${text}`),
  );
  phase('build many articles');
  await makeFloor(dirs.site, dirs.floor);
  const origins = { app: await serve(dirs.site, appPort), floor: await serve(dirs.floor, 0) };
  const longOrigin = await serve(dirs.long, longPort);
  await makeFloor(many.largest.dir, `${many.largest.dir}-floor`);
  const manyOrigins = {
    app: await serve(many.largest.dir, many.largest.port),
    floor: await serve(`${many.largest.dir}-floor`, 0),
  };
  // One past the last page, and page 1 by number (its address is /de): both must be 404.
  const largestBuild = many.builds.at(-1);
  const unknownPages: UnknownPage[] = [];
  for (const path of [`/de/seite/${(largestBuild?.frontPages.de ?? 1) + 1}`, '/de/seite/1']) {
    const response = await fetch(new URL(path, manyOrigins.app), { redirect: 'manual' });
    unknownPages.push({ path, status: response.status });
  }

  const chrome = await launchChrome(options.chromePath);
  const firstRuns = new Map<BenchPage, LighthouseRun>();
  const pageResults = await runPages(
    pages,
    origins,
    chrome.port,
    options.runs,
    (page, run) => firstRuns.set(page, run),
    (text) => console.log(`  lighthouse ${text}`),
  );
  phase('lighthouse');
  const [front] = await runPages(
    [{ name: `de front, ${largestBuild?.articles ?? 0} articles`, path: '/de', kind: 'front' }],
    manyOrigins,
    chrome.port,
    options.runs,
    () => undefined,
    (text) => console.log(`  lighthouse ${text}`),
  );
  if (!front) throw new Error('no Lighthouse result for the front page');
  phase('lighthouse front, many articles');
  const longUrl = new URL(longPath, longOrigin).href;
  const longLighthouse = await runApp(longUrl, chrome.port, options.longRuns);
  chrome.kill();
  phase('lighthouse long article');

  browser = await launchBrowser(options.chromePath);
  const deUrl = new URL(deArticle.path, origins.app).href;
  const switches = await measureLanguageSwitch(browser, deUrl, options.switches);
  const switchMs = switches.map((s) => s.ms);
  phase('language switch');
  const realLighthouse = pageResults[0]?.app ?? longLighthouse;
  const real = await scaleFigures(
    browser,
    { siteDir: dirs.site, origin: origins.app, path: deArticle.path, lighthouse: realLighthouse },
    options.clicks,
  );
  phase('contents click and scroll, real article');
  const long = await scaleFigures(
    browser,
    { siteDir: dirs.long, origin: longOrigin, path: longPath, lighthouse: longLighthouse },
    options.clicks,
  );
  phase('contents click and scroll, long article');

  const kept = [...firstRuns];
  kept.forEach(([page, run]) => writeLhr(page.name, run.lhr));
  const appOrigin = origins.app.replace(/\/$/, '');
  const byPage = <T>(value: (page: BenchPage, run: LighthouseRun) => T) =>
    Object.fromEntries(kept.map(([page, run]) => [page.name, value(page, run)]));
  const lhr = kept[0]?.[1].lhr;
  const results: BenchResults = {
    timestamp: new Date().toISOString(),
    commit: gitCommit(),
    options: { runs: options.runs, longRuns: options.longRuns, quick: options.quick },
    machine: machineInfo(browser.version(), lhr?.lighthouseVersion ?? '?', loadStart),
    pages: pageResults,
    bytes: byPage((page, run) => firstViewBytes(dirs.site, appOrigin, page.path, run.requests)),
    diagnostics: byPage((_, run) => diagnostics(run.lhr)),
    languageSwitch: { samples: switches, median: median(switchMs), max: max(switchMs) },
    scale: { real, long },
    siteScale: { builds: many.builds, secondsPerArticle: secondsPerArticle(many.builds), front },
    budgets: [
      ...evaluateBudgets(
        [...pageResults, front],
        median(switchMs),
        {
          real: real.firstViewJsGzip,
          long: long.firstViewJsGzip,
        },
        long.htmlRaw !== undefined && long.noScriptHtmlRaw !== undefined
          ? { html: long.htmlRaw, noScript: long.noScriptHtmlRaw }
          : undefined,
      ),
      ...siteScaleBudgets(many.builds, editionCounts, unknownPages),
    ],
    durationsSeconds: { ...durations, total: Math.round((Date.now() - started) / 1000) },
  };
  const report = renderReport(results);
  console.log(`\n${report}\n`);
  const previous = readPrevious();
  if (previous) console.log(`${renderComparison(previous, results)}\n`);
  const files = writeResults(results, report);
  console.log(`wrote ${files.join(', ')}; ${results.durationsSeconds.total} s in all`);
  return results.budgets.every((b) => b.pass);
}

main()
  .then((allPass) => {
    if (!allPass)
      console.log(
        `some budgets FAIL${options.check ? '' : ' (reported only; --check fails the run)'}`,
      );
    process.exitCode = options.check && !allPass ? 1 : 0;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  })
  .finally(async () => {
    await browser?.close().catch(() => undefined);
    killAllChromes();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });
