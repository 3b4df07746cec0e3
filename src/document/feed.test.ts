// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import type { Lang } from '../i18n/languages';
import uiDe from '../i18n/locales/de.json';
import uiEn from '../i18n/locales/en.json';
import editionDe from '../content/us-china-cyber/de.json';
import editionEn from '../content/us-china-cyber/en.json';
import { parseArticle } from '../article/model/parse-article';
import type { ArticleRoutes } from '../routing/manifest';
import { editionArticles, renderFeed } from './feed';
import { feedEntryHtml } from './feed-entry';

// The real UI strings and the real editions: the feed says what the page says.
const ui = { de: uiDe, en: uiEn };
const tFor = (lang: Lang) => createI18n({ lang, ui: ui[lang], articles: {} }).getFixedT(lang, 'ui');
const articles = {
  de: parseArticle(editionDe, 'de.json'),
  en: parseArticle(editionEn, 'en.json'),
};
const image = () => ({ src: '/assets/photo-1600.jpg', width: 1600, height: 1067 });
const origin = 'https://news.example';

const routes = (id: string, english: boolean): ArticleRoutes => ({
  id,
  editions: {
    de: { slug: `${id}-de`, sections: [] },
    ...(english ? { en: { slug: `${id}-en`, sections: [] } } : {}),
  },
});

describe('feedEntryHtml', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`holds every paragraph, section title and figure of the ${lang} edition`, () => {
      const article = articles[lang];
      const html = feedEntryHtml({ article, lang, t: tFor(lang), origin, image });
      for (const section of article.sections) {
        expect(html).toContain(`<h2>${section.title}</h2>`);
        for (const block of section.blocks) {
          if (block.type === 'paragraph') expect(html).toContain(block.text.replace(/&/g, '&amp;'));
        }
      }
      const figures = html.match(/<figure>/g) ?? [];
      expect(figures.length).toBe(Object.keys(article.figures).length);
      expect(html).toContain(`<img src="${origin}/assets/photo-1600.jpg"`);
      expect(html).toContain(tFor(lang)('article.editorialNote').replace('’', '’'));
    });
  }

  it('marks what the editors wrote, and escapes text', () => {
    const article = {
      ...articles.en,
      standfirst: { text: 'Tom & <Jerry>', editorial: true },
    };
    const html = feedEntryHtml({ article, lang: 'en', t: tFor('en'), origin, image });
    expect(html).toContain('<p><strong>Tom &amp; &lt;Jerry&gt;</strong></p>');
    expect(html).toMatch(/<p><em>[^<]*by the editors<\/em><\/p>/);
  });
});

describe('renderFeed', () => {
  const manifest = [routes('both', true), routes('german-only', false)];
  const input = (lang: Lang) => ({
    manifest,
    lang,
    origin,
    articles: { both: articles[lang], 'german-only': articles.de },
    t: tFor(lang),
    image: () => undefined,
    lastChanged: (id: string) =>
      new Date(id === 'both' ? '2026-01-02T03:04:05Z' : '2025-01-01T00:00:00Z'),
  });

  it('lists only the articles of the edition', () => {
    expect(editionArticles(manifest, 'en').map((a) => a.id)).toEqual(['both']);
    const en = renderFeed(input('en'));
    expect(en.match(/<entry>/g)).toHaveLength(1);
    expect(renderFeed(input('de')).match(/<entry>/g)).toHaveLength(2);
  });

  it('is deterministic, with xml:lang and the newest entry time as the feed time', () => {
    const de = renderFeed(input('de'));
    expect(renderFeed(input('de'))).toBe(de);
    expect(de).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(de).toContain('<updated>2026-01-02T03:04:05.000Z</updated>');
    expect(de).toContain(`<id>${origin}/de/both-de</id>`);
  });
});
