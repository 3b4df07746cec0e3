import {
  categories,
  metricAudits,
  runLighthouse,
  type Category,
  type LighthouseRun,
  type Metric,
} from './lighthouse.ts';
import { medians, ratio } from './stats.ts';

// Lighthouse runs of each page on the app and on its floor, alternated (app, floor, app, …) so a
// slow spell of the machine hits both alike rather than one variant's whole series.

export interface BenchPage {
  name: string;
  path: string;
  /** Article and front pages carry the score budgets; sections only the metric ones. */
  kind: 'article' | 'section' | 'front';
}

export type Figures = Record<Category | Metric, number>;

export interface VariantResult {
  runs: Figures[];
  median: Figures;
  benchmarkIndex: number[];
}

export interface PageResult extends BenchPage {
  app: VariantResult;
  floor: VariantResult;
  /** app median / floor median, per figure. */
  ratio: Figures;
}

const figures = (run: LighthouseRun): Figures => ({ ...run.scores, ...run.metrics });

function summarise(runs: LighthouseRun[]): VariantResult {
  const all = runs.map(figures);
  return { runs: all, median: medians(all), benchmarkIndex: runs.map((r) => r.benchmarkIndex) };
}

export const figureKeys = [...categories, ...(Object.keys(metricAudits) as Metric[])];

export interface Origins {
  app: string;
  floor: string;
}

/** Runs every page; `keep` receives each page's first app run (for its bytes and diagnostics). */
export async function runPages(
  pages: readonly BenchPage[],
  origins: Origins,
  port: number,
  runs: number,
  keep: (page: BenchPage, run: LighthouseRun) => void,
  progress: (text: string) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of pages) {
    const app: LighthouseRun[] = [];
    const floor: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      app.push(await runLighthouse(new URL(page.path, origins.app).href, port));
      if (i === 0) keep(page, app[0] as LighthouseRun);
      floor.push(await runLighthouse(new URL(page.path, origins.floor).href, port));
      progress(`${page.name}: ${i + 1}/${runs}`);
    }
    const appResult = summarise(app);
    const floorResult = summarise(floor);
    const ratios = Object.fromEntries(
      figureKeys.map((key) => [key, ratio(appResult.median[key], floorResult.median[key])]),
    ) as Figures;
    results.push({ ...page, app: appResult, floor: floorResult, ratio: ratios });
  }
  return results;
}

/** App-only runs (the long article needs no floor: it is compared with the real article). */
export async function runApp(url: string, port: number, runs: number): Promise<VariantResult> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(url, port));
  return summarise(all);
}
