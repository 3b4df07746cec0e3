// @vitest-environment node
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../article/model/parse-article';
import type { Article } from '../article/model/schema';
import { loadArticleContent } from '../app/data/site-data';
import { createI18n } from '../i18n/create-i18n';
import { languages, type Lang } from '../i18n/languages';
import { loadUi, type LanguageBundle } from '../i18n/resources';
import { readArticleRoutes } from '../site-generator/content-plugin';
import { describePage, type SiteContext } from './page-head';
import { sitePages } from './site-pages';

const manifest = readArticleRoutes(path.resolve(__dirname, '../..'));
const origin = 'https://reader.example';
let site: SiteContext;

beforeAll(async () => {
  const entries = await Promise.all(
    languages.map(async (lang): Promise<[Lang, LanguageBundle<Article>]> => {
      const articles = Object.fromEntries(
        await Promise.all(
          manifest.map(async ({ id }) => {
            const { content, source } = await loadArticleContent(id, lang);
            return [id, parseArticle(content, source)];
          }),
        ),
      );
      return [lang, { lang, ui: await loadUi(lang), articles }];
    }),
  );
  const bundles = Object.fromEntries(entries) as Record<Lang, LanguageBundle<Article>>;
  const i18n = { de: createI18n(bundles.de), en: createI18n(bundles.en) };
  site = {
    manifest,
    origin,
    bundles,
    t: (lang) => i18n[lang].t,
  };
});

describe('describePage', () => {
  it('describes a section page in its language, with only its own article as data', () => {
    const page = describePage(
      { path: '/en/us-china-cyber-treaty/when-chinas-president-comes', file: 'x', status: 200 },
      site,
    );
    expect(page.lang).toBe('en');
    expect(page.landingSection).toBe('state-visit');
    expect(page.head.canonicalPath).toBe('/en/us-china-cyber-treaty/when-chinas-president-comes');
    expect(page.head.alternates).toEqual({
      de: '/de/usa-china-cyberabkommen/wenn-chinas-praesident-kommt',
      en: '/en/us-china-cyber-treaty/when-chinas-president-comes',
    });
    expect(page.head.title).toMatch(/ – News in two languages$/);
    expect(page.data).toEqual({
      status: 200,
      editions: [{ lang: 'en', articles: ['us-china-cyber'] }],
    });
  });

  it('opens an article page and its first, untitled section at the top', () => {
    for (const pathname of [
      '/de/usa-china-cyberabkommen',
      '/de/usa-china-cyberabkommen/ueberblick',
    ]) {
      expect(describePage({ path: pathname, file: 'x', status: 200 }, site).landingSection).toBe(
        undefined,
      );
    }
  });

  it('gives a not-found page the language of its path, no canonical address and no article', () => {
    const page = describePage({ path: '/en/404', file: '404.en.html', status: 404 }, site);
    expect(page.lang).toBe('en');
    expect(page.head.canonicalPath).toBeUndefined();
    expect(page.data).toEqual({ status: 404, editions: [{ lang: 'en', articles: [] }] });
  });

  it('offers both editions on the start page, without article text', () => {
    const page = describePage({ path: '/', file: 'index.html', status: 200 }, site);
    expect(page.data.editions).toEqual([
      { lang: 'de', articles: [] },
      { lang: 'en', articles: [] },
    ]);
    expect(page.head.title).toBe('Nachrichten zweisprachig · News in two languages');
  });

  it('names what every page needs by id only: none of the text travels as data', () => {
    const texts = Object.values(site.bundles).flatMap((bundle) =>
      Object.values(bundle.articles).flatMap((article) => [
        article.headline.text,
        ...article.sections.flatMap((section) =>
          section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])),
        ),
      ]),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const spec of sitePages(manifest)) {
      const json = JSON.stringify(describePage(spec, site).data);
      expect(json.length, spec.path).toBeLessThan(120);
      for (const text of texts) expect(json).not.toContain(text);
    }
  });

  it('describes every page the site lists, and refuses a listed path that names none', () => {
    for (const spec of sitePages(manifest)) expect(() => describePage(spec, site)).not.toThrow();
    expect(() => describePage({ path: '/de/nope', file: 'x', status: 200 }, site)).toThrow(
      /names none/,
    );
  });

  it("describes each front in its language, linking the other language's front", () => {
    const page = describePage({ path: '/en', file: 'en/index.html', status: 200 }, site);
    expect(page.lang).toBe('en');
    expect(page.head).toMatchObject({
      title: 'Front page – News in two languages',
      canonicalPath: '/en',
      alternates: { de: '/de', en: '/en' },
      description: 'Every article of the English edition.',
      pagination: {},
    });
    // Its cards come from its own front page chunk: no article text in the page data.
    expect(page.data.editions).toEqual([{ lang: 'en', articles: [] }]);
    expect(page.data.front).toEqual({ lang: 'en', page: 1 });
  });

  it('links the pages of a long front with rel=prev/next', () => {
    // 50 articles: three pages at 24 cards a page. The head needs only the manifest and UI text.
    const many = Array.from({ length: 50 }, (_, i) => ({
      id: `a${i}`,
      editions: { de: { slug: `a${i}`, sections: [] }, en: { slug: `b${i}`, sections: [] } },
    }));
    const long = { ...site, manifest: many };
    const paths = sitePages(many).map((spec) => spec.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/de', '/de/seite/2', '/de/seite/3', '/en', '/en/page/3']),
    );
    expect(paths).not.toContain('/de/seite/1');
    expect(paths).not.toContain('/de/seite/4');
    const first = describePage({ path: '/de', file: 'x', status: 200 }, long).head;
    expect(first.pagination).toEqual({ next: '/de/seite/2' });
    const middle = describePage({ path: '/de/seite/2', file: 'x', status: 200 }, long).head;
    expect(middle).toMatchObject({
      title: 'Startseite – Seite 2 – Nachrichten zweisprachig',
      canonicalPath: '/de/seite/2',
      alternates: { de: '/de/seite/2', en: '/en/page/2' },
      pagination: { prev: '/de', next: '/de/seite/3' },
    });
    const last = describePage({ path: '/en/page/3', file: 'x', status: 200 }, long).head;
    expect(last.pagination).toEqual({ prev: '/en/page/2' });
  });
});
