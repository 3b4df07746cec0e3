import type { Article } from '../article/model/schema';
import type { LanguageBundle } from '../i18n/resources';

/**
 * What a prerendered page hands the client: the resources its first view needs (so hydration
 * renders exactly what the server did, with no request first) and whether it is the not-found page.
 * It travels as JSON in a `<script type="application/json">`: data, not script, so it needs no
 * exception in the Content-Security-Policy.
 */
export interface PageData {
  status: 200 | 404;
  bundles: LanguageBundle<Article>[];
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
