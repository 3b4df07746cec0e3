// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENCODERS, plannedWidths, resolveSettings } from './image-settings';

describe('plannedWidths', () => {
  it('never upscales and always yields at least one width', () => {
    expect(plannedWidths(1800)).toEqual([480, 800, 1200, 1600]);
    expect(plannedWidths(1600)).toEqual([480, 800, 1200, 1600]);
    expect(plannedWidths(1000)).toEqual([480, 800, 1000]);
    expect(plannedWidths(600)).toEqual([480, 600]);
    expect(plannedWidths(480)).toEqual([480]);
    expect(plannedWidths(300)).toEqual([300]);
  });

  it('reads the target widths in any order, once each', () => {
    expect(plannedWidths(1000, [800, 200, 800, 400])).toEqual([200, 400, 800]);
  });
});

describe('resolveSettings', () => {
  it('sorts and deduplicates the widths and merges encoder overrides over the defaults', () => {
    const settings = resolveSettings([800, 320, 800], { jpeg: { quality: 60 } });
    expect(settings.widths).toEqual([320, 800]);
    expect(settings.encoders.jpeg).toEqual({ ...DEFAULT_ENCODERS.jpeg, quality: 60 });
    expect(settings.encoders.avif).toEqual(DEFAULT_ENCODERS.avif);
  });

  it('rejects widths that are not positive integers', () => {
    expect(() => resolveSettings([])).toThrow(/widths must be positive integers/);
    expect(() => resolveSettings([0, 400])).toThrow(/widths must be positive integers/);
    expect(() => resolveSettings([400.5])).toThrow(/widths must be positive integers/);
  });

  it('fingerprints exactly what changes the output bytes', () => {
    const defaults = resolveSettings();
    expect(defaults.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveSettings([1600, 480, 1200, 800]).hash).toBe(defaults.hash);
    expect(resolveSettings(undefined, { webp: { quality: 72 } }).hash).toBe(defaults.hash);
    expect(resolveSettings([480, 800]).hash).not.toBe(defaults.hash);
    expect(resolveSettings(undefined, { og: { quality: 90 } }).hash).not.toBe(defaults.hash);
  });
});
