import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import type { Lang } from './support/content';
import { expect, notFoundDocument, test } from './support/fixtures';
import { clickOrTap, expectNoHorizontalScroll, settle } from './support/page-helpers';
import {
  articlePages,
  articlePath,
  contentsEntry,
  contentsNav,
  isWide,
  langs,
  photoLinks,
  sectionBarButton,
  sectionPath,
  sectionsOf,
  ui,
} from './support/reading';

// Accessibility: axe-core on every page in every colour scheme and theme and in each open state,
// the keyboard path through the page with a visible focus and no trap, reflow, forced colours.

const routes: { lang: Lang; path: string }[] = [
  ...articlePages,
  { lang: 'de', path: '/de/nope' },
  { lang: 'en', path: '/en/nope' },
];

/**
 * The palettes a reader can see are light, dark and sepia. Choosing light or dark in the settings
 * sets only `color-scheme` (themes.css), which paints exactly the palette of that system scheme,
 * already checked here; sepia exists only as a choice. (That each choice takes effect is
 * comfort.spec's business; axe judges the colours on screen.)
 */
const choiceOnlyThemes = ['sepia'] as const;

/**
 * The colour states (a dark system scheme; a theme only a choice gives) change colours only,
 * not structure. Every route in each of them is 100 runs of axe, minutes on a small machine; so by
 * default they are checked on the pages that between them show every kind of element (the article
 * and the not-found page, in each language), and every route is checked in the light scheme.
 * E2E_A11Y_FULL=1 checks every route in every colour state.
 */
const fullMatrix = process.env.E2E_A11Y_FULL === '1';
const showsEveryElement = new Set([...Object.values(articlePath), '/de/nope', '/en/nope']);

const axe = (page: Page, state: string) => expectNoAxeViolations(page, { state });

test.describe('axe-core', () => {
  test.use({ colorScheme: 'light' });

  for (const { lang, path } of routes) {
    const colourStates = fullMatrix || showsEveryElement.has(path);
    const where = colourStates ? 'in the light, dark and sepia palettes' : 'in the light scheme';
    test(`${path}: no violations ${where}`, async ({ page, openPage, consoleGuard }) => {
      consoleGuard.allow(notFoundDocument(path));
      await page.goto(path);
      await settle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await axe(page, 'light colour scheme');
      if (!colourStates) return;

      // The reader's own choice, stored before the page loads, as a returning reader's is.
      for (const theme of choiceOnlyThemes) {
        await page.evaluate((value) => localStorage.setItem('reader.theme', value), theme);
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await settle(page);
        await axe(page, `theme ${theme}`);
      }

      const dark = await openPage({ colorScheme: 'dark' });
      await dark.goto(path);
      await settle(dark);
      expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        true,
      );
      await axe(dark, 'dark colour scheme');
    });
  }

  test('no violations with the settings, the contents or a photo open', async ({ page }) => {
    // One language per device: the open states differ between the languages in words only.
    const lang: Lang = isWide(page) ? 'de' : 'en';
    await page.goto(articlePath[lang]);
    await settle(page);

    const settings = page.getByRole('button', { name: ui[lang].settings });
    await clickOrTap(settings);
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: ui[lang].theme })).toBeVisible();
    await axe(page, 'settings open');
    await page.keyboard.press('Escape');
    await expect(settings).toHaveAttribute('aria-expanded', 'false');

    if (!isWide(page)) {
      const bar = sectionBarButton(page, lang);
      await clickOrTap(bar);
      await expect(bar).toHaveAttribute('aria-expanded', 'true');
      await expect(contentsNav(page, lang).getByRole('list')).toBeVisible();
      await axe(page, 'contents open');
      await page.keyboard.press('Escape');
      await expect(bar).toHaveAttribute('aria-expanded', 'false');
      await axe(page, 'contents closed');
    }

    await photoLinks(page, lang).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('img')).toBeVisible();
    await axe(page, 'photo open');
  });
});

interface Stop {
  /** Stable for the element while the page lives, to tell stops apart. */
  key: number;
  /** Where it is: the site header, the contents, the article, or elsewhere. */
  region: 'header' | 'contents' | 'article' | 'main' | 'other';
  description: string;
  isHeading: boolean;
  focusVisible: boolean;
  /** The focus indicator's outline width in px (0 without one). */
  outline: number;
}

/** The element that has focus now, or null when focus has left the page. */
async function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const tracked = window as { __focusKeys?: WeakMap<Element, number>; __focusCount?: number };
    const registry = (tracked.__focusKeys ??= new WeakMap());
    if (!registry.has(element)) {
      tracked.__focusCount = (tracked.__focusCount ?? 0) + 1;
      registry.set(element, tracked.__focusCount);
    }
    let region: Stop['region'] = 'other';
    if (element.closest('nav')) region = 'contents';
    else if (element.closest('article')) region = 'article';
    else if (element.closest('header')) region = 'header';
    else if (element.closest('main')) region = 'main';
    const style = getComputedStyle(element);
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return {
      key: registry.get(element) ?? 0,
      region,
      description: `<${element.tagName.toLowerCase()}> ${name.replace(/\s+/g, ' ').trim()}`,
      isHeading: /^H[1-6]$/.test(element.tagName),
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
  });
}

function expectVisibleFocus(stop: Stop): void {
  if (stop.isHeading) return;
  expect(stop.focusVisible, `${stop.description} matches :focus-visible`).toBe(true);
  expect(stop.outline, `${stop.description}: focus outline width (px)`).toBeGreaterThan(0);
}

test.describe('keyboard', () => {
  test('the skip link comes first and moves focus to the main content', async ({ page }) => {
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: ui[lang].skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const stop = await focusStop(page);
    if (!stop) throw new Error('Nothing focused');
    expectVisibleFocus(stop);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const next = await focusStop(page);
    expect(
      next?.region,
      `after the skip link, Tab goes on inside main: ${next?.description}`,
    ).toMatch(/^(contents|article|main)$/);
    if (next?.region === 'contents') expect(isWide(page)).toBe(true);
  });

  test('Tab goes through the header (site name to the front first), the contents, then the article, always visibly', async ({
    page,
  }) => {
    const lang = 'en';
    await page.goto(articlePath[lang]);
    await settle(page);

    const expectNext = async (target: ReturnType<Page['getByRole']>) => {
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      const stop = await focusStop(page);
      if (!stop) throw new Error('Nothing focused');
      expectVisibleFocus(stop);
      return stop;
    };
    await expectNext(page.getByRole('link', { name: ui[lang].skipLink }));
    await expectNext(page.getByRole('link', { name: ui[lang].siteName, exact: true }));
    await expectNext(page.getByRole('button', { name: ui[lang].settings }));
    // The "both languages" switch (the parallel view) sits before the language link.
    await expectNext(page.getByRole('banner').getByRole('switch', { checked: false }));
    await expectNext(page.getByRole('link', { name: ui[lang].toggle, exact: true }));
    if (isWide(page)) {
      for (const { id } of sectionsOf(lang)) await expectNext(contentsEntry(page, lang, id));
    } else {
      await expectNext(sectionBarButton(page, lang));
    }

    // Then the article's own controls (photos, share buttons), each with a visible focus.
    const articleStops: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      if (!stop) break;
      expectVisibleFocus(stop);
      if (stop.region !== 'article') {
        expect(articleStops.length, `after the article: ${stop.description}`).toBeGreaterThan(0);
        break;
      }
      articleStops.push(stop.description);
    }
    expect(articleStops.length, 'Tab stops in the article').toBeGreaterThanOrEqual(4);
    for (const { title, untitled } of sectionsOf(lang)) {
      if (!untitled) expect(articleStops).toContain(`<button> ${ui[lang].share(title)}`);
    }
  });

  test('there is no keyboard trap: 60 Tabs never stick and come round again', async ({ page }) => {
    await page.goto(articlePath.de);
    await settle(page);
    const stops: (Stop | null)[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focusStop(page));
    }
    const keys = stops.map((stop) => stop?.key ?? 0);
    const repeats = keys.flatMap((key, i) =>
      i > 0 && key === keys[i - 1] ? [stops[i]?.description ?? '(page)'] : [],
    );
    expect(repeats, 'stops where Tab stayed on the same element').toEqual([]);
    const first = keys[0];
    expect(first).toBeGreaterThan(0);
    expect(keys.indexOf(first ?? 0, 1), 'Tab came back round to the first stop').toBeGreaterThan(0);
    for (const stop of stops) if (stop) expectVisibleFocus(stop);
  });
});

test.describe('reflow', () => {
  for (const size of [
    { width: 320, height: 640, what: '320 px wide' },
    { width: 640, height: 400, what: '200 % zoom of 1280 × 800' },
  ]) {
    test(`at ${size.what}: no sideways scrolling and no clipped text in the header`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const clipped: string[] = [];
      for (const lang of langs) {
        // The section with the longest title: on narrow screens the section bar names it.
        const longest = sectionsOf(lang).reduce((a, b) =>
          b.title.length > a.title.length ? b : a,
        );
        await page.goto(sectionPath(lang, longest.id));
        await settle(page);
        await expectNoHorizontalScroll(page);
        const cut = await page.getByRole('banner').evaluate((header) => {
          const found: string[] = [];
          for (const element of header.querySelectorAll<HTMLElement>('*')) {
            const style = getComputedStyle(element);
            if (style.display === 'none' || style.visibility === 'hidden') continue;
            if (element.closest('.visually-hidden, [hidden]')) continue;
            const rect = element.getBoundingClientRect();
            if (rect.width <= 1 || rect.height <= 1) continue;
            const ownText = [...element.childNodes].some(
              (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
            );
            if (!ownText) continue;
            const hidden = element.scrollWidth - element.clientWidth;
            const outside = rect.left < -1 || rect.right > document.documentElement.clientWidth + 1;
            if (hidden > 1 || outside) {
              found.push(
                `.${element.className} “${element.textContent?.trim()}”: ${hidden} px of ` +
                  `${element.scrollWidth} px cut off${outside ? ', outside the window' : ''}`,
              );
            }
          }
          return found;
        });
        clipped.push(...cut.map((text) => `${lang}: ${text}`));
      }
      expect(clipped, 'text cut off in the header').toEqual([]);
    });
  }
});

test.describe('forced colours', () => {
  test('the current contents entry stays distinct', async ({ page }) => {
    test.skip(!isWide(page), 'the contents list is on screen on wide screens only');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${articlePath.de}/${sectionsOf('de')[1]?.slug ?? ''}`);
    await settle(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const look = (id: string) =>
      contentsEntry(page, 'de', id).evaluate((link) => {
        const style = getComputedStyle(link);
        return {
          fontWeight: style.fontWeight,
          border: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
          outline: `${style.outlineWidth} ${style.outlineStyle}`,
          textDecoration: style.textDecorationLine,
          background: style.backgroundColor,
          color: style.color,
        };
      });
    const [lead, current, last] = sectionsOf('de').map((section) => section.id) as [
      string,
      string,
      string,
    ];
    await expect(contentsEntry(page, 'de', current)).toHaveAttribute('aria-current', 'location');
    const currentLook = await look(current);
    for (const other of [lead, last]) {
      const otherLook = await look(other);
      // In forced colours the system picks the colours: only a difference in weight, border,
      // outline, underline or background still shows.
      const differs = (
        ['fontWeight', 'border', 'outline', 'textDecoration', 'background'] as const
      ).filter((property) => currentLook[property] !== otherLook[property]);
      expect(differs, `what tells the current entry from ${other}`).not.toEqual([]);
    }
  });
});
