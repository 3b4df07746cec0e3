// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeSection, applyEntries, type SpyState } from './active-section';

const order = ['overview', 'plants', 'visit'];
const state = (inBand: string[], above: string[] = [], atEnd = false): SpyState => ({
  inBand: new Set(inBand),
  above: new Set(above),
  atEnd,
});

describe('activeSection', () => {
  it('is the first section in the band', () => {
    expect(activeSection(order, state(['plants', 'visit'], ['overview']))).toBe('plants');
  });

  it('is the last section scrolled past when none is in the band', () => {
    expect(activeSection(order, state([], ['overview', 'plants']))).toBe('plants');
  });

  it('is the first section at the top of the page', () => {
    expect(activeSection(order, state([]))).toBe('overview');
  });

  it('is the last section at the end of the page, even if it never reached the band', () => {
    expect(activeSection(order, state(['plants'], ['overview'], true))).toBe('visit');
  });

  it('is nothing for an article without sections', () => {
    expect(activeSection([], state([]))).toBeUndefined();
  });
});

describe('applyEntries', () => {
  const tops = (a: number, b: number, c: number) => [
    { id: 'overview', top: a },
    { id: 'plants', top: b },
    { id: 'visit', top: c },
  ];

  it('tracks sections entering and leaving the band and passing above it', () => {
    let s = state([]);
    s = applyEntries(s, [{ id: 'overview', isIntersecting: true }], tops(50, 900, 1800), 64);
    expect(activeSection(order, s)).toBe('overview');
    s = applyEntries(
      s,
      [
        { id: 'overview', isIntersecting: false },
        { id: 'plants', isIntersecting: true },
      ],
      tops(-400, 60, 900),
      64,
    );
    expect(activeSection(order, s)).toBe('plants');
    expect(s.above.has('overview')).toBe(true);
  });

  it('is right after a long jump back to the top, past sections that never crossed the band', () => {
    // At the end: everything above. Then Home: every section below the band, none in it.
    let s = applyEntries(state(['visit']), [], tops(-3000, -2000, -500), 64);
    s = applyEntries(s, [{ id: 'visit', isIntersecting: false }], tops(900, 1900, 2900), 64);
    expect(s.above.size).toBe(0);
    expect(activeSection(order, s)).toBe('overview');
  });
});
