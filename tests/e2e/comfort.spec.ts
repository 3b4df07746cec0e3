import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { clickOrTap, expectNoHorizontalScroll, settle } from './support/page-helpers';
import {
  articlePath,
  contentsNav,
  figureOf,
  langs,
  photoLinks,
  scrollInstantly,
  ui,
} from './support/reading';

// Reader comfort: theme and text size (applied before the first paint, chosen in the settings
// panel, remembered), the reading progress bar, the photo lightbox, and the printed page.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const textSizes = ['s', 'm', 'l', 'xl', 'xxl'] as const;

interface FirstFrame {
  background: string | null;
  theme: string | null;
  textSize: string | null;
}

interface EarlyRecord {
  firstFrame?: FirstFrame;
  textSizeAtDomContentLoaded?: string | null;
}

/**
 * Stores the reader's choices before the page's own scripts run, and records what the first frame
 * shows: requestAnimationFrame callbacks run just before the browser paints.
 */
async function storeChoicesAndRecordFirstFrame(
  page: Page,
  choices: { theme: string; textSize: string },
): Promise<void> {
  await page.addInitScript((stored) => {
    localStorage.setItem('reader.theme', stored.theme);
    localStorage.setItem('reader.textSize', stored.textSize);
    const record: EarlyRecord = {};
    (window as { __early?: EarlyRecord }).__early = record;
    requestAnimationFrame(() => {
      const root = document.documentElement;
      record.firstFrame = {
        background: document.body ? getComputedStyle(document.body).backgroundColor : null,
        theme: root.getAttribute('data-theme'),
        textSize: root.getAttribute('data-text-size'),
      };
    });
    document.addEventListener('DOMContentLoaded', () => {
      record.textSizeAtDomContentLoaded = document.documentElement.getAttribute('data-text-size');
    });
  }, choices);
}

const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('theme and text size', () => {
  test('a stored choice is there from the first frame: no flash of the default', async ({
    page,
    openPage,
  }) => {
    // The default (light) look, for comparison.
    await page.goto(articlePath.de);
    const lightBackground = await bodyBackground(page);

    for (const choices of [
      { theme: 'dark', textSize: 'xl' },
      { theme: 'sepia', textSize: 's' },
    ]) {
      const reader = await openPage();
      await storeChoicesAndRecordFirstFrame(reader, choices);
      await reader.goto(articlePath.de);
      await settle(reader);
      const early = await reader.evaluate(() => (window as { __early?: EarlyRecord }).__early);
      const settled = await bodyBackground(reader);
      expect(settled, `the ${choices.theme} page looks different from the light one`).not.toBe(
        lightBackground,
      );
      expect(early?.firstFrame, `the first frame (${choices.theme})`).toEqual({
        background: settled,
        theme: choices.theme,
        textSize: choices.textSize,
      });
      expect(early?.textSizeAtDomContentLoaded).toBe(choices.textSize);
      await expect(reader.locator('html')).toHaveAttribute('data-theme', choices.theme);
      await expect(reader.locator('html')).toHaveAttribute('data-text-size', choices.textSize);
    }
  });

  test('a choice in the settings panel applies at once and is remembered', async ({ page }) => {
    const lang = 'en';
    await page.goto(articlePath[lang]);
    await settle(page);
    const html = page.locator('html');
    await expect(html).not.toHaveAttribute('data-theme', /./);
    const lightBackground = await bodyBackground(page);
    const fontSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normalSize = await fontSize();

    const settings = page.getByRole('button', { name: ui[lang].settings });
    await clickOrTap(settings);
    const themes = page.getByRole('group', { name: ui[lang].theme });
    const sizes = page.getByRole('group', { name: ui[lang].textSize });
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.system, exact: true }),
    ).toBeChecked();
    // The whole panel is on screen, so every option can be seen and tapped.
    const panelId = await settings.getAttribute('aria-controls');
    const panel = await page.locator(`[id="${panelId}"]`).boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const where = `the open settings panel in the ${width} px wide window: its`;
    expect.soft(panel?.x ?? Number.NaN, `${where} left edge (px)`).toBeGreaterThanOrEqual(0);
    expect
      .soft((panel?.x ?? 0) + (panel?.width ?? 0), `${where} right edge (px)`)
      .toBeLessThanOrEqual(width);

    // A reader taps an option's label.
    await clickOrTap(themes.getByText(ui[lang].themes.dark, { exact: true }));
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.dark, exact: true }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).not.toBe(lightBackground);
    await clickOrTap(sizes.getByText(ui[lang].textSizes.xxl, { exact: true }));
    await expect(html).toHaveAttribute('data-text-size', 'xxl');
    expect(await fontSize()).toBeGreaterThan(normalSize);
    expect(
      await page.evaluate(() => [
        localStorage.getItem('reader.theme'),
        localStorage.getItem('reader.textSize'),
      ]),
    ).toEqual(['dark', 'xxl']);

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-text-size', 'xxl');
    await settle(page);
    await clickOrTap(settings);
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.dark, exact: true }),
    ).toBeChecked();
    await expect(
      sizes.getByRole('radio', { name: ui[lang].textSizes.xxl, exact: true }),
    ).toBeChecked();

    // Back to following the system: the attribute goes, the light look returns.
    await clickOrTap(themes.getByText(ui[lang].themes.system, { exact: true }));
    await expect(html).not.toHaveAttribute('data-theme', /./);
    expect(await bodyBackground(page)).toBe(lightBackground);
  });

  test('the panel works by keyboard: arrow keys within a group, Tab between groups', async ({
    page,
  }) => {
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    const html = page.locator('html');
    const settings = page.getByRole('button', { name: ui[lang].settings });
    await settings.focus();
    await page.keyboard.press('Enter');
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    const themes = page.getByRole('group', { name: ui[lang].theme });
    const sizes = page.getByRole('group', { name: ui[lang].textSize });
    await expect(themes).toBeVisible();

    // Tab enters the theme group on its checked option.
    await page.keyboard.press('Tab');
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.system, exact: true }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.light, exact: true }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('ArrowDown');
    await expect(
      themes.getByRole('radio', { name: ui[lang].themes.dark, exact: true }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', 'dark');

    // Tab moves to the text sizes, on the checked (normal) one; arrows change the size.
    await page.keyboard.press('Tab');
    const normal = sizes.getByRole('radio', { name: ui[lang].textSizes.m, exact: true });
    await expect(normal).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(
      sizes.getByRole('radio', { name: ui[lang].textSizes.l, exact: true }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-text-size', 'l');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(
      sizes.getByRole('radio', { name: ui[lang].textSizes.s, exact: true }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-text-size', 's');

    // Escape closes the panel and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(themes).toBeHidden();
    await expect(settings).toBeFocused();
  });

  test('the layout holds at every text size on a 375 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const lang = 'de';
    await page.goto(articlePath[lang]);
    for (const size of textSizes) {
      await page.evaluate((value) => localStorage.setItem('reader.textSize', value), size);
      await page.reload();
      await settle(page);
      await expectNoHorizontalScroll(page);
      const header = page.getByRole('banner');
      const name = await header.getByText(ui[lang].siteName, { exact: true }).boundingBox();
      if (!name) throw new Error('The site name is not shown');
      for (const control of [
        header.getByRole('button', { name: ui[lang].settings }),
        header.getByRole('link', { name: ui[lang].toggle, exact: true }),
      ]) {
        const box = await control.boundingBox();
        if (!box) throw new Error('A header control is not shown');
        const overlaps =
          box.x < name.x + name.width &&
          name.x < box.x + box.width &&
          box.y < name.y + name.height &&
          name.y < box.y + box.height;
        expect(overlaps, `text size ${size}: a header control overlaps the site name`).toBe(false);
        expect(
          box.x + box.width,
          `text size ${size}: control inside the window`,
        ).toBeLessThanOrEqual(375);
      }
    }
  });
});

test.describe('reading progress', () => {
  for (const lang of langs) {
    test(`${lang}: grows while the reader scrolls and reaches 100 at the end`, async ({ page }) => {
      await page.goto(articlePath[lang]);
      await settle(page);
      const progress = page.getByRole('banner').getByRole('progressbar', {
        name: ui[lang].progress,
      });
      await expect(progress).toHaveAttribute('aria-valuenow', '0');
      await expect(progress).toHaveAttribute('aria-valuetext', ui[lang].minutesLeft);

      const scrollable = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      let previous = 0;
      for (const fraction of [0.3, 0.6]) {
        await scrollInstantly(page, scrollable * fraction);
        await expect
          .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
          .toBeGreaterThan(previous);
        previous = Number(await progress.getAttribute('aria-valuenow'));
        expect(previous).toBeLessThan(100);
        await expect(progress).toHaveAttribute('aria-valuetext', ui[lang].minutesLeft);
      }
      await scrollInstantly(page, scrollable);
      await expect(progress).toHaveAttribute('aria-valuenow', '100');
      await expect(progress).toHaveAttribute('aria-valuetext', ui[lang].finished);
    });
  }
});

test.describe('the photo lightbox', () => {
  test('by keyboard: Enter opens it, focus stays inside, Escape closes it and returns focus', async ({
    page,
  }) => {
    const lang = 'de';
    await page.goto(articlePath[lang]);
    await settle(page);
    const photo = photoLinks(page, lang).first();
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      if (await photo.evaluate((link) => link === document.activeElement)) break;
    }
    await expect(photo).toBeFocused();

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/[?&]photo=obama(&|$)/);
    const focusInDialog = () =>
      page.evaluate(() => {
        const dialogElement = document.querySelector('dialog[open]');
        const active = document.activeElement;
        if (!active || active === document.body) return 'nowhere';
        return dialogElement?.contains(active) ? 'in the dialog' : `outside: ${active.outerHTML}`;
      });
    expect(await focusInDialog()).toBe('in the dialog');
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      // Past its last control focus may go to the browser's own controls, never to the page.
      expect(await focusInDialog()).toMatch(/^(in the dialog|nowhere)$/);
    }
    await expect(dialog.getByRole('button', { name: ui[lang].close })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(articlePath[lang]);
    await expect(photo).toBeFocused();
  });

  test('its code loads only when a photo is opened, and Back closes it', async ({ page }) => {
    const lang = 'en';
    const scripts: { url: string; afterClick: boolean }[] = [];
    let clicked = false;
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.js(\?|$)/.test(request.url())) {
        scripts.push({ url: request.url(), afterClick: clicked });
      }
    });
    await page.goto(articlePath[lang]);
    await settle(page);
    // The other edition is fetched once the page is idle: let that finish first.
    await page.waitForLoadState('networkidle');

    const photo = photoLinks(page, lang).nth(1);
    await photo.scrollIntoViewIfNeeded();
    clicked = true;
    await photo.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/[?&]photo=cyberspace(&|$)/);

    const before = new Set(scripts.filter((s) => !s.afterClick).map((s) => s.url));
    const loadedOnOpening = scripts.filter((s) => s.afterClick && !before.has(s.url));
    expect(
      loadedOnOpening.map((s) => new URL(s.url).pathname),
      'scripts first requested when the photo was opened',
    ).not.toEqual([]);

    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(articlePath[lang]);
  });

  test('a link with ?photo=cyberspace opens the photo, with its caption and credit', async ({
    page,
  }) => {
    for (const lang of langs) {
      await page.goto(`${articlePath[lang]}?photo=cyberspace`);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const image = dialog.getByRole('img');
      await expect(image).toBeVisible();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      // Its caption and credit, as under the photo in the article.
      const { caption, credit } = figureOf(lang, 'cyberspace');
      await expect(dialog).toContainText(caption);
      if (credit !== undefined) await expect(dialog).toContainText(credit);
      await expect(dialog).toHaveAccessibleName(new RegExp(escapeRegExp(caption)));

      await dialog.getByRole('button', { name: ui[lang].close }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(articlePath[lang]);
    }
  });
});

test.describe('print', () => {
  test('prints the article with photos, captions, credits and its address, without controls', async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ media: 'print' });
    for (const lang of langs) {
      await page.goto(articlePath[lang]);
      await settle(page);
      // Hidden: the header (settings, toggle, section bar, progress), the contents, sharing.
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('link', { name: ui[lang].toggle, exact: true })).toBeHidden();
      await expect(page.getByRole('button', { name: ui[lang].settings })).toBeHidden();
      await expect(contentsNav(page, lang)).toBeHidden();
      for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
      const share = page.getByRole('button', { name: /teilen|Share/, includeHidden: true });
      expect(await share.count()).toBeGreaterThan(0);
      for (const button of await share.all()) await expect(button).toBeHidden();

      const figures = page.getByRole('main').getByRole('figure');
      await expect(figures).toHaveCount(2);
      for (const figure of await figures.all()) {
        await expect(figure.getByRole('img')).toBeVisible();
        await expect(figure.locator('figcaption')).toBeVisible();
        await expect(figure.locator('.figure__credit')).toBeVisible();
      }

      const printUrl = page.locator('.print-url');
      await expect(printUrl).toBeVisible();
      await expect(printUrl).toHaveText(`${ui[lang].printedFrom} ${baseURL}${articlePath[lang]}`);
    }
  });
});
