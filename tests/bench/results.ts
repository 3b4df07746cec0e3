import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BudgetResult } from './budgets.ts';
import type { PageBytes } from './bytes.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { SiteBuildFigures } from './many-articles/site-scale.ts';
import type { PageResult, VariantResult } from './page-runs.ts';

// The figures of a run as JSON, with what is needed to compare runs across commits: the commit,
// the machine, and how busy it was (a loaded 2-core box moves Lighthouse's TBT a lot).

export const resultsDir = 'bench-results';

export interface MachineInfo {
  os: string;
  cpus: string;
  cpuCount: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  lighthouse: string;
  /** 1-minute load average at start and end: high values mean noisy figures. */
  loadAverage: { start: number; end: number };
}

export interface BenchResults {
  timestamp: string;
  commit: string;
  options: { runs: number; longRuns: number; quick: boolean };
  machine: MachineInfo;
  pages: PageResult[];
  /** Per page name: one app run's requests, summed by type. */
  bytes: Record<string, PageBytes>;
  diagnostics: Record<string, Diagnostics>;
  languageSwitch: {
    samples: { from: string; to: string; ms: number }[];
    median: number;
    max: number;
  };
  scale: {
    real: ScaleFigures;
    long: ScaleFigures;
  };
  /** The site built with many articles (tests/bench/many-articles): sizes, build times, a front. */
  siteScale: {
    builds: SiteBuildFigures[];
    secondsPerArticle: number[];
    front: PageResult;
  };
  budgets: BudgetResult[];
  durationsSeconds: Record<string, number>;
}

export interface ScaleFigures {
  path: string;
  firstViewJsGzip: number;
  htmlGzip: number;
  /** The page's HTML and its no-script twin (floor.ts `noScriptTwin`), raw bytes. */
  htmlRaw?: number;
  noScriptHtmlRaw?: number;
  lighthouse: VariantResult;
  contentsClick: { median: number; max: number; samples: number[] };
  scroll: {
    steps: number;
    pageHeight: number;
    longTasks: number;
    longTaskMs: number;
    maxLongTask: number;
  };
}

export function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(chromium: string, lighthouse: string, loadStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    lighthouse,
    loadAverage: { start: loadStart, end: os.loadavg()[0] ?? 0 },
  };
}

export function readPrevious(): BenchResults | undefined {
  const file = path.join(resultsDir, 'latest.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  } catch {
    console.warn(`${file} is not readable JSON; no comparison`);
    return undefined;
  }
}

/** Writes latest.json, <timestamp>.json and latest.md (the printed tables); returns the paths. */
export function writeResults(results: BenchResults, markdown: string): string[] {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = results.timestamp.replace(/:/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const files = [
    path.join(resultsDir, 'latest.json'),
    path.join(resultsDir, `${stamp}.json`),
    path.join(resultsDir, 'latest.md'),
  ];
  writeFileSync(files[0] as string, json);
  writeFileSync(files[1] as string, json);
  writeFileSync(files[2] as string, `${markdown}\n`);
  return files;
}

/** The full Lighthouse report of one app run per page, for digging into a figure. */
export function writeLhr(pageName: string, lhr: unknown): void {
  const dir = path.join(resultsDir, 'lhr');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${pageName.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
}
