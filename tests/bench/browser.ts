import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeFlags } from './options.ts';

// Playwright drives the same Chromium as Lighthouse, for the interactions Lighthouse does not
// measure (language switch, contents click, scrolling).

export function launchBrowser(chromePath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [...chromeFlags] });
}

export const desktop = { width: 1280, height: 800 };

/**
 * Opens `url` and waits until the page is settled: loaded, network quiet, then an idle period
 * (the app fetches the other language's text when idle; a switch should not measure that fetch).
 */
export async function openSettled(browser: Browser, url: string): Promise<Page> {
  // Service workers blocked: the app's one-off offline precache (every asset) would otherwise
  // hold the network busy for seconds per page; the interactions measured here are those of a
  // reader already on the page. Lighthouse's first-visit runs keep it.
  const page = await browser.newPage({ viewport: desktop, serviceWorkers: 'block' });
  // tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in a
  // `__name(...)` helper that does not exist in the page.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return page;
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
}
