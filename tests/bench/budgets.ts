import type { PageResult } from './page-runs.ts';

// The performance budgets, judged on medians. The app is held against its own no-script floor
// (the same HTML without JavaScript), so "within 10 %" means hydration costs the reader little.

export interface BudgetResult {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const ms = (value: number) => `${Math.round(value)} ms`;

export interface ScaleJs {
  real: number;
  long: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A page's HTML and its no-script twin's, raw bytes. */
export interface HtmlVsTwin {
  html: number;
  noScript: number;
}

export function evaluateBudgets(
  pages: readonly PageResult[],
  switchMedian: number,
  firstViewJs: ScaleJs,
  longHtml?: HtmlVsTwin,
): BudgetResult[] {
  const results: BudgetResult[] = [];
  const articles = pages.filter((page) => page.kind !== 'section');
  for (const page of articles) {
    const { app } = page;
    results.push({
      name: `${page.name}: Lighthouse performance`,
      measured: app.median.performance.toFixed(2),
      limit: '≥ 0.99',
      pass: app.median.performance >= 0.99,
    });
    for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
      results.push({
        name: `${page.name}: Lighthouse ${category}`,
        measured: app.median[category].toFixed(2),
        limit: '= 1',
        pass: app.median[category] === 1,
      });
    }
  }
  for (const page of pages) {
    const { app, floor } = page;
    results.push({
      name: `${page.name}: LCP vs floor`,
      measured: `${ms(app.median.lcp)} (floor ${ms(floor.median.lcp)})`,
      limit: `≤ ${ms(floor.median.lcp * 1.1)} (floor + 10 %)`,
      pass: app.median.lcp <= floor.median.lcp * 1.1,
    });
    results.push({
      name: `${page.name}: TBT vs floor`,
      measured: `${ms(app.median.tbt)} (floor ${ms(floor.median.tbt)})`,
      limit: `≤ ${ms(floor.median.tbt + 50)} (floor + 50 ms)`,
      pass: app.median.tbt <= floor.median.tbt + 50,
    });
    results.push({
      name: `${page.name}: CLS`,
      measured: app.median.cls.toFixed(3),
      limit: '≤ 0.002',
      pass: app.median.cls <= 0.002,
    });
  }
  results.push({
    name: 'language switch, median',
    measured: ms(switchMedian),
    limit: '≤ 100 ms',
    pass: switchMedian <= 100,
  });
  // Text is data, not code: a ten times longer article must not load more JavaScript up front
  // (the route manifest of slugs and section ids may grow a little).
  results.push({
    name: 'first-view JS flat with article length',
    measured: `${kib(firstViewJs.long)} long vs ${kib(firstViewJs.real)} real (gzip)`,
    limit: '≤ real + 5 %',
    pass: firstViewJs.long <= firstViewJs.real * 1.05,
  });
  // The text travels once: in the HTML, and as the app's data only in the edition's lazy chunk,
  // so the long article's page is its no-script twin plus a few small scripts and links.
  if (longHtml) {
    results.push({
      name: 'long article HTML vs its no-script twin',
      measured: `${kib(longHtml.html)} vs ${kib(longHtml.noScript)} (raw)`,
      limit: '≤ no-script + 5 %',
      pass: longHtml.html <= longHtml.noScript * 1.05,
    });
  }
  return results;
}
