import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { settle } from './support/page-helpers';
import {
  articlePath,
  headerBottom,
  langs,
  scrollInstantly,
  scrollSettled,
  sectionPath,
  sectionsOf,
  ui,
} from './support/reading';

// Focus in the sticky header never moves the article. With `scroll-padding-top` on the page,
// Chromium treated the header's own controls as covered by the header and "scrolled them into
// view" on focus: at 1280×800, scrolled to ~1,300 px, the article jumped ~400 px up, and the
// language switch then kept the place found after the jump. Every input that focuses a header
// control is tried here: Tab, Shift+Tab, element.focus(), Playwright's click() (which scrolls
// into view and focuses first, like a real pointer) and Tab + Enter on the language link.

const middle = sectionsOf('de')[1]?.id ?? '';
const other = { de: 'en', en: 'de' } as const;

interface Place {
  scrollY: number;
  block: string;
  /** The block's top, in viewport pixels. */
  top: number;
  /** How far into the block the top of the reading area is (0 at its top, 1 at its bottom). */
  ratio: number;
}

/** Scrolls mid-article: the header's bottom edge halfway through a paragraph of the middle section. */
async function readMidArticle(page: Page, lang: 'de' | 'en'): Promise<Place> {
  await page.goto(articlePath[lang]);
  await settle(page);
  const paragraph = page.locator(`#${middle} p[data-block]`).first();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('The paragraph has no box');
  const scrollY = await page.evaluate(() => window.scrollY);
  await scrollInstantly(page, scrollY + box.y + box.height / 2 - (await headerBottom(page)));
  await expect(page).toHaveURL(sectionPath(lang, middle));
  await scrollSettled(page);
  return place(page, (await paragraph.getAttribute('data-block')) ?? '');
}

async function place(page: Page, block: string): Promise<Place> {
  const bottom = await headerBottom(page);
  return page.locator(`[data-block="${block}"]`).evaluate((element, top) => {
    const rect = element.getBoundingClientRect();
    return {
      scrollY: window.scrollY,
      block: (element as HTMLElement).dataset.block ?? '',
      top: rect.top,
      ratio: (top - rect.top) / rect.height,
    };
  }, bottom);
}

/** The article has not moved (within a pixel: fractional scroll positions round). */
async function expectUnmoved(page: Page, before: Place, after: string): Promise<void> {
  await scrollSettled(page);
  const now = await place(page, before.block);
  expect(Math.abs(now.scrollY - before.scrollY), `scrolled by ${after} (px)`).toBeLessThanOrEqual(
    1,
  );
  expect(Math.abs(now.top - before.top), `paragraph moved by ${after} (px)`).toBeLessThanOrEqual(1);
}

/** After a switch: the same block, in the other edition, is at the same point of the reading area. */
async function expectPlaceKept(page: Page, before: Place, to: 'de' | 'en'): Promise<void> {
  await expect(page).toHaveURL(sectionPath(to, middle));
  await expect(page.locator('html')).toHaveAttribute('lang', to);
  await scrollSettled(page);
  const twin = page.locator(`[data-block="${before.block}"]`);
  const lineHeight = await twin.evaluate((element) =>
    parseFloat(getComputedStyle(element).lineHeight),
  );
  const box = await twin.boundingBox();
  if (!box) throw new Error(`Block ${before.block} has no box after the switch`);
  const off = Math.abs(box.y + before.ratio * box.height - (await headerBottom(page)));
  expect(off, `paragraph ${before.block} off its place after the switch (px)`).toBeLessThanOrEqual(
    lineHeight,
  );
}

function toggle(page: Page, lang: 'de' | 'en'): Locator {
  return page.getByRole('banner').getByRole('link', { name: ui[lang].toggle, exact: true });
}

/** Presses Tab from the document's start until the toggle has focus, checking each step. */
async function tabToToggle(page: Page, lang: 'de' | 'en', before: Place): Promise<void> {
  const target = toggle(page, lang);
  for (let presses = 1; presses <= 6; presses += 1) {
    await page.keyboard.press('Tab');
    await expectUnmoved(page, before, `Tab #${presses}`);
    if (await target.evaluate((element) => element === document.activeElement)) return;
    // Every stop on the way is a header control (skip link, display settings).
    expect(
      await page.evaluate(() => document.activeElement?.closest('header.site-header') !== null),
      `Tab #${presses} stays in the header`,
    ).toBe(true);
  }
  throw new Error('Tab never reached the language toggle');
}

for (const lang of langs) {
  test.describe(`${lang}: focus in the sticky header, mid-article`, () => {
    test('Tab and Shift+Tab through the header leave the article where it is', async ({ page }) => {
      const before = await readMidArticle(page, lang);
      await tabToToggle(page, lang, before);
      const settings = page.getByRole('button', { name: ui[lang].settings, exact: true });
      // The "both languages" switch sits between the display settings and the language link.
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('banner').getByRole('switch')).toBeFocused();
      await expectUnmoved(page, before, 'Shift+Tab to the both-languages switch');
      await page.keyboard.press('Shift+Tab');
      await expect(settings).toBeFocused();
      await expectUnmoved(page, before, 'Shift+Tab to the display settings');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(toggle(page, lang)).toBeFocused();
      await expectUnmoved(page, before, 'Tab back to the language link');
    });

    test('element.focus() on the toggle leaves the article where it is', async ({ page }) => {
      const before = await readMidArticle(page, lang);
      await toggle(page, lang).evaluate((element: HTMLElement) => element.focus());
      await expect(toggle(page, lang)).toBeFocused();
      await expectUnmoved(page, before, 'focus()');
    });

    test('a real click on the toggle switches in place and keeps the paragraph', async ({
      page,
    }) => {
      const before = await readMidArticle(page, lang);
      await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
      // Playwright's own click: scrolls the element into view if needed, then clicks its centre.
      await toggle(page, lang).click();
      await expectPlaceKept(page, before, other[lang]);
      expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
    });

    test('Tab + Enter on the language link switches in place and keeps the paragraph', async ({
      page,
    }) => {
      const before = await readMidArticle(page, lang);
      await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
      await tabToToggle(page, lang, before);
      await page.keyboard.press('Enter');
      await expectPlaceKept(page, before, other[lang]);
      expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
    });
  });
}
