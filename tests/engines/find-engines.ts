import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findChromium, isExecutableFile } from '../e2e/support/find-chromium';
import type { WebKitPaths } from './webkit-driver';

// Where Debian puts each engine the journeys run in, and which package to install when one is
// missing: the suite fails naming it rather than leaving an engine out.

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const engineNames: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

function required(file: string | undefined, what: string, aptPackage: string): string {
  if (file !== undefined && isExecutableFile(file)) return file;
  throw new Error(
    `${what} is missing${file === undefined ? '' : ` (looked for ${file})`}. ` +
      `Install it: sudo apt-get install ${aptPackage}`,
  );
}

export function findFirefox(env = process.env): string {
  const explicit = env.FIREFOX_PATH?.trim();
  return required(explicit || '/usr/bin/firefox-esr', 'Firefox', 'firefox-esr');
}

/** The MiniBrowser lives in the multiarch library folder of libwebkit2gtk-4.1-0. */
function findMiniBrowser(): string | undefined {
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  return libs
    .map((dir) => path.join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((file) => isExecutableFile(file));
}

export function findWebKit(): WebKitPaths {
  return {
    webDriver: required('/usr/bin/WebKitWebDriver', 'WebKitWebDriver', 'webkit2gtk-driver'),
    // webkit2gtk-driver depends on the library that ships the MiniBrowser.
    miniBrowser: required(findMiniBrowser(), 'The WebKitGTK MiniBrowser', 'webkit2gtk-driver'),
    xvfb: required('/usr/bin/Xvfb', 'Xvfb (the MiniBrowser has no headless mode)', 'xvfb'),
  };
}

export { findChromium };
