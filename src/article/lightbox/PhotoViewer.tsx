import { lazy, Suspense, useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Article } from '../model/schema';
import { useHydrated } from '../../shared/use-hydrated';
import { photoParam } from './lightbox-context';

// The lightbox's code loads only when a photo is opened.
const Lightbox = lazy(() => import('./Lightbox').then((m) => ({ default: m.Lightbox })));

interface PhotoViewerProps {
  articleId: string;
  article: Article;
}

/** Shows the lightbox for the photo the address names (?photo=id): shareable, closed by Back. */
export function PhotoViewer({ articleId, article }: PhotoViewerProps) {
  const { search, state } = useLocation();
  const navigate = useNavigate();
  // Prerendered pages know no query string: open only after hydration, so both renders agree.
  const hydrated = useHydrated();

  const figureId = new URLSearchParams(search).get(photoParam);
  const figure = figureId === null ? undefined : article.figures[figureId];
  const openedHere = (state as { photo?: boolean } | null)?.photo === true;

  const close = useCallback(() => {
    // Opened from the page: going back restores the entry before it. Opened from a shared link:
    // drop the parameter without leaving the page.
    if (openedHere) void navigate(-1);
    else {
      const params = new URLSearchParams(search);
      params.delete(photoParam);
      const rest = params.toString();
      void navigate({ search: rest ? `?${rest}` : '' }, { replace: true });
    }
  }, [openedHere, navigate, search]);

  if (!hydrated || !figure) return null;
  return (
    <Suspense fallback={null}>
      <Lightbox articleId={articleId} figure={figure} onClose={close} />
    </Suspense>
  );
}
