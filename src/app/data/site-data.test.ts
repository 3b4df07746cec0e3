import { describe, expect, it } from 'vitest';
import { imageFor } from '../../article/picture/image-store';
import { knowPageChunks, loadArticleContent, loadFrontPage, moreLinks } from './site-data';

// The real site index of src/content, made by the build's plugins as in the browser.

describe('loadFrontPage', () => {
  it("gives a front page's cards with their lead images' renditions, once per page", async () => {
    const first = loadFrontPage('de', 1);
    expect(loadFrontPage('de', 1)).toBe(first);
    const { cards, images } = await first;
    expect(cards.map((card) => card.id)).toEqual(['us-china-cyber']);
    const key = cards[0]?.image?.key ?? '';
    expect(images[key]?.sources.map((source) => source.type)).toContain('image/avif');
    expect(Object.keys(images)).toEqual([key]);
  });

  it('fails clearly for a page the front does not have, and may be asked again', async () => {
    const missing = loadFrontPage('en', 2);
    await expect(missing).rejects.toThrow('No published edition or front page front/en/2');
    expect(loadFrontPage('en', 2)).not.toBe(missing);
    await expect(loadFrontPage('en', 2)).rejects.toThrow();
  });
});

describe('loadArticleContent', () => {
  it("gives the edition's text and file, and keeps its renditions and links for rendering", async () => {
    const { content, source } = await loadArticleContent('us-china-cyber', 'en');
    expect(source).toBe('src/content/us-china-cyber/en.json');
    expect(content).toMatchObject({ slug: 'us-china-cyber-treaty' });
    expect(imageFor('us-china-cyber/lead')?.width).toBeGreaterThan(0);
    // The only article: nothing else to link.
    expect(moreLinks('us-china-cyber', 'en')).toEqual([]);
  });

  it('never imports a chunk from another origin, whatever the page data says', async () => {
    knowPageChunks({
      'elsewhere/de': '//example.com/x.js',
      'other/de': 'https://example.com/x.js',
    });
    await expect(loadArticleContent('elsewhere', 'de')).rejects.toThrow(
      'No published edition or front page elsewhere/de',
    );
    await expect(loadArticleContent('other', 'de')).rejects.toThrow(
      'No published edition or front page other/de',
    );
  });
});
