import { escapeHtml } from '../shared/escape-html';

export interface SitemapPage {
  /** Root-relative paths of the same page in each language, keyed by language. */
  alternates: Partial<Record<string, string>>;
}

/** sitemap.xml listing every page once per language, each with its hreflang alternates. */
export function renderSitemap(origin: string, pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap((page) => {
    const links = Object.entries(page.alternates).map(
      ([lang, path]) =>
        `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(origin + path)}"/>`,
    );
    const fallback = page.alternates.de;
    if (fallback !== undefined) {
      links.push(
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(origin + fallback)}"/>`,
      );
    }
    return Object.values(page.alternates).map((path) =>
      [`  <url>`, `    <loc>${escapeHtml(origin + path)}</loc>`, ...links, `  </url>`].join('\n'),
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * robots.txt. The feeds are named as sitemaps too: Google and Bing accept an Atom feed as a
 * sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap),
 * and it tells them of a new article sooner than the full sitemap.
 */
export function renderRobots(origin: string, feedPaths: readonly string[] = []): string {
  const sitemaps = ['/sitemap.xml', ...feedPaths].map((p) => `Sitemap: ${origin}${p}\n`).join('');
  return `User-agent: *\nAllow: /\n\n${sitemaps}`;
}
