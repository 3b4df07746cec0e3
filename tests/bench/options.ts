// Command line and environment of `npm run bench`. Kept apart from the runner so the numbers that
// shape a run (how many Lighthouse runs, which browser) are in one place.

import { chromiumArgs, findChromium } from '../e2e/support/find-chromium.ts';

export interface BenchOptions {
  /** Lighthouse runs per page and variant (app, floor). */
  runs: number;
  /** Lighthouse runs of the long article (app only): a trend only, and each run costs two or
   * three of the others (axe and the trace over 400 paragraphs). */
  longRuns: number;
  /** Language switches measured (alternating both ways). */
  switches: number;
  /** Contents clicks measured per article. */
  clicks: number;
  /** Sizes of the many-articles builds, ascending (the real article plus synthetic ones). */
  articleCounts: number[];
  quick: boolean;
  /** Exit 1 when a budget fails; without it the benchmark only reports. */
  check: boolean;
  chromePath: string;
}

// The same flags as the end-to-end tests; --headless=new is added for chrome-launcher only, since
// Playwright manages headless mode itself.
export const chromeFlags = chromiumArgs;

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const known = new Set(['--quick', '--check']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) {
    throw new Error(`unknown argument(s) ${unknown.join(' ')}; use --quick and/or --check`);
  }
  const quick = argv.includes('--quick');
  const runs = env.BENCH_RUNS ? positiveInteger('BENCH_RUNS', env.BENCH_RUNS) : quick ? 3 : 5;
  return {
    runs,
    longRuns: quick ? 1 : Math.min(runs, 2),
    switches: quick ? 10 : 12,
    clicks: quick ? 3 : 5,
    // Each build of 200 takes minutes; --quick keeps the ends, enough for the flat-size budgets.
    articleCounts: quick ? [1, 200] : [1, 50, 100, 200],
    quick,
    check: argv.includes('--check'),
    // The same lookup as the end-to-end tests, with the same message when there is no browser.
    chromePath: findChromium({ env }),
  };
}
