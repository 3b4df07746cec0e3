import type { Lang } from '../i18n/languages';

// Every article's content is one i18next namespace (its id), with one resource file per language.
// import.meta.glob makes each file its own lazily loaded chunk, so a reader downloads only the
// language they read.
const contentModules = import.meta.glob<unknown>('./*/{de,en}.json', { import: 'default' });

export function contentFile(articleId: string, lang: Lang): string {
  return `src/content/${articleId}/${lang}.json`;
}

export function loadArticleContent(articleId: string, lang: Lang): Promise<unknown> {
  const load = contentModules[`./${articleId}/${lang}.json`];
  if (!load) return Promise.reject(new Error(`No content file ${contentFile(articleId, lang)}`));
  return load();
}
