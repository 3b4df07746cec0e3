import type { i18n } from 'i18next';
import { loadArticleContent } from '../data/site-data';
import { fulfilled } from '../../shared/fulfilled';
import { createI18n } from '../../i18n/create-i18n';
import type { Lang } from '../../i18n/languages';
import { loadUi, type LanguageBundle } from '../../i18n/resources';
import type { Article } from '../../article/model/schema';

/** A language's resources with its articles validated. */
export type EditionBundle = LanguageBundle<Article>;

const instances = new Map<Lang, i18n>();
const pending = new Map<string, Promise<i18n>>();

/** The instance for `lang` if it (and the article's namespace, if given) is loaded already. */
export function loadedI18n(lang: Lang, articleId?: string): i18n | undefined {
  const instance = instances.get(lang);
  if (!instance) return undefined;
  if (articleId !== undefined && !instance.hasResourceBundle(lang, articleId)) return undefined;
  return instance;
}

/** Makes a bundle's resources available, creating the language's instance on first use. */
export function adoptBundle(bundle: LanguageBundle): i18n {
  const existing = instances.get(bundle.lang);
  if (!existing) {
    const instance = createI18n(bundle);
    instances.set(bundle.lang, instance);
    return instance;
  }
  for (const [id, article] of Object.entries(bundle.articles)) {
    existing.addResourceBundle(bundle.lang, id, article, true, true);
  }
  return existing;
}

/** Imports one language's UI strings and articles, validating each article where it is loaded. */
export async function fetchBundle(lang: Lang, articleIds: string[]): Promise<EditionBundle> {
  // The validator (valibot and the schema, about 3 KB) comes with the first fetched language, not
  // with the first view: a prerendered page hands over resources the build has validated.
  const [ui, contents, { parseArticle }] = await Promise.all([
    loadUi(lang),
    Promise.all(articleIds.map(async (id) => [id, await loadArticleContent(id, lang)] as const)),
    import('../../article/model/parse-article'),
  ]);
  const articles = Object.fromEntries(
    contents.map(([id, { content, source }]) => [id, parseArticle(content, source)]),
  );
  return { lang, ui, articles };
}

/** One language a prerendered page shows, by id (the page data's `editions`). */
export interface EditionRequest {
  lang: Lang;
  articles: readonly string[];
}

/**
 * Loads the editions a prerendered page names, before it hydrates: the same lazy chunks as the
 * other language, which the page's head preloads so they arrive with the HTML. Not validated
 * here: the build validated them, so the validator stays out of the first view. Adopted all at
 * once, after every chunk has arrived, so hydration never starts with part of them.
 */
export async function loadPageEditions(editions: readonly EditionRequest[]): Promise<void> {
  const bundles = await Promise.all(
    editions.map(async ({ lang, articles }): Promise<EditionBundle> => {
      const [ui, contents] = await Promise.all([
        loadUi(lang),
        Promise.all(
          articles.map(async (id) => [id, (await loadArticleContent(id, lang)).content] as const),
        ),
      ]);
      const byId = contents.map(([id, content]) => [id, content as Article] as const);
      return { lang, ui, articles: Object.fromEntries(byId) };
    }),
  );
  for (const bundle of bundles) adoptBundle(bundle);
}

/**
 * Loads a language (and an article's namespace) once. The same promise is returned for the same
 * request, so React's `use()` can suspend on it; a failed load is forgotten so it can be retried.
 */
export function loadI18n(lang: Lang, articleId?: string): Promise<i18n> {
  const key = `${lang}/${articleId ?? ''}`;
  let promise = pending.get(key);
  if (!promise) {
    const ready = loadedI18n(lang, articleId);
    promise = ready
      ? fulfilled(ready)
      : fetchBundle(lang, articleId === undefined ? [] : [articleId]).then(adoptBundle);
    pending.set(key, promise);
    promise.then(
      (instance) => pending.set(key, fulfilled(instance)),
      () => pending.delete(key),
    );
  }
  return promise;
}
