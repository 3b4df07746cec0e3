import { figureKeys } from './page-runs.ts';
import { format } from './report.ts';
import type { BenchResults } from './results.ts';
import { kib, markdownTable, ms, type Cell } from './table.ts';

// The change against the previous run (bench-results/latest.json), for the figures one watches
// between commits. Only figures both runs have are compared, so older result files still work.

interface Pair {
  label: string;
  before: number;
  now: number;
  show: (value: number) => string;
}

function pairs(before: BenchResults, now: BenchResults): Pair[] {
  const list: Pair[] = [];
  for (const page of now.pages) {
    const old = before.pages?.find((p) => p.path === page.path);
    if (!old) continue;
    for (const key of figureKeys) {
      const a = old.app?.median?.[key];
      if (typeof a === 'number') {
        list.push({
          label: `${page.name} ${key} (app)`,
          before: a,
          now: page.app.median[key],
          show: (v) => format(key, v),
        });
      }
    }
  }
  const total = (r: BenchResults, page: string) =>
    Object.values(r.bytes?.[page]?.byType ?? {}).reduce((sum, b) => sum + (b?.transfer ?? 0), 0);
  for (const page of Object.keys(now.bytes)) {
    if (before.bytes?.[page]?.byType)
      list.push({
        label: `${page} bytes transferred`,
        before: total(before, page),
        now: total(now, page),
        show: kib,
      });
  }
  if (typeof before.languageSwitch?.median === 'number') {
    list.push({
      label: 'language switch median',
      before: before.languageSwitch.median,
      now: now.languageSwitch.median,
      show: ms,
    });
  }
  const long = before.scale?.long;
  if (long) {
    list.push({
      label: 'long article first-view JS',
      before: long.firstViewJsGzip,
      now: now.scale.long.firstViewJsGzip,
      show: kib,
    });
    list.push({
      label: 'long article contents click',
      before: long.contentsClick.median,
      now: now.scale.long.contentsClick.median,
      show: ms,
    });
  }
  return list;
}

function change(before: number, now: number): string {
  if (before === now) return '=';
  if (before === 0) return `+${now.toPrecision(3)}`;
  const percent = ((now - before) / Math.abs(before)) * 100;
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)} %`;
}

export function renderComparison(before: BenchResults, now: BenchResults): string {
  const rows = pairs(before, now).map((p): Cell[] => [
    p.label,
    p.show(p.before),
    p.show(p.now),
    change(p.before, p.now),
  ]);
  return [
    `## Change against the previous run (${before.timestamp}, commit ${before.commit})`,
    markdownTable(['Figure', 'Before', 'Now', 'Change'], rows),
  ].join('\n\n');
}
