import { startTransition, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import manifest from 'virtual:article-routes';
import { parseSitePath, pathLang } from '../routing/site-path';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { ArticleRoute } from './routes/ArticleRoute';
import { FrontRoute } from './routes/FrontRoute';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundPage } from './routes/NotFoundPage';
import './styles/themes.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/article.css';
import '../article/components/navigation.css';
import '../article/speech/speech.css';
import './settings/settings.css';
import '../article/lightbox/lightbox.css';
import '../article/components/parallel.css';
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
  // The same reading of the path as the prerenderer's and the server's (src/routing/site-path).
  const route = parseSitePath(manifest, pathname);
  const lang = pathLang(pathname);
  useEffect(() => {
    if (notFound) startTransition(() => setNotFound(false));
  }, [notFound]);
  return (
    <>
      <ErrorBoundary lang={lang}>
        <Suspense fallback={null}>
          {notFound || route.kind === 'not-found' ? (
            <NotFoundPage
              lang={lang}
              inOtherLanguage={route.kind === 'not-found' ? route.inOtherLanguage : undefined}
            />
          ) : route.kind === 'home' ? (
            <HomeRoute />
          ) : route.kind === 'front' ? (
            <FrontRoute route={route} />
          ) : (
            <ArticleRoute route={route} />
          )}
        </Suspense>
      </ErrorBoundary>
      {/* Outside the boundary: the offer to reload into a fixed version survives a crash. */}
      <UpdatePrompt lang={lang} />
    </>
  );
}
