import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian/Ubuntu and Google's packages put the browser, in order of preference. */
export const chromiumCandidates: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * How every browser here is started (tests and benchmark): as root in a closed network, Chromium
 * needs no sandbox, and its background services would only try, and fail, to reach the internet.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const noChromiumMessage =
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.';

export interface FindChromiumOptions {
  /** Defaults to `process.env`; only `CHROME_PATH` is read. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Defaults to {@link chromiumCandidates}. */
  candidates?: readonly string[];
  /** Defaults to "is a regular file (after symlinks) that this process may execute". */
  isExecutable?: (file: string) => boolean;
}

export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser the end-to-end tests drive. An explicit `CHROME_PATH` is used as given: if it is
 * wrong, that is an error rather than a silent switch to some other installed browser.
 * Without it, the first executable candidate wins. Throws {@link noChromiumMessage} otherwise.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const {
    env = process.env,
    candidates = chromiumCandidates,
    isExecutable = isExecutableFile,
  } = options;
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(
      `CHROME_PATH is set to ${JSON.stringify(explicit)}, which is not an executable file.\n${noChromiumMessage}`,
    );
  }
  const found = candidates.find((candidate) => isExecutable(candidate));
  if (found !== undefined) return found;
  throw new Error(`${noChromiumMessage}\nLooked for: ${candidates.join(', ')}.`);
}
