// @vitest-environment node
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chromiumCandidates,
  findChromium,
  isExecutableFile,
  noChromiumMessage,
} from '../e2e/support/find-chromium';

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('findChromium', () => {
  it('prefers CHROME_PATH when it is executable', () => {
    expect(
      findChromium({
        env: { CHROME_PATH: '/opt/chrome/chrome' },
        isExecutable: only('/opt/chrome/chrome', '/usr/bin/chromium'),
      }),
    ).toBe('/opt/chrome/chrome');
  });

  it('otherwise takes the first executable candidate, in order', () => {
    expect(
      findChromium({
        env: {},
        isExecutable: only('/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser'),
      }),
    ).toBe('/usr/bin/chromium-browser');
    expect(chromiumCandidates).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]);
  });

  it('ignores an empty CHROME_PATH', () => {
    expect(
      findChromium({ env: { CHROME_PATH: ' ' }, isExecutable: only('/usr/bin/chromium') }),
    ).toBe('/usr/bin/chromium');
  });

  it('fails with installation advice when no browser is found', () => {
    expect(() =>
      findChromium({ env: { CHROME_PATH: '/nonexistent' }, candidates: ['/nonexistent-too'] }),
    ).toThrow(noChromiumMessage);
    expect(() => findChromium({ env: {}, candidates: [] })).toThrow(noChromiumMessage);
    expect(noChromiumMessage).toBe(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  });

  it('does not fall back to another browser when CHROME_PATH is wrong', () => {
    expect(() =>
      findChromium({
        env: { CHROME_PATH: '/nonexistent' },
        isExecutable: only('/usr/bin/chromium'),
      }),
    ).toThrow(/CHROME_PATH is set to "\/nonexistent"/);
  });
});

describe('isExecutableFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'find-chromium-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts an executable file and rejects the rest', () => {
    const script = path.join(dir, 'browser');
    writeFileSync(script, '#!/bin/sh\n');
    chmodSync(script, 0o644);
    // Not executable by anyone (root included: X_OK needs at least one execute bit).
    expect(isExecutableFile(script)).toBe(false);
    chmodSync(script, 0o755);
    expect(isExecutableFile(script)).toBe(true);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(path.join(dir, 'missing'))).toBe(false);
  });
});
