import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageFunctionSource, type EngineDriver } from './driver';

/**
 * Chromium over the DevTools Protocol and Firefox over WebDriver BiDi, both through Puppeteer:
 * the system's browsers, headless, in a profile of their own that is thrown away afterwards.
 */
export async function launchPuppeteer(
  browser: 'chrome' | 'firefox',
  executablePath: string,
  viewport: { width: number; height: number },
): Promise<EngineDriver> {
  const instance: Browser = await puppeteer.launch({
    browser,
    executablePath,
    headless: true,
    // Chromium as the Playwright suite starts it (no sandbox as root, no background services);
    // Firefox as Puppeteer sets it up for automation.
    args:
      browser === 'chrome'
        ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
        : [],
    defaultViewport: viewport,
  });
  const page: Page = (await instance.pages())[0] ?? (await instance.newPage());
  const version = await instance.version();
  return {
    label: version,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate(fn, ...args) {
      // An expression (the arguments as JSON): evaluated by the protocol, which the page's
      // Content-Security-Policy does not restrict, and awaited if it is a promise.
      return page.evaluate(`${pageFunctionSource(fn)}(...${JSON.stringify(args)})`) as Promise<
        Awaited<ReturnType<typeof fn>>
      >;
    },
    async click(selector) {
      await page.click(selector);
    },
    async press(key) {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else {
        await page.keyboard.press(key);
      }
    },
    async back() {
      // No wait for a load: Back within the app is a history step, not a page load.
      await page.evaluate(() => history.back());
    },
    async close() {
      await instance.close();
    },
  };
}
