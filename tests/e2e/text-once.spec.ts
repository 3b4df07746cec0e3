import type { Page } from '@playwright/test';
import { editionText, type Lang } from './support/content';
import { editionChunks as preloadedChunks } from '../support/built-site';
import { expect, test } from './support/fixtures';
import { settle } from './support/page-helpers';

// The text travels once: a page carries its text in the HTML, and the app takes it from the
// edition's lazy chunk, which the head preloads. These prove the app still waits for that chunk
// and hydrates (every test here fails on a console error, a hydration mismatch among them), and
// that a chunk which never arrives leaves a readable page with the translated notice.

// What a page preloads and hydrates from does not depend on the device: desktop only.
test.skip(({ isMobile }) => isMobile, 'the same chunks are preloaded and loaded on every device');

const articlePath = { de: '/de/usa-china-cyberabkommen', en: '/en/us-china-cyber-treaty' };
const notice = {
  de: 'Die Funktionen dieser Seite konnten nicht geladen werden',
  en: 'This page’s reading features could not be loaded',
};
const reload = { de: 'Seite neu laden', en: 'Reload the page' };

/** The page's preloaded data chunks, as its HTML names them (site-absolute paths). */
async function editionChunks(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  return preloadedChunks(html).map((file) => `/${file}`);
}

/** Every script the page has fetched so far, by path. */
async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
}

/** The chunk of `virtual:article-content`, which knows every article's and front page's chunks. */
const isSiteIndex = (path: string) => /\/_virtual_article-content-[\w-]+\.js$/.test(path);

for (const lang of ['de', 'en'] as const satisfies readonly Lang[]) {
  const path = articlePath[lang];
  const { headline, paragraphs } = editionText(lang);

  test(`${path} hydrates from its preloaded edition chunks`, async ({ page }) => {
    const chunks = await editionChunks(page, path);
    expect(chunks, "UI strings, the article and its photos' renditions").toHaveLength(3);
    await page.goto(path);
    // Only the app writes the page's own origin into the print address: it has hydrated.
    await expect(page.locator('.print-url')).toContainText('http://127.0.0.1', { timeout: 15_000 });
    const loaded = await loadedScripts(page);
    for (const chunk of chunks) expect(loaded.filter((p) => p === chunk)).toHaveLength(1);
    // The page named its own chunks: the index of every article's was not needed.
    expect(loaded.filter(isSiteIndex)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  });

  test(`/${lang} hydrates from its preloaded front page chunk, and finds other pages by the index`, async ({
    page,
  }) => {
    const chunks = await editionChunks(page, `/${lang}`);
    expect(chunks, "UI strings and the front page's cards").toHaveLength(2);
    await page.goto(`/${lang}`);
    await settle(page);
    const loaded = await loadedScripts(page);
    for (const chunk of chunks) expect(loaded.filter((p) => p === chunk)).toHaveLength(1);
    expect(loaded.filter(isSiteIndex)).toEqual([]);
    // Hydrated: the card's link is the router's, so the article opens without a page load, its
    // chunk found through the site index.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('article', { name: headline }).getByRole('link').click();
    await expect(page).toHaveURL(articlePath[lang]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect((await loadedScripts(page)).filter(isSiteIndex)).toHaveLength(1);
  });

  test(`${path} stays readable when its article chunk is gone after a deploy`, async ({
    page,
    consoleGuard,
  }) => {
    const chunks = await editionChunks(page, path);
    // The article's chunk is the one that holds its headline; the UI strings still arrive.
    const bodies = await Promise.all(chunks.map(async (c) => (await page.request.get(c)).text()));
    const article = chunks.find((_, i) => bodies[i]?.includes(headline.slice(0, 12)));
    expect(article, 'a preloaded chunk holds the article').toBeDefined();
    await page.route(`**${article}`, (route) => route.fulfill({ status: 404, body: '' }));
    consoleGuard.allow(
      'the server responded with a status of 404',
      'its edition could not be loaded',
      'Failed to fetch dynamically imported module',
    );

    await page.goto(path);
    const status = page.getByRole('status').filter({ hasText: notice[lang] });
    await expect(status).toBeVisible({ timeout: 15_000 });
    await expect(status.getByRole('link', { name: reload[lang] })).toHaveAttribute(
      'href',
      new RegExp(`${path}$`),
    );
    // Nothing was blanked: the prerendered article is all there, and its links still work.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expect(page.getByText(paragraphs[0] ?? '', { exact: false }).first()).toBeVisible();
  });
}
