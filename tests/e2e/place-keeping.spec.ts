import type { Page } from '@playwright/test';
import type { Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { clickOrTap, settle } from './support/page-helpers';
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

// The language switch keeps the place wherever the reader is: every block of the article
// (paragraph, figure) in turn is put 120 px below the header, the language switched, and the
// same block of the other edition must be within one line of the same place. Near the page's
// end, where the page cannot scroll far enough to put a block there, the address must still
// name the section being read.

const readingOffset = 120;
const other = { de: 'en', en: 'de' } as const;

interface Measure {
  /** The block's top minus the header's bottom, in px. */
  below: number;
  lineHeight: number;
  atEnd: boolean;
  path: string;
}

async function measure(page: Page, block: string): Promise<Measure> {
  const header = await headerBottom(page);
  return page.locator(`[data-block="${block}"]`).evaluate((element, top) => {
    const root = document.documentElement;
    return {
      below: element.getBoundingClientRect().top - top,
      // A figure's line is its caption's.
      lineHeight: parseFloat(
        getComputedStyle(element.querySelector('figcaption') ?? element).lineHeight,
      ),
      atEnd: window.scrollY >= root.scrollHeight - window.innerHeight - 1,
      path: location.pathname,
    };
  }, header);
}

/** The section a path names, by its shared id (the article's own address: the lead). */
function sectionNamed(lang: Lang, path: string): string | undefined {
  const sections = sectionsOf(lang);
  if (path === articlePath[lang]) return sections[0]?.id;
  return sections.find((section) => sectionPath(lang, section.id) === path)?.id;
}

for (const start of langs) {
  test(`from ${start}: every block keeps its place through a switch, in both directions`, async ({
    page,
  }) => {
    test.slow();
    await page.goto(articlePath[start]);
    await settle(page);
    const blocks = await page
      .locator('main p[data-block], main figure[data-block]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block')));
    expect(blocks.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let placed = 0;
    let atTheEnd = 0;
    let lang: Lang = start;
    // Each block twice, from each language, so both directions start from the exact place.
    for (const block of blocks.flatMap((id) => [id, id])) {
      if (block === null) continue;
      const to = other[lang];
      const element = page.locator(`[data-block="${block}"]`);
      const box = await element.boundingBox();
      if (!box) throw new Error(`Block ${block} has no box`);
      const scrollY = await page.evaluate(() => window.scrollY);
      await scrollInstantly(page, scrollY + box.y - (await headerBottom(page)) - readingOffset);
      await scrollSettled(page);
      const before = await measure(page, block);
      // The scrollspy has had its frame to name the section being read.
      await page.waitForTimeout(150);
      const pathBefore = await page.evaluate(() => location.pathname);
      const reached = Math.abs(before.below - readingOffset) <= 1;
      if (reached) placed += 1;
      else atTheEnd += 1;

      await clickOrTap(page.getByRole('banner').getByRole('link', { name: ui[lang].toggle }));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await scrollSettled(page);
      await page.waitForTimeout(150);
      const after = await measure(page, block);
      const where = `${lang}→${to} ${block} (${page.viewportSize()?.width}px)`;
      if (sectionNamed(to, after.path) !== sectionNamed(lang, pathBefore)) {
        problems.push(`${where}: the address went from ${pathBefore} to ${after.path}`);
      }
      if (reached && !after.atEnd && Math.abs(after.below - readingOffset) > after.lineHeight) {
        problems.push(
          `${where}: ${Math.round(after.below)} px below the header, not ${readingOffset} ±${after.lineHeight}`,
        );
      }
      if (reached && after.atEnd && after.below < readingOffset - after.lineHeight) {
        problems.push(`${where}: at the end, above its place: ${Math.round(after.below)} px`);
      }
      lang = to;
    }
    expect(problems, 'places not kept').toEqual([]);
    // Most blocks can be put in place; the last ones, near the page's end, cannot.
    expect(placed, `blocks put 120 px below the header (${atTheEnd} could not be)`).toBeGreaterThan(
      atTheEnd,
    );
  });
}
