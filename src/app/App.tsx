import { startTransition, Suspense, useEffect, useState } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { decodedPath } from '../shared/safe-decode';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { ArticleRoute } from './routes/ArticleRoute';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import './styles/themes.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/article.css';
import '../article/components/navigation.css';
import '../article/speech/speech.css';
import './settings/settings.css';
import '../article/lightbox/lightbox.css';
import './styles/print.css';

interface AppProps {
  /**
   * The server sent its not-found page (it is served at any unknown URL). Hydrate exactly that,
   * then route normally: the client knows aliases (a slug of the other language, a shared id)
   * that a static host does not, and moves on to the right page.
   */
  servedNotFound?: boolean;
}

export function App({ servedNotFound = false }: AppProps) {
  const [notFound, setNotFound] = useState(servedNotFound);
  const { pathname } = useLocation();
  // The router cannot match (and warns about) a malformed path: it is simply not a page here.
  const malformed = decodedPath(pathname) === null;
  useEffect(() => {
    if (notFound) startTransition(() => setNotFound(false));
  }, [notFound]);
  return (
    <>
      <ErrorBoundary lang={pathname.split('/')[1]}>
        <Suspense fallback={null}>
          {notFound || malformed ? (
            <NotFoundRoute />
          ) : (
            <Routes>
              <Route path="/" element={<HomeRoute />} />
              <Route path="/:lang/:article/:section?" element={<ArticleRoute />} />
              <Route path="*" element={<NotFoundRoute />} />
            </Routes>
          )}
        </Suspense>
      </ErrorBoundary>
      {/* Outside the boundary: the offer to reload into a fixed version survives a crash. */}
      <UpdatePrompt lang={pathname.split('/')[1]} />
    </>
  );
}
