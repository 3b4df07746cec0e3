import { expectNoAxeViolations } from './support/axe';
import { editionText, englishOnlyTexts, normalizeSpace, type Lang } from './support/content';
import { expect, notFoundDocument, test } from './support/fixtures';
import {
  clickOrTap,
  cumulativeLayoutShift,
  expectNoHorizontalScroll,
  longestDisagreement,
  serveAsWithoutJavaScript,
  serverHtml,
  serverTitle,
  settle,
  startRecordingShownState,
  type ShownState,
} from './support/page-helpers';
import { ui } from './support/reading';

// The reader's acceptance tests. They run against the production build (dist/) served by the
// reader's own server, once per project (desktop and phone).

const articlePath = { de: '/de/usa-china-cyberabkommen', en: '/en/us-china-cyber-treaty' };

/** The three sections, in the same order in both editions. */
const sectionSlugs = {
  de: ['ueberblick', 'angriffe-gegen-atomkraftwerke', 'wenn-chinas-praesident-kommt'],
  en: ['overview', 'attacks-on-nuclear-power-plants', 'when-chinas-president-comes'],
};

const articlePages: { lang: Lang; path: string }[] = (['de', 'en'] as const).flatMap((lang) => [
  { lang, path: articlePath[lang] },
  ...sectionSlugs[lang].map((slug) => ({ lang, path: `${articlePath[lang]}/${slug}` })),
]);

const toggleName = { de: 'English', en: 'Deutsch' };
const captionPrefix = { de: 'Bildunterschrift:', en: 'Image caption:' };
const notFoundTitle = { de: 'Seite nicht gefunden', en: 'Page not found' };

/** Any request for the English edition's resources: its UI strings or its article content. */
const englishResource = /\/assets\/en[-.][^/]*\.(?:js|json)(?:\?|$)/;

test.describe('landing on /', () => {
  test.skip(({ isMobile }) => isMobile, 'the start page redirects alike on every device');
  for (const [locale, lang] of [
    ['de-DE', 'de'],
    ['en-US', 'en'],
    ['fr-FR', 'de'],
  ] as const) {
    test(`a first-time reader with browser locale ${locale} lands on the ${lang} front page`, async ({
      openPage,
    }) => {
      const page = await openPage({ locale });
      await page.goto('/');
      await expect(page).toHaveURL(`/${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].frontTitle);
    });
  }

  for (const [locale, readLast] of [
    ['de-DE', 'en'],
    ['en-US', 'de'],
  ] as const) {
    test(`a returning reader (locale ${locale}) who read ${readLast} last goes to ${readLast}`, async ({
      openPage,
    }) => {
      const page = await openPage({ locale });
      await page.goto(articlePath[readLast]);
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('reader.lang')))
        .toBe(readLast);
      await page.goto('/');
      await expect(page).toHaveURL(`/${readLast}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[readLast].frontTitle);
    });
  }
});

test.describe('article pages', () => {
  for (const { lang, path } of articlePages) {
    test(`${path} is a well-formed, readable article page`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(h1).toHaveText(editionText(lang).headline);
      await expect(page.getByRole('main')).toHaveCount(1);
      const article = page.getByRole('main').getByRole('article');
      await expect(article).toHaveCount(1);

      const figures = article.getByRole('figure');
      await expect(figures).toHaveCount(2);
      for (const figure of await figures.all()) {
        await expect(figure.locator('figcaption')).toHaveCount(1);
        // The caption names the figure, and a hidden prefix tells a listener what it is.
        await expect(figure).toHaveAccessibleName(new RegExp(`^${captionPrefix[lang]} \\S`));
        const prefix = figure.locator('figcaption').getByText(captionPrefix[lang], { exact: true });
        const box = await prefix.boundingBox();
        expect(box === null || (box.width <= 1 && box.height <= 1), 'prefix is hidden').toBe(true);
        if (lang === 'de') {
          // The photo credits are English: a German voice must not read them.
          const credit = figure.locator('figcaption [lang="en"]');
          await expect(credit).toHaveCount(1);
          await expect(credit).toHaveText(/\S/);
        }
      }
      // The one image that loads first, at high priority, is the one in view as the page opens:
      // the lead photo at the top, or the photo a section opens with. The rest load lazily.
      const eager = article.locator('img:not([loading="lazy"])');
      const opensAtTop = path === articlePath[lang] || path.endsWith(`/${sectionSlugs[lang][0]}`);
      if (opensAtTop) {
        await expect(eager).toHaveCount(1);
        await expect(figures.nth(0).getByRole('img')).toHaveAttribute('loading', 'eager');
      }
      // The second section opens with a photo (the content's figure "cyberspace"), the others
      // with text.
      const opensWithPhoto = path.endsWith(`/${sectionSlugs[lang][1]}`);
      expect(await eager.count()).toBe(opensAtTop || opensWithPhoto ? 1 : 0);
      for (const image of await eager.all()) {
        await expect(image).toHaveAttribute('fetchpriority', 'high');
        const box = await image.boundingBox();
        const height = page.viewportSize()?.height ?? 0;
        expect(box !== null && box.y < height && box.y + box.height > 0, 'in view').toBe(true);
      }

      // The body text: the paragraphs holding the article's own paragraphs.
      const { paragraphs } = editionText(lang);
      const paragraphSizes = await article
        .locator('p')
        .evaluateAll(
          (elements, texts) =>
            elements
              .filter((p) => texts.includes((p.textContent ?? '').replace(/\s+/g, ' ').trim()))
              .map((p) => parseFloat(getComputedStyle(p).fontSize)),
          paragraphs,
        );
      expect(paragraphSizes.length, 'paragraphs found').toBeGreaterThan(0);
      expect(Math.min(...paragraphSizes), 'body text font-size (px)').toBeGreaterThanOrEqual(16);

      await expectNoHorizontalScroll(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page);
    });
  }
});

test.describe('language toggle', () => {
  async function expectedState(
    request: Parameters<typeof serverTitle>[0],
    lang: Lang,
    path: string,
  ): Promise<Omit<ShownState, 'path'>> {
    return { lang, title: await serverTitle(request, path), h1: editionText(lang).headline };
  }

  test('switches German → English → German in place, the article in step with the address', async ({
    page,
    request,
  }) => {
    const expected = {
      de: await expectedState(request, 'de', articlePath.de),
      en: await expectedState(request, 'en', articlePath.en),
    };
    const byPath = { [articlePath.de]: expected.de, [articlePath.en]: expected.en };
    const documentRequests: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documentRequests.push(r.url());
    });

    await page.goto(articlePath.de);
    // A reader takes a moment before switching: the other edition is prefetched meanwhile.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as { __marker?: number }).__marker = 1));

    for (const [from, to] of [
      ['de', 'en'],
      ['en', 'de'],
    ] as const) {
      await startRecordingShownState(page);
      const toggle = page.getByRole('link', { name: toggleName[from], exact: true });
      await expect(toggle).toHaveAttribute('lang', to);
      await expect(toggle).toHaveAttribute('hreflang', to);
      await clickOrTap(toggle);

      await expect(page).toHaveURL(articlePath[to]);
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page).toHaveTitle(expected[to].title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText(to).headline);
      expect(
        await page.evaluate(() => (window as { __marker?: number }).__marker),
        'the page was not reloaded',
      ).toBe(1);

      const { longestMs, example } = await longestDisagreement(page, byPath);
      // The address is written in the commit that shows the article (AddressInStepRouter): no
      // frame and no DOM change may show one without the other.
      expect(
        example,
        `address and article disagreed for ${longestMs} ms, e.g. ${JSON.stringify(example)}`,
      ).toBeUndefined();
    }
    expect(documentRequests, 'only the first page load fetched a document').toHaveLength(1);
  });

  test('keeps the reader in the same section', async ({ page }) => {
    await page.goto(`${articlePath.de}/${sectionSlugs.de[1]}`);
    await settle(page);
    await clickOrTap(page.getByRole('link', { name: toggleName.de, exact: true }));
    await expect(page).toHaveURL(`${articlePath.en}/${sectionSlugs.en[1]}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('en').headline);
    await settle(page);
    await clickOrTap(page.getByRole('link', { name: toggleName.en, exact: true }));
    await expect(page).toHaveURL(`${articlePath.de}/${sectionSlugs.de[1]}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('de').headline);
  });

  test('on a slow connection, the address does not run ahead of the article', async ({
    page,
    request,
  }) => {
    const expected = {
      [articlePath.de]: await expectedState(request, 'de', articlePath.de),
      [articlePath.en]: await expectedState(request, 'en', articlePath.en),
    };
    // The English edition takes a second to arrive, and the reader clicks before it has.
    await page.route(englishResource, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(articlePath.de);
    // The app's switch is under test (before it runs, the toggle is a plain link to a new page).
    await settle(page);
    await startRecordingShownState(page);
    await clickOrTap(page.getByRole('link', { name: toggleName.de, exact: true }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('en').headline);
    await expect(page).toHaveURL(articlePath.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const { longestMs, example } = await longestDisagreement(page, expected);
    expect(
      example,
      `address and article disagreed for ${longestMs} ms, e.g. ${JSON.stringify(example)}`,
    ).toBeUndefined();
  });
});

test.describe("the German page's first view", () => {
  test.skip(({ isMobile }) => isMobile, 'the same requests, in the same order, on every device');
  test('its HTML contains no English article text', async ({ request }) => {
    const english = englishOnlyTexts();
    expect(english.length).toBeGreaterThan(5);
    // The check itself works: the English page does contain these texts.
    const englishHtml = await serverHtml(request, articlePath.en);
    for (const text of english) expect(englishHtml).toContain(text);

    const germanHtml = await serverHtml(request, articlePath.de);
    const found = english.flatMap((text) => {
      const at = germanHtml.indexOf(text);
      return at === -1 ? [] : [`“${text}” in …${germanHtml.slice(Math.max(0, at - 160), at)}`];
    });
    expect(found, 'English text in the German page').toEqual([]);
  });

  test('requests the English resources only after the load event', async ({ page, context }) => {
    // Images that take a while hold the load event back, as on a real connection.
    await page.route('**/assets/img/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    // Every request of the context (a service worker's too), in the order the browser reports.
    const beforeLoad: string[] = [];
    let loaded = false;
    page.once('load', () => (loaded = true));
    context.on('request', (request) => {
      if (!loaded && englishResource.test(request.url())) beforeLoad.push(request.url());
    });
    await page.goto(articlePath.de);

    const timing = () =>
      page.evaluate((source) => {
        const pattern = new RegExp(source);
        const navigation = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        return {
          loadEventStart: navigation?.loadEventStart ?? 0,
          english: performance
            .getEntriesByType('resource')
            .filter((entry) => pattern.test(new URL(entry.name).pathname))
            .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
        };
      }, englishResource.source);

    // The app does fetch the English edition in the background (so the pattern is right)…
    await expect.poll(async () => (await timing()).english.length).toBeGreaterThan(0);
    // …but not while the first view is still loading.
    expect(beforeLoad, 'English resources requested before the load event').toEqual([]);
    const { loadEventStart, english } = await timing();
    expect(loadEventStart).toBeGreaterThan(0);
    for (const entry of english) {
      expect(
        entry.startTime,
        `${entry.url} requested at ${Math.round(entry.startTime)} ms, load at ${Math.round(loadEventStart)} ms`,
      ).toBeGreaterThanOrEqual(loadEventStart);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the German article is complete, and the toggle is a link to the English page', async ({
    page,
  }) => {
    await page.goto(articlePath.de);
    const shown = normalizeSpace((await page.getByRole('main').textContent()) ?? '');
    for (const text of editionText('de').pageTexts) expect(shown).toContain(text);

    const toggle = page.getByRole('link', { name: toggleName.de, exact: true });
    await expect(toggle).toHaveAttribute('href', articlePath.en);
    await toggle.click();
    await expect(page).toHaveURL(articlePath.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText('en').headline);
  });

  test('/ links to both front pages', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    const main = page.getByRole('main');
    for (const lang of ['de', 'en'] as const) {
      const link = main.locator(`a[href="/${lang}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('hreflang', lang);
      await expect(link).toHaveAccessibleName(/\S/);
    }
    await main.locator('a[href="/en"]').click();
    await expect(page).toHaveURL('/en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.frontTitle);
  });
});

test.describe('hydration', () => {
  for (const path of [articlePath.de, articlePath.en, `${articlePath.de}/${sectionSlugs.de[2]}`]) {
    test(`the app takes over ${path} without moving anything`, async ({ page }) => {
      await page.goto(path);
      await page.waitForTimeout(1000);
      expect(await cumulativeLayoutShift(page), 'cumulative layout shift').toBeLessThan(0.01);
      // Hydration errors and warnings would have reached the console: the fixture checks it.
    });
  }
});

test.describe('not found', () => {
  // Its layout on a phone is checked by axe (accessibility.spec).
  test.skip(({ isMobile }) => isMobile, 'the server and the router answer alike on every device');
  for (const [path, lang] of [
    ['/de/nope', 'de'],
    ['/en/nope', 'en'],
    ['/xx/whatever', 'de'],
  ] as const) {
    test(`${path} is a ${lang} 404 page with links to both editions`, async ({
      page,
      consoleGuard,
    }) => {
      consoleGuard.allow(notFoundDocument(path));
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await settle(page);

      // Still the not-found page once the app has taken over.
      await expect(page).toHaveURL(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundTitle[lang]);
      const main = page.getByRole('main');
      for (const edition of ['de', 'en'] as const) {
        await expect(main.locator(`a[href="${articlePath[edition]}"]`)).toHaveCount(1);
      }
    });
  }

  for (const [alias, canonical, lang] of [
    ['/de/us-china-cyber-treaty', articlePath.de, 'de'],
    [
      `/en/usa-china-cyberabkommen/${sectionSlugs.de[1]}`,
      `${articlePath.en}/${sectionSlugs.en[1]}`,
      'en',
    ],
  ] as const) {
    test(`${alias}, a slug of the other language, ends on ${canonical}`, async ({
      page,
      consoleGuard,
    }) => {
      consoleGuard.allow(notFoundDocument(alias));
      const response = await page.goto(alias);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(canonical);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionText(lang).headline);
    });
  }
});

test.describe('accessibility (axe-core)', () => {
  // Every article, section and not-found page is axe-checked in accessibility.spec; the start page
  // is checked here, as only a reader without JavaScript sees it.
  test('/ (seen without JavaScript, as it is only then) has no violations', async ({ page }) => {
    // axe-core needs JavaScript in the page, so the app is kept out rather than JavaScript off.
    await serveAsWithoutJavaScript(page, '/');
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });
});
