import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { photoParam } from './lightbox-context';

/**
 * The open photo lives in the address (`?photo=id`), so an open lightbox can be shared and Back
 * closes it. Opening and closing are one rule, kept here: opening pushes a history entry marked
 * as opened on the page; closing goes back to it, or, for a photo opened from a shared link, drops
 * the parameter without leaving the page.
 */
export function usePhotoAddress() {
  const { search, state } = useLocation();
  const navigate = useNavigate();
  const figureId = new URLSearchParams(search).get(photoParam) ?? undefined;
  const openedHere = (state as { photo?: boolean } | null)?.photo === true;

  const open = useCallback(
    (id: string) =>
      void navigate(
        { search: `?${photoParam}=${encodeURIComponent(id)}` },
        { state: { photo: true } },
      ),
    [navigate],
  );

  const close = useCallback(() => {
    if (openedHere) {
      void navigate(-1);
      return;
    }
    const params = new URLSearchParams(search);
    params.delete(photoParam);
    const rest = params.toString();
    void navigate({ search: rest ? `?${rest}` : '' }, { replace: true });
  }, [openedHere, navigate, search]);

  return { figureId, open, close };
}
