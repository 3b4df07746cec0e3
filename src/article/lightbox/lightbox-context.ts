import { createContext, useContext } from 'react';

/**
 * Opens a photo in the lightbox. A context rather than navigation in each figure: figures live in
 * the memoised article body and must not re-render on every change of address.
 */
export const LightboxContext = createContext<((figureId: string) => void) | undefined>(undefined);

export function useOpenPhoto(): ((figureId: string) => void) | undefined {
  return useContext(LightboxContext);
}

/** The search parameter that names the open photo, so an open lightbox can be shared. */
export const photoParam = 'photo';
