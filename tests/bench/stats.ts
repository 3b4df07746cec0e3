// Medians rather than means: one run disturbed by the machine (a 2-core box running other work)
// should not move the figure.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : NaN);

/** app / floor; 1 when both are 0 (CLS and TBT are often 0 for both). */
export function ratio(app: number, floor: number): number {
  if (app === 0 && floor === 0) return 1;
  return floor === 0 ? Infinity : app / floor;
}

/** Median of each key across runs. */
export function medians<K extends string>(runs: readonly Record<K, number>[]): Record<K, number> {
  const keys = Object.keys(runs[0] ?? {}) as K[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as Record<
    K,
    number
  >;
}
