// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { storageKeys, textSizes, themes } from '../../shared/display-preferences';
import { bootFallbackMs } from './boot';
import { compileInlineScript } from './compile-inline-script';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('compileInlineScript', () => {
  it.each(['boot', 'landing'] as const)(
    'compiles the %s script to the same minified bytes every time',
    async (name) => {
      const [first, second] = await Promise.all([
        compileInlineScript(name),
        compileInlineScript(name),
      ]);
      expect(sha256(first)).toBe(sha256(second));
      // One classic-script statement, with nothing left over from modules or types.
      expect(first).toMatch(/^\(\(\)=>\{.*\}\)\(\);$/s);
      expect(first).not.toMatch(/\bimport\b|\bexport\b|\n/);
    },
  );

  it('builds the display preferences and the fallback delay into the boot script', async () => {
    const boot = await compileInlineScript('boot');
    expect(boot).toContain(JSON.stringify(themes));
    expect(boot).toContain(JSON.stringify(textSizes));
    expect(boot).toContain(JSON.stringify(storageKeys.theme));
    expect(boot).toContain(JSON.stringify(storageKeys.textSize));
    expect(boot).toContain(bootFallbackMs.toExponential().replace('e+', 'e'));
  });
});
