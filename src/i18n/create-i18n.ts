import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages } from './languages';
import type { LanguageBundle } from './resources';

/**
 * One i18next instance per language. Each route renders inside the instance of its URL's
 * language, so what a page shows is a function of its URL alone: the server and the first client
 * render agree, and switching language swaps the instance in one render, with no frame of the
 * other language.
 */
export function createI18n(bundle: LanguageBundle): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: bundle.lang,
    supportedLngs: [...languages],
    fallbackLng: false,
    ns: ['ui', ...Object.keys(bundle.articles)],
    defaultNS: 'ui',
    resources: { [bundle.lang]: { ui: bundle.ui, ...bundle.articles } },
    // Resources are already here (inlined in the page or imported), so initialise synchronously:
    // hydration needs the strings in the very first render.
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes text itself.
    react: { useSuspense: false },
    returnEmptyString: false,
    // Tests prove every key exists in both languages; should one slip through, show nothing rather
    // than a raw key to a reader.
    parseMissingKeyHandler: () => '',
  });
  return instance;
}
