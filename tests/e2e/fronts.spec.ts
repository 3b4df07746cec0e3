import { expectNoAxeViolations } from './support/axe';
import { editionText } from './support/content';
import { expect, notFoundDocument, test } from './support/fixtures';
import { expectNoHorizontalScroll, serveAsWithoutJavaScript, settle } from './support/page-helpers';
import { articlePath, langs, ui } from './support/reading';

// The front page of each edition: its cards, its head, its keyboard and no-JS paths, the site
// name that leads to it, and the page numbers it does not have. With one article a front has one
// card and one page; pagination is tested at the model and page-head level (fixture manifests).

const frontPath = { de: '/de', en: '/en' } as const;

for (const lang of langs) {
  test.describe(`${lang} front page`, () => {
    test('shows each article as a card whose headline is its link', async ({ page }) => {
      await page.goto(frontPath[lang]);
      await settle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].frontTitle);
      const { headline } = editionText(lang);
      const card = page.getByRole('article', { name: headline });
      await expect(card).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
      const image = card.getByRole('img');
      await expect(image).toHaveAttribute('width', /^\d+$/);
      await expect(image).toHaveAttribute('height', /^\d+$/);
      await expect(image).toHaveJSProperty('complete', true);
      await expect(
        card.getByText(lang === 'de' ? /Minuten? Lesezeit/ : /-minute read/),
      ).toBeVisible();
      await expectNoHorizontalScroll(page);

      await card.getByRole('link', { name: headline }).click();
      await expect(page).toHaveURL(articlePath[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    });

    test('has a head of its own: title, canonical, hreflang alternates, Open Graph', async ({
      request,
      isMobile,
    }) => {
      test.skip(isMobile, 'the same HTML for every device');
      const html = await (await request.get(frontPath[lang])).text();
      expect(html).toContain(`<title>${ui[lang].frontTitle} – ${ui[lang].siteName}</title>`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${frontPath[lang]}">`));
      for (const other of langs) {
        expect(html).toMatch(
          new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${frontPath[other]}">`),
        );
      }
      expect(html).toContain('<meta property="og:type" content="website">');
      expect(html).toMatch(/<meta name="description" content="[^"]+">/);
      // One page: nothing to link as previous or next.
      expect(html).not.toMatch(/<link rel="(prev|next)"/);
    });

    test('has no axe violations', async ({ page }) => {
      await page.goto(frontPath[lang]);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    test('the site name on an article leads to this front', async ({ page }) => {
      await page.goto(articlePath[lang]);
      await settle(page);
      await page.getByRole('banner').first().getByRole('link', { name: ui[lang].siteName }).click();
      await expect(page).toHaveURL(frontPath[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].frontTitle);
    });

    test('page numbers the front does not have are not found, in its language', async ({
      page,
      request,
      consoleGuard,
      isMobile,
    }) => {
      test.skip(isMobile, 'the server and the router answer alike on every device');
      const word = lang === 'de' ? 'seite' : 'page';
      for (const number of ['1', '0', '2', '999', 'abc', '01']) {
        const path = `/${lang}/${word}/${number}`;
        consoleGuard.allow(notFoundDocument(path));
        expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].notFound);
      }
    });

    test('a trailing slash redirects permanently to the front', async ({
      request,
      baseURL,
      isMobile,
    }) => {
      test.skip(isMobile, 'the server answers alike on every device');
      const response = await request.get(`${frontPath[lang]}/`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location ?? '', baseURL).pathname).toBe(frontPath[lang]);
    });
  });
}

test.describe('fronts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of langs) {
    test(`${lang}: the card links to the article and the toggle to the other front`, async ({
      page,
    }) => {
      await page.goto(frontPath[lang]);
      const { headline } = editionText(lang);
      await expect(page.getByRole('link', { name: headline })).toHaveAttribute(
        'href',
        articlePath[lang],
      );
      const other = lang === 'de' ? 'en' : 'de';
      await expect(page.getByRole('link', { name: ui[lang].toggle, exact: true })).toHaveAttribute(
        'href',
        frontPath[other],
      );
    });
  }
  // `/` without JavaScript, which links both fronts: reader.spec ('without JavaScript').
});

test.describe('fronts as served without JavaScript', () => {
  for (const lang of langs) {
    test(`${lang}: no axe violations`, async ({ page }) => {
      await serveAsWithoutJavaScript(page, frontPath[lang]);
      await page.goto(frontPath[lang]);
      await expectNoAxeViolations(page);
    });
  }
});
