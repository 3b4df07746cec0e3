import { lazy, Suspense } from 'react';
import type { Article } from '../model/schema';
import { useHydrated } from '../../shared/use-hydrated';
import { usePhotoAddress } from './use-photo-address';

// The lightbox's code loads only when a photo is opened.
const Lightbox = lazy(() => import('./Lightbox').then((m) => ({ default: m.Lightbox })));

interface PhotoViewerProps {
  articleId: string;
  article: Article;
}

/** Shows the lightbox for the photo the address names (?photo=id): shareable, closed by Back. */
export function PhotoViewer({ articleId, article }: PhotoViewerProps) {
  const { figureId, close } = usePhotoAddress();
  // Prerendered pages know no query string: open only after hydration, so both renders agree.
  const hydrated = useHydrated();
  const figure = figureId === undefined ? undefined : article.figures[figureId];

  if (!hydrated || !figure) return null;
  return (
    <Suspense fallback={null}>
      <Lightbox articleId={articleId} figure={figure} onClose={close} />
    </Suspense>
  );
}
