// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import { stripScripts } from '../bench/floor';
import { referencedScripts } from '../support/built-site';
import { longArticle, paragraphCount, sectionCount } from '../bench/long-article/fixture';
import { median, ratio } from '../bench/stats';

// The benchmark's pure parts: if these break, `npm run bench` would measure the wrong thing (or
// fail only after minutes of building), so they are checked with the unit tests.

const page = [
  '<meta name="description" content="Nothing here.js, really">',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script>(function(){var s=document.createElement("script");s.type="module"})()</script>',
  '<meta name="app-entry" content="/assets/boot-abc.js">',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/chunk-def.js">',
  '<script src="https://elsewhere.example/x.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
  '<script type="application/json" id="reader-data">{"status":200}</script>',
].join('\n');

describe('the no-script floor', () => {
  it('removes every executable script and modulepreload, and keeps JSON data scripts', () => {
    const { html, removed } = stripScripts(page);
    expect(removed).toBe(4);
    expect(html).not.toMatch(/type="module"|modulepreload|<script>|elsewhere/);
    expect(html).toContain('application/ld+json');
    expect(html).toContain('id="reader-data"');
    expect(html).toContain('rel="stylesheet"');
  });

  it("removes the app's data preloads with the template that holds them until the app starts", () => {
    const held =
      '<head><template id="app-preloads"><link rel="modulepreload" href="/assets/de-a.js"></template><title>x</title></head>';
    const { html, removed } = stripScripts(held);
    expect(removed).toBe(1);
    expect(html).toBe('<head><title>x</title></head>');
  });
});

describe('scripts a page references', () => {
  it('finds own script URLs in src, href and content, however the app boots', () => {
    expect(referencedScripts(page)).toEqual([
      'assets/boot-abc.js',
      'assets/index-abc.js',
      'assets/chunk-def.js',
    ]);
  });
});

describe('the long-article fixture', () => {
  it.each(['de', 'en'] as const)('passes the content schema in %s', (lang) => {
    const article = parseArticle(longArticle(lang), `bench-long/${lang}.json`);
    expect(article.sections).toHaveLength(sectionCount);
    const paragraphs = article.sections
      .flatMap((s) => s.blocks)
      .filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(paragraphCount);
    expect(Object.keys(article.figures)).toHaveLength(20);
  });

  it('is deterministic and shares its ids between the languages', () => {
    expect(JSON.stringify(longArticle('de'))).toBe(JSON.stringify(longArticle('de')));
    const ids = (lang: 'de' | 'en') =>
      longArticle(lang).sections.flatMap((s) => [s.id, ...s.blocks.map((b) => b.id)]);
    expect(ids('en')).toEqual(ids('de'));
  });
});

describe('bench statistics', () => {
  it('takes medians of odd and even counts, and ratios of zeros', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(110, 100)).toBeCloseTo(1.1);
  });
});
