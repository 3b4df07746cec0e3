import type { MouseEvent } from 'react';

/**
 * A primary-button click without modifier keys. Links that the app handles itself leave every
 * other click (new tab, new window, download) to the browser.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
