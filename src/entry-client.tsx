import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AddressInStepRouter } from './app/history/AddressInStepRouter';
import { App } from './app/App';
import { readPageData } from './document/page-data';
import { loadPageEditions } from './app/i18n/registry';
import { knowPageChunks, loadFrontPage } from './app/data/site-data';
import { showPageLoadFailure } from './app/routes/page-load-failure';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { pathLang } from './routing/site-path';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

const data = readPageData(document);

const app = (
  <StrictMode>
    <AddressInStepRouter>
      <App servedNotFound={data?.status === 404} />
    </AddressInStepRouter>
  </StrictMode>
);

// Prerendered pages hydrate once the editions (and the front page's cards) they name have arrived
// (their chunks are preloaded from the head, so this waits for a fetch already under way); the
// dev server's empty shell renders from scratch.
if (data) {
  knowPageChunks(data.chunks ?? {});
  const { front } = data;
  Promise.all([
    loadPageEditions(data.editions),
    front && loadFrontPage(front.lang, front.page),
  ]).then(
    () => hydrateRoot(container, app),
    (error: unknown) => {
      console.warn('The page stays plain HTML: its edition could not be loaded', error);
      const lang = data.editions[0]?.lang ?? pathLang(location.pathname);
      showPageLoadFailure(container, lang).catch(() => undefined);
    },
  );
} else createRoot(container).render(app);

// Offline reading: registered after load and idle, so it never competes with the first view.
registerServiceWorker();
