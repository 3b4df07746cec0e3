import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { readPageData } from './document/page-data';
import { adoptBundle } from './app/i18n/registry';
import { registerServiceWorker } from './app/offline/register-service-worker';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

const data = readPageData(document);
for (const bundle of data?.bundles ?? []) adoptBundle(bundle);

const app = (
  <StrictMode>
    <BrowserRouter>
      <App servedNotFound={data?.status === 404} />
    </BrowserRouter>
  </StrictMode>
);

// Prerendered pages hydrate; the dev server's empty shell renders from scratch.
if (data) hydrateRoot(container, app);
else createRoot(container).render(app);

// Offline reading: registered after load and idle, so it never competes with the first view.
registerServiceWorker();
