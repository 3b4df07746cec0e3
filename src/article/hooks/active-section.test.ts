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
  it('tracks sections entering and leaving the band and passing above it', () => {
    let s = state([]);
    s = applyEntries(s, [
      { id: 'overview', isIntersecting: true, top: 50, bandTop: 64 },
      { id: 'plants', isIntersecting: false, top: 900, bandTop: 64 },
    ]);
    expect(activeSection(order, s)).toBe('overview');
    s = applyEntries(s, [
      { id: 'overview', isIntersecting: false, top: -400, bandTop: 64 },
      { id: 'plants', isIntersecting: true, top: 60, bandTop: 64 },
    ]);
    expect(activeSection(order, s)).toBe('plants');
    expect(s.above.has('overview')).toBe(true);
    s = applyEntries(s, [{ id: 'plants', isIntersecting: false, top: 700, bandTop: 64 }]);
    expect(s.above.has('plants')).toBe(false);
    expect(activeSection(order, s)).toBe('overview');
  });
});
