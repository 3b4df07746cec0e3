/**
 * The publisher's logo that the pages' NewsArticle names (`publisher.logo`), which Google's
 * Article rich results ask for. Google wants a raster image it can crawl, at least 112 px wide,
 * that looks right on a white background
 * (https://developers.google.com/search/docs/appearance/structured-data/organization#logo);
 * the app icon at 512 px, its rounded tile on transparency, is that. The build renders the file
 * from the icon (site-generator/publisher-logo.ts); this module only names it.
 */
export const publisherLogo = { path: '/publisher-logo.png', size: 512 } as const;
