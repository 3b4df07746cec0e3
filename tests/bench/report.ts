import { byteTypes } from './bytes.ts';
import { figureKeys, type Figures } from './page-runs.ts';
import type { BenchResults } from './results.ts';
import { kib, markdownTable, ms, score, times, type Cell } from './table.ts';

// Turns results into the printed (and saved) report: markdown tables, one per question.

const labels: Record<keyof Figures, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
  fcp: 'FCP',
  lcp: 'LCP',
  tbt: 'TBT',
  cls: 'CLS',
};

export function format(key: keyof Figures, value: number): string {
  if (key === 'cls') return value.toFixed(3);
  return ['fcp', 'lcp', 'tbt'].includes(key) ? ms(value) : score(value);
}

function lighthouseTable(results: BenchResults): string {
  const rows = results.pages.flatMap((page) =>
    figureKeys.map((key): Cell[] => [
      page.name,
      labels[key],
      format(key, page.app.median[key]),
      format(key, page.floor.median[key]),
      times(page.ratio[key]),
    ]),
  );
  return markdownTable(['Page', 'Metric', 'App', 'Floor (no JS)', 'App / floor'], rows);
}

function bytesTable(results: BenchResults): string {
  const rows = Object.entries(results.bytes).flatMap(([page, { byType }]) =>
    byteTypes
      .filter((type) => byType[type].requests > 0)
      .map((type): Cell[] => {
        const b = byType[type];
        const own = b.gzip > 0;
        return [
          page,
          type,
          b.requests,
          kib(b.resource),
          kib(b.transfer),
          own ? kib(b.gzip) : '–',
          own ? kib(b.brotli) : '–',
          b.lazyRequests > 0 ? `${b.lazyRequests}: ${kib(b.lazyTransfer)}` : '–',
        ];
      }),
  );
  const headers = ['Page', 'Type', 'Requests', 'Resource', 'Transferred', 'gzip', 'brotli'];
  return markdownTable([...headers, 'Lazy (after hydration)'], rows);
}

function scaleTable(results: BenchResults): string {
  const { real, long } = results.scale;
  const ratio = (a: number, b: number) => times(a === 0 && b === 0 ? 1 : b / a);
  const row = (label: string, a: number, b: number, show: (n: number) => string): Cell[] => [
    label,
    show(a),
    show(b),
    ratio(a, b),
  ];
  const count = (n: number) => String(n);
  return markdownTable(
    ['Figure', 'Real article (de)', 'Long article (de)', 'Long / real'],
    [
      row('First-view JS (gzip)', real.firstViewJsGzip, long.firstViewJsGzip, kib),
      row('HTML (gzip)', real.htmlGzip, long.htmlGzip, kib),
      row(
        'Lighthouse performance',
        real.lighthouse.median.performance,
        long.lighthouse.median.performance,
        score,
      ),
      row('LCP', real.lighthouse.median.lcp, long.lighthouse.median.lcp, ms),
      row('TBT', real.lighthouse.median.tbt, long.lighthouse.median.tbt, ms),
      row(
        'Contents click → painted (median)',
        real.contentsClick.median,
        long.contentsClick.median,
        ms,
      ),
      row('Contents click → painted (max)', real.contentsClick.max, long.contentsClick.max, ms),
      row('Page height', real.scroll.pageHeight, long.scroll.pageHeight, (n) => `${n} px`),
      row(
        'Long tasks while scrolling (4× CPU)',
        real.scroll.longTasks,
        long.scroll.longTasks,
        count,
      ),
      row('Long-task time while scrolling', real.scroll.longTaskMs, long.scroll.longTaskMs, ms),
      row('Longest task while scrolling', real.scroll.maxLongTask, long.scroll.maxLongTask, ms),
    ],
  );
}

function siteScaleTable({ siteScale }: BenchResults): string {
  const rows = siteScale.builds.map((build, i): Cell[] => [
    build.articles,
    `${build.buildSeconds.toFixed(1)} s`,
    i === 0 ? '' : `${(siteScale.secondsPerArticle[i - 1] ?? NaN).toFixed(2)} s`,
    kib(build.articleJsGzip),
    kib(build.frontJsGzip),
    kib(build.frontHtmlGzip),
    `${build.frontPages.de} / ${build.frontPages.en}`,
    `${kib(build.precache.bytes)} (${build.precache.files} files)`,
  ]);
  const { front } = siteScale;
  const lighthouse = markdownTable(
    ['Front /de (largest build)', 'App', 'No-script floor'],
    figureKeys.map((key): Cell[] => [
      key,
      format(key, front.app.median[key]),
      format(key, front.floor.median[key]),
    ]),
  );
  return [
    markdownTable(
      [
        'Articles',
        'Build',
        'Per added article',
        'Article first-view JS',
        'Front first-view JS',
        'Front HTML',
        'Front pages de / en',
        'Precache download',
      ],
      rows,
    ),
    lighthouse,
  ].join('\n\n');
}

export function renderReport(results: BenchResults): string {
  const { machine, languageSwitch: ls } = results;
  const budgetRows = results.budgets.map((b): Cell[] => [
    b.pass ? 'PASS' : 'FAIL',
    b.name,
    b.measured,
    b.limit,
  ]);
  return [
    `## Lighthouse (mobile, simulated throttling), medians of ${results.options.runs} runs`,
    lighthouseTable(results),
    '## Bytes of a first view (one app run; gzip/brotli: own text files, from the build)',
    bytesTable(results),
    `## Language switch (click → new h1 painted), ${ls.samples.length} switches`,
    markdownTable(['Median', 'Max'], [[ms(ls.median), ms(ls.max)]]),
    `## Scale: synthetic long article (40 sections, 400 paragraphs, 20 figures; ${results.scale.long.lighthouse.runs.length} Lighthouse runs)`,
    scaleTable(results),
    `## Scale: many articles (synthetic, every tenth German only; sizes gzip; ${results.siteScale.front.app.runs.length} Lighthouse runs of the front)`,
    siteScaleTable(results),
    '## Budgets',
    markdownTable(['Result', 'Budget', 'Measured', 'Limit'], budgetRows),
    '## Machine',
    `${machine.os}; ${machine.cpuCount} × ${machine.cpus}; ${machine.memoryGiB} GiB; Node ${machine.node}; ` +
      `Chromium ${machine.chromium}; Lighthouse ${machine.lighthouse}; load average ` +
      `${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)}; commit ${results.commit}`,
  ].join('\n\n');
}
