import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { startReaderServer } from '../../src/server/server.ts';
import { axeTags } from './support/axe';
import { editionText } from './support/content';
import { expect, test } from './support/fixtures';
import { clickOrTap, settle } from './support/page-helpers';

// Offline reading: after one visit, the service worker has both editions, so the article reads,
// navigates and switches language without a network. Runs against the production build (the
// worker is only registered there). One project is enough: the worker is the same for both.

test.skip(({ isMobile }) => isMobile, 'the service worker does not depend on the device');

const articlePath = { de: '/de/usa-china-cyberabkommen', en: '/en/us-china-cyber-treaty' };
const section = { de: 'angriffe-gegen-atomkraftwerke', en: 'attacks-on-nuclear-power-plants' };
const notFoundTitle = { de: 'Seite nicht gefunden', en: 'Page not found' };

/** Waits until the worker registered after `load` is active, i.e. its precache is complete. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await settle(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** What the worker itself gets from the network: proves the test really is offline for it. */
async function workerNetwork(context: BrowserContext): Promise<string> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('No service worker is running');
  return worker.evaluate(() =>
    fetch('/robots.txt', { cache: 'no-store' }).then(
      () => 'online',
      () => 'offline',
    ),
  );
}

async function expectImagesShown(page: Page): Promise<void> {
  // Every image the browser has started loading (eager or near the viewport) must have arrived.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.images]
          .filter((img) => img.currentSrc !== '')
          .map((img) => (img.complete && img.naturalWidth > 0 ? 'shown' : img.currentSrc)),
      ),
    )
    .toEqual(expect.arrayContaining(['shown']));
  const broken = await page.evaluate(() =>
    [...document.images]
      .filter((img) => img.currentSrc !== '' && img.complete && img.naturalWidth === 0)
      .map((img) => img.currentSrc),
  );
  expect(broken, 'images that failed to load').toEqual([]);
}

test.describe('offline, after the first visit', () => {
  test('the article reloads, navigates and switches language without a network', async ({
    page,
    context,
  }) => {
    await page.goto(articlePath.de);
    await serviceWorkerReady(page);
    // Installable: the app links the manifest with the worker (not in the HTML: see linkManifest).
    const manifest = page.locator('head link[rel="manifest"]');
    await expect(manifest).toHaveAttribute('href', '/manifest.webmanifest');
    expect((await page.request.get('/manifest.webmanifest')).status()).toBe(200);
    await context.setOffline(true);
    expect(await workerNetwork(context)).toBe('offline');

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('de').headline);
    await settle(page);
    await expectImagesShown(page);

    // A section's own address (a full page load) and then the language toggle (in the app).
    await page.goto(`${articlePath.de}/${section.de}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('de').headline);
    await settle(page);
    await clickOrTap(page.getByRole('link', { name: 'English', exact: true }));
    await expect(page).toHaveURL(`${articlePath.en}/${section.en}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('en').headline);
    await settle(page);
    await expectImagesShown(page);

    // The English edition's own pages are there too, and `/` still finds a front page.
    await page.goto(articlePath.en);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('en').headline);
    await page.goto('/');
    await expect(page).toHaveURL(/^[^?#]*\/(de|en)$/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  });

  for (const [unknown, lang] of [
    ['/de/gibt-es-nicht', 'de'],
    ['/en/no-such-page', 'en'],
  ] as const) {
    test(`an unknown address (${unknown}) shows the ${lang} not-found page`, async ({
      page,
      context,
    }) => {
      await page.goto(articlePath.de);
      await serviceWorkerReady(page);
      await context.setOffline(true);

      const response = await page.goto(unknown);
      expect(response?.fromServiceWorker()).toBe(true);
      await settle(page);
      await expect(page).toHaveURL(unknown);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundTitle[lang]);
    });
  }
});

test.describe('a new version', () => {
  // Needs a site of its own: the test deploys a new sw.js, which the shared server never changes.
  let siteDir = '';
  let server: Server | undefined;
  let origin = '';

  async function serve(port: number): Promise<void> {
    const started = await startReaderServer({ dir: siteDir, host: '127.0.0.1', port });
    server = started.server;
    origin = started.url.replace(/\/$/, '');
  }
  async function stop(): Promise<void> {
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise<void>((resolve) => running.close(() => resolve()));
  }

  test.beforeEach(async () => {
    siteDir = await mkdtemp(path.join(tmpdir(), 'reader-offline-'));
    await cp(path.join(import.meta.dirname, '..', '..', 'dist'), siteDir, { recursive: true });
    await serve(0);
  });
  test.afterEach(async () => {
    await stop();
    await rm(siteDir, { recursive: true, force: true });
  });

  test('is announced with a reload button and only taken on the reader’s word', async ({
    browser,
    consoleGuard,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    consoleGuard.watch(context);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${articlePath.de}`);
      await serviceWorkerReady(page);
      // A page the current worker controls: the one a new version must not be swapped under.
      await page.reload();
      await settle(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.evaluate(() => ((window as { __marker?: number }).__marker = 1));

      // Deploy: any change to sw.js is a new version. The server reads files once, so restart it.
      const port = Number(new URL(origin).port);
      await writeFile(path.join(siteDir, 'sw.js'), '\n// next version\n', { flag: 'a' });
      await stop();
      await serve(port);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });

      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'Eine neue Version ist verfügbar.' });
      await expect(prompt).toBeVisible({ timeout: 10_000 });
      const reload = prompt.getByRole('button', { name: 'Neu laden' });
      await expect(reload).toBeVisible();
      await expect(prompt.getByRole('button', { name: 'Später' })).toBeVisible();
      // The prompt itself (the rest of the page is the reader suite's business).
      const { violations } = await new AxeBuilder({ page })
        .include('.update-prompt')
        .withTags(axeTags)
        .analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
      // Nothing was swapped in yet: same page, new worker still waiting.
      expect(await page.evaluate(() => (window as { __marker?: number }).__marker)).toBe(1);
      expect(
        await page.evaluate(
          async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
        ),
      ).toBe(true);

      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await settle(page);
      expect(await page.evaluate(() => (window as { __marker?: number }).__marker)).toBeUndefined();
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            waiting: !!registration?.waiting,
            controlled: !!navigator.serviceWorker.controller,
          };
        }),
      ).toEqual({ waiting: false, controlled: true });
      await expect(page.getByText('Eine neue Version ist verfügbar.')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('de').headline);
    } finally {
      await context.close();
    }
  });
});
