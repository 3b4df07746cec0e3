import type { Page } from '@playwright/test';
import type { Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { clickOrTap, settle } from './support/page-helpers';
import {
  articlePath,
  chooseSection,
  contentsEntry,
  contentsNav,
  expectLandedOn,
  expectMarked,
  headerBottom,
  headingOf,
  recordScrollPositions,
  isWide,
  langs,
  scrollInstantly,
  scrollPositions,
  scrollSettled,
  sectionBarButton,
  sectionOf,
  sectionPath,
  sectionsOf,
  sectionTop,
  ui,
} from './support/reading';

// Section navigation: the contents (beside the article, or the phone's section bar), the
// scrollspy, section addresses and history, the language toggle keeping the reader's place, and
// sharing a section's link.

const [lead, middle, last] = sectionsOf('de').map((section) => section.id) as [
  string,
  string,
  string,
];

const historyLength = (page: Page) => page.evaluate(() => history.length);

/** The contents list on phones: the panel the section bar discloses. */
const sectionBarList = (page: Page, lang: Lang) => contentsNav(page, lang).getByRole('list');

test.describe('choosing a section in the contents', () => {
  test('lands on each section uncovered and focused, with its own address', async ({ page }) => {
    // One language per device: the editions differ in words and slugs only.
    const lang: Lang = isWide(page) ? 'de' : 'en';
    await page.goto(articlePath[lang]);
    await settle(page);
    await expectMarked(page, lang, lead);

    for (const id of [middle, last, lead]) {
      const before = await historyLength(page);
      await chooseSection(page, lang, id);
      await expectLandedOn(page, lang, id);
      await expect(page).toHaveURL(sectionPath(lang, id));
      expect(await historyLength(page), 'the choice is a new history entry').toBe(before + 1);
      await expectMarked(page, lang, id);
      if (!isWide(page)) {
        // The bar closed after the choice and names the new section.
        await expect(sectionBarButton(page, lang)).toHaveAttribute('aria-expanded', 'false');
        await expect(sectionBarList(page, lang)).toBeHidden();
      }
    }
  });

  test('the section bar closes on Escape and on a tap outside', async ({ page }) => {
    test.skip(isWide(page), 'the section bar is the contents on narrow screens only');
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    const button = sectionBarButton(page, lang);
    const list = sectionBarList(page, lang);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();

    await clickOrTap(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(list).toBeVisible();
    await expect(list.getByRole('link')).toHaveCount(sectionsOf(lang).length);
    await contentsEntry(page, lang, middle).focus();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expect(button).toBeFocused();

    await clickOrTap(button);
    await expect(list).toBeVisible();
    const scrollY = await page.evaluate(() => window.scrollY);
    // A tap on the article text, well below the open list.
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('No viewport');
    await page.touchscreen.tap(viewport.width / 2, viewport.height - 40);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    expect(await page.evaluate(() => window.scrollY), 'closing does not scroll').toBe(scrollY);
    await expectMarked(page, lang, lead);
  });
});

test.describe('the scrollspy', () => {
  test('marks the section being read while the reader scrolls, replacing the address quietly', async ({
    page,
  }) => {
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    const entries = await historyLength(page);
    await expectMarked(page, lang, lead);

    // Each section's start scrolled just under the header.
    for (const id of [middle, last]) {
      await scrollInstantly(page, (await sectionTop(page, id)) - (await headerBottom(page)) - 8);
      await expectMarked(page, lang, id);
      await expect(page).toHaveURL(sectionPath(lang, id));
    }
    await scrollInstantly(page, 0);
    await expectMarked(page, lang, lead);
    await expect(page).toHaveURL(articlePath[lang]);

    // With the mouse wheel, down the whole page. The section being read is the first one in the
    // band from a line (32 px, see use-active-section) below the header to 40 % down the window;
    // between sections, the last one begun; at the end of the article, the last.
    const sections = sectionsOf(lang).map((section) => section.id);
    const seen = new Set<string>();
    for (let step = 0; step < 40; step += 1) {
      await page.mouse.wheel(0, 240);
      await scrollSettled(page);
      const where = await page.evaluate((ids) => {
        const bandTop =
          (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 32;
        const boxes = ids.map((id) => {
          const rect = document.getElementById(id)?.getBoundingClientRect();
          return { id, top: rect?.top ?? Infinity, bottom: rect?.bottom ?? Infinity };
        });
        const end = document.getElementById('article-end')?.getBoundingClientRect().top ?? 0;
        return {
          band: [bandTop, window.innerHeight * 0.4],
          boxes,
          atEnd: end < window.innerHeight,
        };
      }, sections);
      const [bandTop, bandBottom] = where.band as [number, number];
      const edges = where.boxes.flatMap(({ top, bottom }) => [top, bottom]);
      // A section edge right at the band's edge: either answer is fair, so no check there.
      if (edges.some((edge) => Math.abs(edge - bandTop) < 6 || Math.abs(edge - bandBottom) < 6)) {
        continue;
      }
      const inBand = where.boxes.find(({ top, bottom }) => top < bandBottom && bottom > bandTop);
      const begun = where.boxes.filter(({ top }) => top < bandTop).at(-1);
      const expected = where.atEnd ? last : ((inBand ?? begun)?.id ?? lead);
      await expectMarked(page, lang, expected);
      seen.add(expected);
      if (where.atEnd) break;
    }
    expect([...seen], 'every section was marked on the way down').toEqual(sections);

    // At the very end of the page the last section is current.
    await scrollInstantly(page, await page.evaluate(() => document.documentElement.scrollHeight));
    await expectMarked(page, lang, last);
    await expect(page).toHaveURL(sectionPath(lang, last));

    // Home, from the end: the first again, and the article's own address.
    await page.keyboard.press('Home');
    await scrollSettled(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectMarked(page, lang, lead);
    await expect(page).toHaveURL(articlePath[lang]);

    expect(await historyLength(page), 'scrolling added no history entries').toBe(entries);
  });
});

test.describe('section addresses', () => {
  for (const lang of langs) {
    test(`${lang}: a fresh link to each section lands on it, focused and marked`, async ({
      page,
    }) => {
      for (const { id } of sectionsOf(lang)) {
        await page.goto(sectionPath(lang, id));
        await settle(page);
        await expectLandedOn(page, lang, id);
        await expectMarked(page, lang, id);
        await expect(page).toHaveURL(sectionPath(lang, id));
      }
    });
  }

  test.describe('before the app has loaded', () => {
    /** Holds the app's scripts back until `release()`, as on a slow phone. */
    async function holdAppScripts(page: Page): Promise<() => void> {
      let held: (() => void)[] | undefined = [];
      await page.route('**/assets/*.js', async (route) => {
        if (held) await new Promise<void>((resolve) => held?.push(resolve));
        await route.continue();
      });
      return () => {
        for (const resume of held ?? []) resume();
        held = undefined;
      };
    }

    // One page per test: a service worker installed by an earlier page would answer the app's
    // requests itself, past the hold.
    for (const lang of langs) {
      test(`${lang}: a section’s own address opens there, and stays there once the app runs`, async ({
        page,
      }) => {
        await recordScrollPositions(page, { fromStart: true });
        const release = await holdAppScripts(page);
        await page.goto(sectionPath(lang, middle), { waitUntil: 'load' });
        const before = await headingOf(page, lang, middle).boundingBox();
        const below = Math.round((before?.y ?? Number.NaN) - (await headerBottom(page)));
        const where = 'heading px below the header, before the app';
        expect(below, where).toBeGreaterThanOrEqual(0);
        expect(below, where).toBeLessThanOrEqual(40);
        const opened = await page.evaluate(() => window.scrollY);
        release();
        await settle(page);
        await expectLandedOn(page, lang, middle);
        const { positions, final } = await scrollPositions(page);
        // It never showed the top, and the app did not move it once it loaded (within a pixel:
        // the header's measured height may round differently once the app runs).
        expect(Math.abs((positions[0] ?? 0) - opened), 'the first position').toBeLessThanOrEqual(1);
        expect(Math.abs(final - opened), 'moved by the app (px)').toBeLessThanOrEqual(2);
      });
    }

    test('a reader who scrolls on before the app runs is not moved back', async ({ page }) => {
      const lang = 'en';
      const release = await holdAppScripts(page);
      await page.goto(sectionPath(lang, middle), { waitUntil: 'load' });
      await scrollInstantly(page, (await page.evaluate(() => window.scrollY)) + 300);
      const reading = await page.evaluate(() => window.scrollY);
      release();
      await settle(page);
      await expect(headingOf(page, lang, middle)).toBeFocused();
      await scrollSettled(page);
      // Within a pixel: scroll positions are fractional at some device scales, and Chromium
      // rounds the one it reports (seen once: 1736 against 1737). A reader moved back moves far.
      const now = await page.evaluate(() => window.scrollY);
      expect(
        Math.abs(now - reading),
        `where the reader was (${reading}, now ${now})`,
      ).toBeLessThanOrEqual(1);
    });
  });

  test('#nuclear-plants on the article address lands there at once and names the section as a path', async ({
    page,
  }) => {
    // Every scroll position the page passes through, from its very start.
    await recordScrollPositions(page, { fromStart: true });
    // As on a real connection, the app's script arrives a moment after the page has shown.
    await page.route('**/assets/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    for (const lang of langs) {
      await page.goto(`${articlePath[lang]}#${middle}`);
      await settle(page);
      await expect(page).toHaveURL(sectionPath(lang, middle));
      await expectMarked(page, lang, middle);
      await scrollSettled(page);
      // A link opens at its place, as a section's own address does: no ride down from the top.
      const { positions, final } = await scrollPositions(page);
      const height = page.viewportSize()?.height ?? 0;
      expect(
        positions.filter((y) => Math.abs(y - final) > height / 2),
        `${lang}: positions passed on the way to ${final} (px)`,
      ).toEqual([]);
      await expectLandedOn(page, lang, middle);
    }
  });

  test('Back and Forward move between the sections chosen', async ({ page }) => {
    const lang = 'en';
    await page.goto(articlePath[lang]);
    await settle(page);
    await chooseSection(page, lang, middle);
    await expectLandedOn(page, lang, middle);
    await chooseSection(page, lang, last);
    await expectLandedOn(page, lang, last);
    await expect(page).toHaveURL(sectionPath(lang, last));

    await page.goBack();
    await expect(page).toHaveURL(sectionPath(lang, middle));
    await expectLandedOn(page, lang, middle);
    await expectMarked(page, lang, middle);

    await page.goBack();
    await expect(page).toHaveURL(articlePath[lang]);
    await expectLandedOn(page, lang, lead);
    await expectMarked(page, lang, lead);

    await page.goForward();
    await expect(page).toHaveURL(sectionPath(lang, middle));
    await expectLandedOn(page, lang, middle);
    await expectMarked(page, lang, middle);

    await page.goForward();
    await expect(page).toHaveURL(sectionPath(lang, last));
    await expectLandedOn(page, lang, last);
    await expectMarked(page, lang, last);
  });
});

test.describe('the language toggle', () => {
  test('keeps the section and the paragraph being read', async ({ page }) => {
    await page.goto(articlePath.de);
    await settle(page);
    // The reader is halfway through a paragraph of the middle section (not near the page's end,
    // where the page could not scroll far enough in either language).
    const paragraph = page.locator(`#${middle} p[data-block]`).first();
    const block = await paragraph.getAttribute('data-block');
    expect(block).not.toBeNull();
    const before = await paragraph.boundingBox();
    if (!before) throw new Error('The paragraph has no box');
    const scrollY = await page.evaluate(() => window.scrollY);
    await scrollInstantly(
      page,
      scrollY + before.y + before.height / 2 - (await headerBottom(page)),
    );
    await expect(page).toHaveURL(sectionPath('de', middle));
    const ratio = await page.locator(`[data-block="${block}"]`).evaluate(
      (element, top) => {
        const rect = element.getBoundingClientRect();
        return (top - rect.top) / rect.height;
      },
      await headerBottom(page),
    );
    expect(ratio, 'the top of the reading area is halfway through the paragraph').toBeCloseTo(
      0.5,
      1,
    );

    await clickOrTap(page.getByRole('link', { name: ui.de.toggle, exact: true }));
    await expect(page).toHaveURL(sectionPath('en', middle));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectMarked(page, 'en', middle);

    const same = page.locator(`[data-block="${block}"]`);
    const lineHeight = await same.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight),
    );
    await scrollSettled(page);
    const after = await same.boundingBox();
    if (!after) throw new Error('The paragraph has no box after the switch');
    const readingPoint = after.y + ratio * after.height;
    expect(
      Math.abs(readingPoint - (await headerBottom(page))),
      `paragraph ${block} stays at the top of the reading area (px off)`,
    ).toBeLessThanOrEqual(lineHeight);
  });
});

test.describe('reduced motion', () => {
  test('a chosen section is jumped to at once, not scrolled to', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    await recordScrollPositions(page);
    await chooseSection(page, lang, last);
    await expectLandedOn(page, lang, last);
    const { positions, final } = await scrollPositions(page);
    expect(positions.length, 'the page scrolled').toBeGreaterThan(0);
    expect(
      positions.filter((y) => y !== final),
      'positions passed on the way (none: a jump)',
    ).toEqual([]);
  });
});

test.describe('sharing a section', () => {
  // Like a desktop browser: no system share sheet, so the link goes to the clipboard.
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
  });

  test('copies the section’s absolute address and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    for (const lang of langs) {
      await page.goto(articlePath[lang]);
      await settle(page);
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      const title = sectionOf(lang, middle).title;
      const share = page.getByRole('button', { name: ui[lang].share(title), exact: true });
      await share.click();
      await expect(page.getByRole('status').filter({ hasText: ui[lang].copied })).toHaveText(
        ui[lang].copied,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(sectionPath(lang, middle), baseURL).href);
    }
  });

  test('shows the address in a selected field when the clipboard is refused', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')),
      });
    });
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    const title = sectionOf(lang, last).title;
    await page.getByRole('button', { name: ui[lang].share(title), exact: true }).click();
    const field = page.getByRole('textbox', { name: new RegExp(title) });
    await expect(field).toBeVisible();
    const url = new URL(sectionPath(lang, last), baseURL).href;
    await expect(field).toHaveValue(url);
    await expect
      .poll(() =>
        field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
      )
      .toEqual([0, url.length]);
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(1);
  });
});
