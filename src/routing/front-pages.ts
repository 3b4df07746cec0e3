import type { Lang } from '../i18n/languages';
import type { ArticleRoutes } from './manifest';

/**
 * Cards per front page. The HTML budget of a page is 30 KiB gzip (tests/bench/budgets.ts); the
 * page around the cards (inline stylesheet, head, header, footer) takes about 11 KiB, and one
 * card (headline, standfirst, a `<picture>` with AVIF/WebP/JPEG srcsets) about 0.6 KiB gzip, so
 * 24 cards leave a third of the budget free for longer headlines and standfirsts.
 */
export const frontCardsPerPage = 24;

/** The word before a front's page number: `/de/seite/2`, `/en/page/2`. */
export const pageWord: Record<Lang, string> = { de: 'seite', en: 'page' };

/** Slugs no article may have, because a front or feed path uses them (the content plugin checks). */
export const reservedSlugs: readonly string[] = ['seite', 'page', 'feed.xml'];

/**
 * The ids of the articles of edition `lang`, in manifest order: a German-only article is on the
 * German front only.
 */
export function editionArticleIds(manifest: readonly ArticleRoutes[], lang: Lang): string[] {
  return manifest.filter((article) => article.editions[lang] !== undefined).map((a) => a.id);
}

/** How many pages the front of `lang` has: at least one, even with no article. */
export function frontPageCount(manifest: readonly ArticleRoutes[], lang: Lang): number {
  return Math.max(1, Math.ceil(editionArticleIds(manifest, lang).length / frontCardsPerPage));
}

/** Page 1 is the front itself (`/de`); later pages are `/de/seite/N`. */
export function frontPath(lang: Lang, page = 1): string {
  return page <= 1 ? `/${lang}` : `/${lang}/${pageWord[lang]}/${page}`;
}

/**
 * The page number a front path's rest names, or undefined. Only the canonical spelling counts:
 * `2`, not `02`, `+2` or `2.0`; page 1 has the front's own address (`/de`), so `/de/seite/1` is
 * not found rather than a second address of the same page.
 */
export function parseFrontPage(
  manifest: readonly ArticleRoutes[],
  lang: Lang,
  word: string,
  number: string,
): number | undefined {
  if (word !== pageWord[lang] || !/^[1-9][0-9]{0,5}$/.test(number)) return undefined;
  const page = Number(number);
  return page >= 2 && page <= frontPageCount(manifest, lang) ? page : undefined;
}
