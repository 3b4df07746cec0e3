import type { Lang } from './languages';
import type uiDe from './locales/de.json';

/** UI strings; German is the source language, so its resource defines the keys. */
export type UiResource = typeof uiDe;

/**
 * Everything one language needs for a page: UI strings and the articles it shows, by id, each an
 * i18next namespace. What an article is, is the article feature's business, not this layer's.
 */
export interface LanguageBundle<Content = unknown> {
  lang: Lang;
  ui: UiResource;
  articles: Record<string, Content>;
}

const uiModules = import.meta.glob<UiResource>('./locales/{de,en}.json', { import: 'default' });

export function loadUi(lang: Lang): Promise<UiResource> {
  const load = uiModules[`./locales/${lang}.json`];
  if (!load) return Promise.reject(new Error(`No UI strings for ${lang}`));
  return load();
}
