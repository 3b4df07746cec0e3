import { whenLoadedAndIdle } from '../../shared/when-idle';
import { announceUpdate, type PendingUpdate } from './update-store';

/** What is used of workbox-window's `Workbox`, so tests can drive the events with a stub. */
export interface UpdateSource {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
}

export const serviceWorkerURL = '/sw.js';
export const manifestURL = '/manifest.webmanifest';

/**
 * Links the web app manifest. It is added here rather than in the HTML: browsers fetch a linked
 * manifest (and then its icon) while the page loads, a request Lighthouse's simulation puts on the
 * path to the largest paint whenever it starts before it. Installing the reader needs the service
 * worker registered alongside, so nothing is lost by linking it at the same moment.
 */
export function linkManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = manifestURL;
  doc.head.append(link);
}

/**
 * Reports each new version that waits (`waiting`) as an update the reader may apply. Applying
 * asks the waiting worker to take over and reloads only once it controls the page (`controlling`),
 * so the reload gets the new version's files, not the old ones a second time. If the reader
 * applied it in another tab first, this page is under the new version already: it just reloads.
 */
export function listenForUpdates(
  source: UpdateSource,
  onUpdate: (update: PendingUpdate) => void,
  reload: () => void = () => window.location.reload(),
): void {
  let applying = false;
  let takenOver = false;
  source.addEventListener('controlling', () => {
    takenOver = true;
    if (applying) reload();
  });
  // One update per waiting worker, so a newer version is offered again after a dismissal.
  source.addEventListener('waiting', () => {
    takenOver = false;
    onUpdate({
      apply() {
        if (applying) return;
        applying = true;
        if (takenOver) reload();
        else source.messageSkipWaiting();
      },
    });
  });
}

/**
 * Registers the service worker (production builds only: in development it would cache files that
 * change with every edit) and hands each waiting new version to `onUpdate`, by default to the
 * store `<UpdatePrompt />` reads. Call once, from the client entry.
 */
export function registerServiceWorker(
  onUpdate: (update: PendingUpdate) => void = announceUpdate,
): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After `load` and an idle moment: installing fetches the whole site, which must never
  // compete with the first view.
  whenLoadedAndIdle(() => {
    linkManifest();
    // Imported here, not at the top: workbox-window is not needed for the first view.
    import('workbox-window')
      .then(({ Workbox }) => {
        const workbox = new Workbox(serviceWorkerURL);
        listenForUpdates(workbox, onUpdate);
        return workbox.register();
      })
      .catch((error: unknown) => {
        // Offline reading is an extra: without it (private windows, storage full) the reader
        // still works online, so this is worth a note for developers and nothing for readers.
        console.warn('Offline reading is not available:', error);
      });
  });
}
