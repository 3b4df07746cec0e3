import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromeFlags } from './options.ts';

// Lighthouse with its default config: the mobile preset, simulated throttling. Only audits that
// weigh nothing in any score and cost seconds per run (screenshots, the back/forward-cache probe,
// which navigates away and back) are skipped, so scores equal those of a full run.

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const metricAudits = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;
export type Category = (typeof categories)[number];
export type Metric = keyof typeof metricAudits;

export interface NetworkRequest {
  url: string;
  resourceType: string;
  resourceSize: number;
  transferSize: number;
}

export interface LighthouseRun {
  scores: Record<Category, number>;
  /** Milliseconds (CLS: unitless). */
  metrics: Record<Metric, number>;
  requests: NetworkRequest[];
  benchmarkIndex: number;
  lhr: Result;
}

const flags: Flags = {
  logLevel: 'error',
  output: 'json',
  onlyCategories: [...categories],
  disableFullPageScreenshot: true,
  skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'],
};

/** One Chrome for all runs: Lighthouse clears cache and storage before each navigation. */
export async function launchChrome(chromePath: string): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeFlags],
    // The runner's own handler kills Chrome (and removes the fixture) on Ctrl+C.
    handleSIGINT: false,
    logLevel: 'silent',
  });
}

export const killAllChromes = () => chromeLauncher.killAll();

function numeric(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no value for ${id}`);
  return value;
}

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { ...flags, port });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((id) => {
      const score = lhr.categories[id]?.score;
      if (typeof score !== 'number') throw new Error(`${url}: no ${id} score`);
      return [id, score];
    }),
  ) as Record<Category, number>;
  const metrics = Object.fromEntries(
    Object.entries(metricAudits).map(([key, id]) => [key, numeric(lhr, id)]),
  ) as Record<Metric, number>;
  const details = lhr.audits['network-requests']?.details as
    { items?: Partial<NetworkRequest>[] } | undefined;
  const requests = (details?.items ?? []).map((item) => ({
    url: String(item.url),
    resourceType: String(item.resourceType ?? 'Other'),
    resourceSize: item.resourceSize ?? 0,
    transferSize: item.transferSize ?? 0,
  }));
  return { scores, metrics, requests, benchmarkIndex: lhr.environment.benchmarkIndex, lhr };
}

/**
 * Retries a run Lighthouse itself reports as broken (NO_NAVSTART, NO_FCP, protocol timeouts):
 * on a busy machine the trace occasionally misses an event, which says nothing about the page.
 */
export async function runLighthouse(
  url: string,
  port: number,
  attempts = 3,
): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, port);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`  retrying: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
