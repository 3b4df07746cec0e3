import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../i18n/languages';
import { hasVoiceFor, pickVoice, utteranceLang } from './pick-voice';
import { createPlayer, type Player } from './speech-player';
import type { SpeechItem } from './speech-queue';

export type SpeechState = 'idle' | 'speaking' | 'paused';

export interface UseSpeechOptions {
  lang: Lang;
  /** Called when a reading ends by itself: read to the end, or failed. */
  onDone?: (outcome: 'finished' | 'failed') => void;
}

export interface Speech {
  /** The browser can speak and has a voice for the language. */
  available: boolean;
  state: SpeechState;
  /** The item being read (kept while paused). */
  current: SpeechItem | undefined;
  /** The last reading failed (not: was stopped or interrupted). */
  error: boolean;
  /** Call from the click itself: Safari on iOS speaks only in answer to a gesture. */
  speak: (items: readonly SpeechItem[]) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

interface Status {
  state: SpeechState;
  current: SpeechItem | undefined;
  error: boolean;
}

const idle: Status = { state: 'idle', current: undefined, error: false };

function synthesis(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return undefined;
  return typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : undefined;
}

// Chrome lists its voices only after `voiceschanged`; Firefox and Safari have them at once.
function subscribeVoices(onChange: () => void): () => void {
  const synth = synthesis();
  synth?.addEventListener('voiceschanged', onChange);
  return () => synth?.removeEventListener('voiceschanged', onChange);
}

/** Reading aloud with the Web Speech API, in a voice of the page's language. */
export function useSpeech({ lang, onDone }: UseSpeechOptions): Speech {
  // The server snapshot (false) is also what hydration renders, so the server's HTML and the first
  // client render agree; the voices are read right after.
  const available = useSyncExternalStore(
    subscribeVoices,
    () => hasVoiceFor(synthesis()?.getVoices() ?? [], lang),
    () => false,
  );
  const [status, setStatus] = useState<Status>(idle);
  const playerRef = useRef<Player | null>(null);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);

  useEffect(() => {
    const synth = synthesis();
    if (!synth) return;
    const player = createPlayer(synth, {
      onItem: (item) => setStatus((s) => (s.state === 'idle' ? s : { ...s, current: item })),
      onDone: (outcome) => {
        setStatus(outcome === 'failed' ? { ...idle, error: true } : idle);
        if (outcome !== 'interrupted') onDoneRef.current?.(outcome);
      },
    });
    playerRef.current = player;
    // Some browsers keep speaking after the page is left or reloaded.
    window.addEventListener('pagehide', player.stop);
    return () => {
      window.removeEventListener('pagehide', player.stop);
      player.stop();
      playerRef.current = null;
    };
  }, []);

  const stop = useCallback(() => {
    playerRef.current?.stop();
    setStatus(idle);
  }, []);

  // A page in the other language must not go on in this one's voice.
  useEffect(() => stop, [lang, stop]);

  const speak = useCallback(
    (items: readonly SpeechItem[]) => {
      const synth = synthesis();
      const player = playerRef.current;
      if (!synth || !player || items.length === 0) return;
      const voice = pickVoice(synth.getVoices(), lang);
      // Set before playing: an engine that fails at once reports it synchronously.
      setStatus({ state: 'speaking', current: items[0], error: false });
      player.play(items, { voice, lang: utteranceLang(voice, lang) });
    },
    [lang],
  );

  const pause = useCallback(() => {
    if (status.state !== 'speaking') return;
    playerRef.current?.pause();
    setStatus((s) => ({ ...s, state: 'paused' }));
  }, [status.state]);

  const resume = useCallback(() => {
    if (status.state !== 'paused') return;
    playerRef.current?.resume();
    setStatus((s) => ({ ...s, state: 'speaking' }));
  }, [status.state]);

  return { available, ...status, speak, pause, resume, stop };
}
