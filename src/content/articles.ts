import contentModules, { sources } from 'virtual:article-content';
import type { Lang } from '../i18n/languages';

// Every article's content is one i18next namespace (its id), with one resource file per language.
// The content plugin gives one lazy loader per published edition, each its own chunk, so a reader
// downloads only the language they read and a draft's text is never built into the site.

/** An edition's file relative to the project root (the content folder is configurable). */
export function contentFile(articleId: string, lang: Lang): string {
  return sources[`${articleId}/${lang}`] ?? `src/content/${articleId}/${lang}.json`;
}

export function loadArticleContent(articleId: string, lang: Lang): Promise<unknown> {
  const load = contentModules[`${articleId}/${lang}`];
  if (!load) return Promise.reject(new Error(`No content file ${contentFile(articleId, lang)}`));
  return load();
}
