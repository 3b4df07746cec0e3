import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/create-i18n';
import type { Lang } from '../../i18n/languages';
import { loadUi } from '../../i18n/resources';
import { LoadErrorNotice } from './LoadErrorNotice';

/**
 * The page's own edition could not be loaded before hydration (offline without a cache, a deploy
 * replaced the chunk): the prerendered HTML is left as it is, readable and navigable by its links,
 * and the translated notice goes on top of its content instead of a blank page or a half-working
 * app. Needs only the UI strings; should those fail too, the page simply stays plain HTML.
 */
export async function showPageLoadFailure(container: HTMLElement, lang: Lang): Promise<void> {
  const ui = await loadUi(lang);
  const i18n = createI18n({ lang, ui, articles: {} });
  const host = document.createElement('div');
  const main = container.querySelector('main');
  if (main) main.prepend(host);
  else container.prepend(host);
  createRoot(host).render(
    <I18nextProvider i18n={i18n}>
      <LoadErrorNotice failed edition="page" href={location.href} />
    </I18nextProvider>,
  );
}
