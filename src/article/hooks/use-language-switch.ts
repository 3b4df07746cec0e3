import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { isPlainClick } from '../../shared/is-plain-click';
import { captureAnchor } from '../navigation/reading-anchor';
import type { NavigationState } from './use-section-navigation';

export interface UseLanguageSwitchOptions {
  /** Height of the sticky header: the place is measured from just below it. */
  headerHeight: number;
  /** Loads the other language's resources; the switch waits for them. */
  load: () => Promise<unknown>;
  /** The other language could not be loaded: the reader stays where they are. */
  onLoadError: () => void;
}

/**
 * Follows the language toggle keeping the reader's place (the block being read, restored by
 * useSectionNavigation from the history entry's state); plain link behaviour for any other click.
 * The other language is loaded first, so a failed load leaves the reader where they are.
 */
export function useLanguageSwitch({ headerHeight, load, onLoadError }: UseLanguageSwitchOptions) {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>, to: string) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      const anchor = captureAnchor(headerHeight);
      load().then(
        () => navigate(to, { state: { source: 'language', anchor } satisfies NavigationState }),
        onLoadError,
      );
    },
    [headerHeight, load, onLoadError, navigate],
  );
}
