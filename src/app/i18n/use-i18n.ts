import type { i18n } from 'i18next';
import { use } from 'react';
import type { Lang } from '../../i18n/languages';
import { loadI18n } from './registry';

/**
 * The i18next instance of `lang` with the article's namespace loaded. Suspends while it loads;
 * router navigations are transitions, so the current page stays on screen meanwhile instead of a
 * fallback or a frame of half-switched text.
 */
export function useI18n(lang: Lang, articleId?: string): i18n {
  return use(loadI18n(lang, articleId));
}
