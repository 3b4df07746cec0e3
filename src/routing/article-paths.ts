import { otherLang, type Lang } from '../i18n/languages';
import { editionLangs, type ArticleRoutes } from './manifest';

export interface ArticleMatch {
  articleId: string;
  /** The section the URL names, if it names one that exists. */
  sectionId?: string;
  /** What the URL gave as a section when no section of either language matches it. */
  unknownSection?: string;
}

function matches(candidate: string, value: string): boolean {
  return candidate === value.toLowerCase();
}

/**
 * Finds the article and section a URL names. A slug of either language, or the shared id, names
 * the same article or section: a link pasted from the other edition still lands in the right place.
 */
export function matchArticle(
  manifest: readonly ArticleRoutes[],
  articleParam: string,
  sectionParam?: string,
): ArticleMatch | undefined {
  const article = manifest.find(
    (a) =>
      matches(a.id, articleParam) ||
      Object.values(a.editions).some((e) => matches(e.slug, articleParam)),
  );
  if (!article) return undefined;
  if (sectionParam === undefined || sectionParam === '') return { articleId: article.id };
  for (const edition of Object.values(article.editions)) {
    const section = edition.sections.find(
      (s) => matches(s.id, sectionParam) || matches(s.slug, sectionParam),
    );
    if (section) return { articleId: article.id, sectionId: section.id };
  }
  return { articleId: article.id, unknownSection: sectionParam };
}

/** The canonical path of an article, or of one of its sections, in one language. */
export function articlePath(
  manifest: readonly ArticleRoutes[],
  lang: Lang,
  articleId: string,
  sectionId?: string,
): string {
  const edition = manifest.find((a) => a.id === articleId)?.editions[lang];
  if (!edition) throw new Error(`Unknown article "${articleId}"`);
  if (sectionId === undefined) return `/${lang}/${edition.slug}`;
  const section = edition.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Unknown section "${sectionId}" in "${articleId}"`);
  return `/${lang}/${edition.slug}/${section.slug}`;
}

/** Whether an article is published in a language (a German-only article has no English). */
export function hasEdition(
  manifest: readonly ArticleRoutes[],
  lang: Lang,
  articleId: string,
): boolean {
  return manifest.find((a) => a.id === articleId)?.editions[lang] !== undefined;
}

/** The same page in each language the article is published in: its hreflang alternates. */
export function editionPaths(
  manifest: readonly ArticleRoutes[],
  articleId: string,
  sectionId?: string,
): Partial<Record<Lang, string>> {
  const article = manifest.find((a) => a.id === articleId);
  if (!article) throw new Error(`Unknown article "${articleId}"`);
  return Object.fromEntries(
    editionLangs(article).map((lang) => [lang, articlePath(manifest, lang, articleId, sectionId)]),
  );
}

/** Every page path of every article in each language it has: what the build prerenders. */
export function allArticlePaths(manifest: readonly ArticleRoutes[]): string[] {
  return manifest.flatMap((article) =>
    editionLangs(article).flatMap((lang) => [
      articlePath(manifest, lang, article.id),
      ...(article.editions[lang]?.sections ?? []).map((s) =>
        articlePath(manifest, lang, article.id, s.id),
      ),
    ]),
  );
}

/**
 * The canonical path of the parallel view (both editions side by side, `lang` first) of an
 * article or a section: `/de-en/<German slug>/<German section slug>`, `/en-de/<English …>`.
 */
export function parallelPath(
  manifest: readonly ArticleRoutes[],
  lang: Lang,
  articleId: string,
  sectionId?: string,
): string {
  // The same segments as the single view's, under the language pair (routing/site-path).
  return articlePath(manifest, lang, articleId, sectionId).replace(
    `/${lang}/`,
    `/${lang}-${otherLang(lang)}/`,
  );
}

/** Every parallel view page of every article, in both column orders. */
export function allParallelPaths(manifest: readonly ArticleRoutes[]): string[] {
  // Only an article published in both languages has a parallel view.
  return manifest.flatMap((article) => {
    const langs = editionLangs(article);
    if (langs.length < 2) return [];
    return langs.flatMap((lang) => [
      parallelPath(manifest, lang, article.id),
      ...(article.editions[lang]?.sections ?? []).map((s) =>
        parallelPath(manifest, lang, article.id, s.id),
      ),
    ]);
  });
}
