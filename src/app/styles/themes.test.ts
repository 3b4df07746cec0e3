// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve(__dirname, 'themes.css'), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

/** The theme's colours: light and dark come from light-dark() in :root, sepia overrides them. */
function palette(theme: 'light' | 'dark' | 'sepia'): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const match of block(':root').matchAll(/--([\w-]+):\s*light-dark\((#\w+),\s*(#\w+)\)/g)) {
    const [, name = '', light = '', dark = ''] = match;
    colours[name] = theme === 'dark' ? dark : light;
  }
  if (theme === 'sepia') {
    for (const [, name = '', value = ''] of block("[data-theme='sepia']").matchAll(
      /--([\w-]+):\s*(#\w+)/g,
    )) {
      colours[name] = value;
    }
  }
  return colours;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Text on backgrounds as the page uses them; the focus ring and rules are non-text (3:1).
const textPairs = [
  ['ink', 'paper'],
  ['ink-muted', 'paper'],
  ['accent', 'paper'],
  ['accent-ink', 'accent'],
  ['ink', 'notice'],
  ['ink-muted', 'image-bg'],
] as const;

describe.each(['light', 'dark', 'sepia'] as const)('the %s theme', (theme) => {
  const colours = palette(theme);

  it('defines every colour', () => {
    for (const name of [
      'paper',
      'ink',
      'ink-muted',
      'accent',
      'accent-ink',
      'focus',
      'notice',
      'notice-rule',
      'rule',
      'image-bg',
    ]) {
      expect(colours[name], name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it.each(textPairs)('%s on %s meets WCAG AA for text (4.5:1)', (fg, bg) => {
    expect(contrast(colours[fg] ?? '', colours[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });

  it('shows focus and the notice rule at 3:1 against the page', () => {
    expect(contrast(colours.focus ?? '', colours.paper ?? '')).toBeGreaterThanOrEqual(3);
    expect(contrast(colours['notice-rule'] ?? '', colours.paper ?? '')).toBeGreaterThanOrEqual(3);
  });
});
