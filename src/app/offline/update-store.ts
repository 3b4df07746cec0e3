/**
 * The one piece of state shared by the service worker registration (which learns of a new
 * version) and the prompt (which asks the reader): a tiny store, so the two need not know each
 * other and the prompt can be mounted anywhere, even before registration happens.
 */

/** A new version is installed and waits for the reader's consent to take over. */
export interface PendingUpdate {
  /** Lets the new version take over, then reloads the page into it. */
  apply(): void;
}

let pending: PendingUpdate | undefined;
const listeners = new Set<() => void>();

export function announceUpdate(update: PendingUpdate | undefined): void {
  pending = update;
  for (const listener of listeners) listener();
}

export function pendingUpdate(): PendingUpdate | undefined {
  return pending;
}

/** For `useSyncExternalStore`; returns the unsubscribe function. */
export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
