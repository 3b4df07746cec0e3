import { expect, test } from './support/fixtures';
import { serveAsWithoutJavaScript, settle } from './support/page-helpers';
import { articlePath, langs } from './support/reading';

// The marker under the headline says which parts the editors wrote and leads to the editor's
// note, which lists every addition. Both are generated from the content's flags (see
// src/article/model/editorial.ts); here they are checked as a reader meets them.

const marker = {
  de: 'Überschrift und Vorspann: von der Redaktion',
  en: 'Headline and standfirst: by the editors',
};
const additions = {
  de: 'Die Überschrift, der Vorspann und der Abschnittstitel „Überblick“ sind redaktionelle Ergänzungen.',
  en: 'The headline, the standfirst and the section title “Overview” are editorial additions.',
};
const noteTitle = { de: 'Anmerkung der Redaktion', en: 'Editor’s note' };

for (const lang of langs) {
  test(`${lang}: the marker under the headline is a link to the editor's note, by keyboard too`, async ({
    page,
  }) => {
    await page.goto(articlePath[lang]);
    await settle(page);
    const link = page.getByRole('link', { name: marker[lang], exact: true });
    await expect(link).toBeVisible();
    // Near the headline: after the standfirst, before the lead photo.
    const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
    const box = await link.boundingBox();
    const photo = await page.getByRole('figure').first().boundingBox();
    expect(headline && box && photo && headline.y < box.y && box.y < photo.y).toBe(true);

    // The first stop in the article when tabbing from its headline, with a visible focus ring.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const ring = await link.evaluate((element) => ({
      visible: element.matches(':focus-visible'),
      outline: parseFloat(getComputedStyle(element).outlineWidth),
    }));
    expect(ring.visible).toBe(true);
    expect(ring.outline).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    const note = page.getByRole('complementary', { name: noteTitle[lang] });
    await expect(note).toBeInViewport();
    await expect(note).toBeFocused();
    await expect(note).toContainText(additions[lang]);
    // The reader can go on from the note: the next Tab leaves it, it is no trap.
    await page.keyboard.press('Tab');
    await expect(note).not.toBeFocused();
  });

  test(`${lang}: without JavaScript the marker links to the note, which lists the additions`, async ({
    page,
  }) => {
    await serveAsWithoutJavaScript(page, articlePath[lang]);
    await page.goto(articlePath[lang]);
    const link = page.getByRole('link', { name: marker[lang], exact: true });
    await expect(link).toHaveAttribute('href', '#editors-note');
    await link.click();
    const note = page.getByRole('complementary', { name: noteTitle[lang] });
    await expect(note).toBeInViewport();
    await expect(note).toContainText(additions[lang]);
  });
}
