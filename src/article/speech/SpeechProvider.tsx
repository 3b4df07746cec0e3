import {
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { Article } from '../model/schema';
import { inertSession, SpeechContext, type SpeechSession } from './speech-context';
import type { SpeechEngineProps } from './SpeechEngine';

export interface SpeechProviderProps {
  article: Article;
  children: ReactNode;
}

/** A value with subscribers: how the engine, loaded later, reaches the context above it. */
function createSessionBox() {
  let value = inertSession;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: SpeechSession) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const serverSession = () => inertSession;

/**
 * Shares one reading session with every listen control and section in the article. The engine is
 * imported only where the browser has speech synthesis, once the page is idle. It cannot wrap the
 * article once loaded without remounting it, so it renders beside it and publishes its session
 * into this context.
 */
export function SpeechProvider({ article, children }: SpeechProviderProps) {
  const [box] = useState(createSessionBox);
  const session = useSyncExternalStore(box.subscribe, box.get, serverSession);
  const [Engine, setEngine] = useState<ComponentType<SpeechEngineProps>>();

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const load = () =>
      import('./speech-chunk').then(
        (m) => setEngine(() => m.SpeechEngine),
        // Offline with the chunk not cached: the article reads as before, without a voice.
        () => undefined,
      );
    // Once the page is idle: listening is never the first thing a reader does, and the controls
    // have their room already, so arriving a little later moves nothing.
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(load);
      return () => window.clearTimeout(timer);
    }
    const handle = requestIdleCallback(load, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);

  return (
    <SpeechContext value={session}>
      {children}
      {Engine && <Engine article={article} publish={box.set} />}
    </SpeechContext>
  );
}
