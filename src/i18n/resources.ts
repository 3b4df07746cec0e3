import type { Article } from '../article/model/schema';
import type { Lang } from './languages';
import type uiDe from './locales/de.json';

/** UI strings; German is the source language, so its resource defines the keys. */
export type UiResource = typeof uiDe;

/** Everything one language needs for a page: UI strings and the articles it shows, by id. */
export interface LanguageBundle {
  lang: Lang;
  ui: UiResource;
  articles: Record<string, Article>;
}

const uiModules = import.meta.glob<UiResource>('./locales/{de,en}.json', { import: 'default' });

export function loadUi(lang: Lang): Promise<UiResource> {
  const load = uiModules[`./locales/${lang}.json`];
  if (!load) return Promise.reject(new Error(`No UI strings for ${lang}`));
  return load();
}
