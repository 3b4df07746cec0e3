import type { Result } from 'lighthouse';

// A few of Lighthouse's diagnostics of one app run per page, kept in the results so a change in
// LCP or TBT between commits can be traced to its cause (the LCP phase, the script, the task
// type) without opening the full report (bench-results/lhr/*.json).

interface Table {
  items?: Record<string, unknown>[];
}

const table = (lhr: Result, id: string) => (lhr.audits[id]?.details ?? {}) as Table;
const round = (value: unknown) => (typeof value === 'number' ? Math.round(value) : undefined);
const shortUrl = (value: unknown) => String(value).replace(/^https?:\/\/[^/]+/, '');

export function diagnostics(lhr: Result) {
  const metrics = table(lhr, 'metrics').items?.[0] ?? {};
  const lcp = table(lhr, 'largest-contentful-paint-element').items as Table[] | undefined;
  const element = (lcp?.[0]?.items?.[0]?.node ?? {}) as { selector?: string };
  return {
    lcpElement: element.selector ?? 'unknown',
    lcpPhases: Object.fromEntries(
      (lcp?.[1]?.items ?? []).map((phase) => [String(phase.phase), round(phase.timing)]),
    ),
    // Unthrottled times from the trace: did the first paint wait for the script to run?
    observed: {
      domContentLoaded: round(metrics.observedDomContentLoaded),
      firstContentfulPaint: round(metrics.observedFirstContentfulPaint),
      load: round(metrics.observedLoad),
    },
    bootup: (table(lhr, 'bootup-time').items ?? []).map((item) => ({
      url: shortUrl(item.url),
      totalMs: round(item.total),
      scriptingMs: round(item.scripting),
    })),
    mainThread: Object.fromEntries(
      (table(lhr, 'mainthread-work-breakdown').items ?? []).map((i) => [
        String(i.group),
        round(i.duration),
      ]),
    ),
    longTasks: (table(lhr, 'long-tasks').items ?? []).map((item) => ({
      url: shortUrl(item.url),
      ms: round(item.duration),
      startMs: round(item.startTime),
    })),
  };
}

export type Diagnostics = ReturnType<typeof diagnostics>;
