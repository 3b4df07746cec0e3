import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import type { Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { clickOrTap, expectNoHorizontalScroll, settle } from './support/page-helpers';
import {
  articlePath,
  headerBottom,
  isWide,
  langs,
  scrollInstantly,
  scrollSettled,
  sectionPath,
  sectionsOf,
  ui,
} from './support/reading';

// The parallel view (issue #14): both editions side by side, the page's language first, at
// /de-en/… and /en-de/…, one grid row per block pair on wide screens, interleaved on phones.

const other = { de: 'en', en: 'de' } as const;
const toggleName = { de: 'Beide Sprachen', en: 'Both languages' } as const;
const langName = { de: { en: 'Englisch' }, en: { de: 'German' } } as const;

function parallelPath(lang: Lang, path: string): string {
  return path.replace(`/${lang}/`, `/${lang}-${other[lang]}/`);
}

function viewSwitch(page: Page, lang: Lang) {
  return page.getByRole('banner').getByRole('switch', { name: toggleName[lang] });
}

/** Each block of the page's edition with its translation's box: the next sibling in the DOM. */
function pairs(page: Page) {
  return page
    .locator('.parallel > p[data-block], .parallel > [data-block$="-heading"]')
    .evaluateAll((elements) =>
      elements.map((own) => {
        const translation = own.nextElementSibling as HTMLElement;
        const a = own.getBoundingClientRect();
        const b = translation.getBoundingClientRect();
        return {
          block: (own as HTMLElement).dataset.block ?? '',
          ownTop: a.top,
          ownBottom: a.bottom,
          ownRight: a.right,
          otherTop: b.top,
          otherLeft: b.left,
          otherLang: translation.lang,
          ownLang: own.closest('[lang]')?.getAttribute('lang') ?? '',
        };
      }),
    );
}

for (const lang of langs) {
  const path = parallelPath(lang, articlePath[lang]);

  test.describe(`parallel view ${path}`, () => {
    test('each block and its translation: one row on wide screens, interleaved on phones', async ({
      page,
    }) => {
      await page.goto(path);
      await settle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const rows = await pairs(page);
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) {
        expect(row.otherLang, row.block).toBe(other[lang]);
        expect(row.ownLang, row.block).toBe(lang);
        if (isWide(page)) {
          expect(Math.abs(row.ownTop - row.otherTop), `${row.block} row tops`).toBeLessThanOrEqual(
            2,
          );
          expect(row.otherLeft, `${row.block}: page language first`).toBeGreaterThan(row.ownRight);
        } else {
          expect(row.otherTop, `${row.block}: translation under it`).toBeGreaterThanOrEqual(
            row.ownBottom - 1,
          );
        }
      }
      // Named by language for screen readers.
      await expect(
        page.getByRole('group', { name: langName[lang][other[lang] as never] }).first(),
      ).toBeVisible();
      // A figure once, spanning both columns, with both captions.
      const figure = page.locator('.parallel figure').first();
      await expect(figure.locator('figcaption [lang]').last()).toHaveAttribute('lang', other[lang]);
      await expect(page.locator('.parallel figure')).toHaveCount(
        await page.locator('.parallel figure[data-block]').count(),
      );
    });

    test('no sideways scrolling at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto(path);
      await settle(page);
      await expectNoHorizontalScroll(page);
    });

    test('axe finds nothing in the view', async ({ page }) => {
      await page.goto(path);
      await settle(page);
      await expectNoAxeViolations(page, { state: 'parallel view' });
    });

    test('the control is reached by keyboard, announces its state, and leads there and back', async ({
      page,
    }) => {
      test.skip(!isWide(page), 'keyboard path: desktop');
      await page.goto(articlePath[lang]);
      await settle(page);
      const control = viewSwitch(page, lang);
      await expect(control).toHaveAttribute('aria-checked', 'false');
      let reached = false;
      for (let i = 0; i < 8 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await control.evaluate((element) => element === document.activeElement);
      }
      expect(reached, 'Tab reaches the control').toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(viewSwitch(page, lang)).toHaveAttribute('aria-checked', 'true');
      await viewSwitch(page, lang).focus();
      await page.keyboard.press(' ');
      await expect(page).toHaveURL(new RegExp(`${articlePath[lang]}$`));
      await expect(viewSwitch(page, lang)).toHaveAttribute('aria-checked', 'false');
    });

    test('the language toggle swaps the columns; a section link stays in the view', async ({
      page,
    }) => {
      const section = sectionsOf(lang)[1];
      if (!section) throw new Error('no second section');
      await page.goto(parallelPath(lang, sectionPath(lang, section.id)));
      await settle(page);
      await clickOrTap(page.getByRole('banner').getByRole('link', { name: ui[lang].toggle }));
      const to = other[lang];
      await expect(page).toHaveURL(new RegExp(`${parallelPath(to, sectionPath(to, section.id))}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      const [first] = await pairs(page);
      expect(first?.ownLang).toBe(to);
      // The contents' links open the view at their section.
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs).toContain(parallelPath(to, sectionPath(to, section.id)));
    });

    test('entering and leaving keeps the paragraph being read in place', async ({ page }) => {
      await page.goto(articlePath[lang]);
      await settle(page);
      const blocks = await page
        .locator('main p[data-block]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block')));
      const block = blocks[Math.floor(blocks.length / 2)];
      if (!block) throw new Error('no paragraph');
      const element = page.locator(`[data-block="${block}"]`);
      const place = async () =>
        ((await element.boundingBox())?.y ?? NaN) - (await headerBottom(page));
      const box = await element.boundingBox();
      const scrollY = await page.evaluate(() => window.scrollY);
      await scrollInstantly(page, scrollY + (box?.y ?? 0) - (await headerBottom(page)) - 120);
      await scrollSettled(page);
      const before = await place();
      const lineHeight = await element.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
      for (const [checked, url] of [
        ['true', new RegExp(`^/${lang}-${other[lang]}/`)],
        ['false', new RegExp(`^/${lang}/`)],
      ] as const) {
        await clickOrTap(viewSwitch(page, lang));
        await expect(viewSwitch(page, lang)).toHaveAttribute('aria-checked', checked);
        expect(new URL(page.url()).pathname).toMatch(url);
        await scrollSettled(page);
        await page.waitForTimeout(150);
        const after = await place();
        expect(Math.abs(after - before), `${block} kept (${checked})`).toBeLessThanOrEqual(
          lineHeight,
        );
      }
    });

    test('print gives two columns', async ({ page }) => {
      await page.goto(path);
      await settle(page);
      await page.emulateMedia({ media: 'print' });
      const rows = await pairs(page);
      for (const row of rows) {
        expect(row.otherLeft, row.block).toBeGreaterThan(row.ownRight);
        expect(Math.abs(row.ownTop - row.otherTop), row.block).toBeLessThanOrEqual(2);
      }
    });
  });

  test.describe(`parallel view ${path} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('is complete, with both editions, and its control links back', async ({ page }) => {
      await page.goto(path);
      const rows = await pairs(page);
      expect(rows.length).toBeGreaterThan(5);
      const control = viewSwitch(page, lang);
      await expect(control).toHaveAttribute('aria-checked', 'true');
      await expect(control).toHaveAttribute('href', articlePath[lang]);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${path}$`),
      );
      await page.goto(articlePath[lang]);
      await expect(viewSwitch(page, lang)).toHaveAttribute('href', path);
    });
  });
}
