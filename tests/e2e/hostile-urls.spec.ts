import type { APIResponse, Page } from '@playwright/test';
import { editionText, type Lang } from './support/content';
import { expect, notFoundDocument, test } from './support/fixtures';
import { settle } from './support/page-helpers';
import { articlePath, langs, ui } from './support/reading';

// Hostile and broken addresses: mistyped, truncated, malformed, absurdly long, or carrying markup.
// Each one ends on a real page or on the translated not-found page (HTTP 404) with links to both
// editions: never a blank page, never an uncaught error, never the address's text run as markup.
// What the server answers and how the app routes do not depend on the device: desktop only.

test.skip(({ isMobile }) => isMobile, 'addresses are answered and routed alike on every device');

type Outcome =
  /** The translated not-found page, answered with HTTP 404. */
  | { shows: 'not found' }
  /** The article. `status`: what the server answers for the address itself. */
  | { shows: 'article'; status: 200 | 404; finalPath: string; notice?: string }
  /** One permanent redirect to the canonical address, then the article. */
  | { shows: 'redirect'; finalPath: string };

interface HostileUrl {
  why: string;
  /** As typed or pasted into the address bar. */
  url: string;
  lang: Lang;
  outcome: Outcome;
}

const imgMarkup = '<img src=x onerror=alert(1)>';

const hostileUrls: HostileUrl[] = [
  {
    why: 'an unknown language',
    url: '/xx/usa-china-cyberabkommen',
    lang: 'de',
    outcome: { shows: 'not found' },
  },
  { why: 'an unknown article', url: '/de/unbekannt', lang: 'de', outcome: { shows: 'not found' } },
  {
    why: 'an unknown section (the article opens with a notice)',
    url: `${articlePath.de}/gibts-nicht`,
    lang: 'de',
    outcome: {
      shows: 'article',
      status: 404,
      finalPath: articlePath.de,
      notice: ui.de.unknownSection('gibts-nicht'),
    },
  },
  {
    why: 'malformed percent-encoding',
    url: '/de/%E0%A4%A',
    lang: 'de',
    outcome: { shows: 'not found' },
  },
  {
    why: 'a 5,000-character path',
    url: `/de/${'a'.repeat(4996)}`,
    lang: 'de',
    outcome: { shows: 'not found' },
  },
  {
    why: 'a script element in the path',
    url: '/de/<script>alert(1)</script>',
    lang: 'de',
    outcome: { shows: 'not found' },
  },
  {
    why: 'markup in the query',
    url: `${articlePath.de}?q=${imgMarkup}`,
    lang: 'de',
    outcome: { shows: 'article', status: 200, finalPath: articlePath.de },
  },
  {
    why: 'markup as the section (shown in the notice, as text)',
    url: `${articlePath.en}/${imgMarkup}`,
    lang: 'en',
    outcome: {
      shows: 'article',
      status: 404,
      finalPath: articlePath.en,
      notice: ui.en.unknownSection(imgMarkup),
    },
  },
  {
    why: 'upper case',
    url: '/DE/USA-China-Cyberabkommen',
    lang: 'de',
    outcome: { shows: 'redirect', finalPath: articlePath.de },
  },
  {
    why: 'a trailing slash',
    url: `${articlePath.de}/`,
    lang: 'de',
    outcome: { shows: 'redirect', finalPath: articlePath.de },
  },
];

/** Markup that must never reach the page as elements, from any of the addresses above. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll('img[src="x"], [onerror], script:not([src]):not([type])'),
    ].flatMap((element) =>
      // Inline scripts without `alert` are the page's own, allowed by their hashes in the CSP.
      element.tagName === 'SCRIPT' && !element.textContent?.includes('alert')
        ? []
        : [element.outerHTML],
    ),
  );
}

async function expectNotFoundPage(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang].notFound);
  const main = page.getByRole('main');
  for (const edition of langs) {
    await expect(main.locator(`a[href="${articlePath[edition]}"]`)).toHaveCount(1);
  }
}

function expectNoMarkupEchoed(body: string): void {
  for (const markup of ['<script>alert', '<img src=x', '<img src="x"', 'onerror=']) {
    expect(body, `the response contains ${markup}`).not.toContain(markup);
  }
}

test.describe('hostile and broken addresses', () => {
  for (const { why, url, lang, outcome } of hostileUrls) {
    test(`${why}: ${url.length > 60 ? `${url.slice(0, 40)}…` : url}`, async ({
      page,
      request,
      baseURL,
      consoleGuard,
    }) => {
      const pathname = new URL(url, baseURL).pathname;
      consoleGuard.allow(notFoundDocument(pathname));
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });

      // What the server says to the address itself.
      const raw: APIResponse = await request.get(url, { maxRedirects: 0 });
      expectNoMarkupEchoed(await raw.text());
      if (outcome.shows === 'redirect') {
        expect(raw.status()).toBe(308);
        expect(new URL(raw.headers().location ?? '', baseURL).pathname).toBe(outcome.finalPath);
      } else {
        expect(raw.status()).toBe(outcome.shows === 'not found' ? 404 : outcome.status);
      }

      const response = await page.goto(url);
      await settle(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (outcome.shows === 'not found') {
        expect(response?.status()).toBe(404);
        await expectNotFoundPage(page, lang);
        expect(new URL(page.url()).pathname).toBe(pathname);
      } else {
        if (outcome.shows === 'redirect') {
          expect(response?.request().redirectedFrom()?.url()).toBe(new URL(url, baseURL).href);
          expect(response?.status()).toBe(200);
        } else {
          expect(response?.status()).toBe(outcome.status);
        }
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          editionText(lang).headline,
        );
        await expect(page).toHaveURL((address) => address.pathname === outcome.finalPath);
        if (outcome.shows === 'article' && outcome.notice !== undefined) {
          const notice = page.getByRole('status').filter({ hasText: outcome.notice });
          await expect(notice).toBeVisible();
          // Polite: announced without interrupting, and the reader starts at the top.
          await expect(notice).not.toHaveAttribute('aria-live', 'assertive');
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
        }
      }
      expect(await injectedElements(page), 'elements injected from the address').toEqual([]);
      expect(dialogs, 'dialogs opened').toEqual([]);
    });
  }
});

test.describe('security headers', () => {
  const required = ['referrer-policy', 'x-content-type-options', 'permissions-policy'];

  function expectSecurityHeaders(response: APIResponse, what: string): void {
    const headers = response.headers();
    for (const name of [...required, 'content-security-policy', 'x-frame-options']) {
      expect(headers[name], `${name} on ${what}`).toMatch(/\S/);
    }
    expect(headers['x-content-type-options'], what).toBe('nosniff');
    expect(headers['x-frame-options'], what).toMatch(/^(DENY|SAMEORIGIN)$/i);
    expect(headers['referrer-policy'], what).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, `${what}: frame-ancestors`).toMatch(/(^|;)\s*frame-ancestors 'none'/);
    expectSafeScriptPolicy(csp, what);
  }

  function expectSafeScriptPolicy(csp: string, what: string): void {
    const directives = csp.split(';').map((directive) => directive.trim());
    const scripts =
      directives.find((d) => d.startsWith('script-src ')) ??
      directives.find((d) => d.startsWith('default-src '));
    expect(scripts, `${what}: a script policy`).toBeDefined();
    expect(scripts, what).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:(?!\S)/);
    expect(csp, `${what}: object-src`).toMatch(/(^|;)\s*object-src 'none'/);
  }

  test('on a page, its script asset, the not-found page and a redirect', async ({ request }) => {
    const page = await request.get(articlePath.de);
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page, articlePath.de);

    const html = await page.text();
    // The stylesheet is inline; the app's script is named by a meta tag the boot script follows.
    const assets = [...html.matchAll(/(?:src|href|content)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets.length, 'assets referenced by the page').toBeGreaterThan(0);
    for (const asset of assets.slice(0, 2)) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expectSecurityHeaders(response, asset);
    }

    const notFound = await request.get('/de/unbekannt');
    expect(notFound.status()).toBe(404);
    expectSecurityHeaders(notFound, 'the not-found page');

    const redirect = await request.get(`${articlePath.en}/`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expectSecurityHeaders(redirect, 'a redirect');
  });

  test('the page carries its policy in a meta element too, for hosts without headers', async ({
    page,
    baseURL,
  }) => {
    for (const lang of langs) {
      await page.goto(articlePath[lang]);
      const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
      await expect(meta).toHaveCount(1);
      const policy = (await meta.getAttribute('content')) ?? '';
      expectSafeScriptPolicy(policy, `the ${lang} page's meta policy`);
      // Browsers ignore frame-ancestors in a meta policy and warn about it.
      expect(policy).not.toContain('frame-ancestors');
      // The page runs under it: the app takes over (the fixture fails on any CSP violation), and
      // the printed address, absolute only once it has, shows it did.
      await settle(page);
      await expect(page.locator('.print-url')).toContainText(`${baseURL}${articlePath[lang]}`);
    }
  });
});
