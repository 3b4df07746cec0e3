import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/find-chromium';

// End-to-end tests drive the system's Chromium (browser downloads are not available everywhere
// this runs) against the production server serving the prerendered site in dist/.

const executablePath = findChromium();

const builtSite = path.join(import.meta.dirname, 'dist', 'index.html');
if (!existsSync(builtSite)) {
  throw new Error(
    'dist/index.html is missing: the end-to-end tests serve the built site. Run `npm run build` first.',
  );
}

const portText = process.env.E2E_PORT ?? '4391';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
  throw new Error(`E2E_PORT must be a port number (1–65535), not ${JSON.stringify(portText)}.`);
}
const host = '127.0.0.1';
const baseURL = `http://${host}:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Timeouts catch a hang, not slowness: the axe and offline journeys take 10–20 s on a busy
  // machine. Speed is measured by `npm run bench`.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [...chromiumArgs],
    },
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: {
    command: 'npx tsx src/server/serve.ts',
    env: { PORT: String(port), HOST: host },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
