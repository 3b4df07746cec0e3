// Markdown tables padded to line up, so the same text reads well in a terminal and pastes into
// the README unchanged.

export type Cell = string | number;

export function markdownTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const text = rows.map((row) => row.map(String));
  const widths = headers.map((header, i) =>
    Math.max(header.length, 3, ...text.map((row) => (row[i] ?? '').length)),
  );
  // Text columns left, numbers right: a column is numeric if all its cells look like numbers.
  const numeric = headers.map((_, i) =>
    text.every((row) => /^[-+−]?[\d.,]+|^n\/a$|^∞$/.test(row[i] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...text.map(line)].join('\n');
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const score = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
export const times = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(2)}×` : value === Infinity ? '∞' : 'n/a';
