import type { Lang } from '../i18n/languages';

/** One language a page shows: its UI strings and the articles (by id) of that edition. */
export interface PageEdition {
  lang: Lang;
  articles: string[];
}

/**
 * What a prerendered page hands the client: which editions its first view needs, by id only, and
 * whether it is the not-found page. The text itself is in the HTML once; the app loads it as the
 * same lazy chunks it loads the other language from, preloaded from the page's head so the fetch
 * starts with the HTML (see src/site-generator/edition-preloads.ts). A list, not a single value: a
 * page may show more than one edition. It travels as JSON in a `<script type="application/json">`:
 * data, not script, so it needs no exception in the Content-Security-Policy.
 */
export interface PageData {
  status: 200 | 404;
  editions: PageEdition[];
  /** The front page it is, whose cards (a chunk of their own) its first view needs. */
  front?: { lang: Lang; page: number };
  /**
   * Where the page's own data chunks are (each edition of its articles, its front page's cards),
   * keyed as the site index keys them (src/content/module-ids.ts). The prerenderer adds them from
   * Vite's manifest, so the first view loads its data without the index of every article.
   */
  chunks?: Record<string, string>;
}

export const pageDataElementId = 'reader-data';

/** JSON that is safe inside a script element: no `</script>` or `<!--` can close it early. */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readPageData(doc: Document): PageData | undefined {
  const text = doc.getElementById(pageDataElementId)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PageData;
  } catch {
    return undefined;
  }
}
