import type { SpeechItem } from './speech-queue';

/** How a reading ended without being stopped: to the end, cut off by something else, or failed. */
export type PlayerOutcome = 'finished' | 'interrupted' | 'failed';

export interface PlayerEvents {
  /** An item has started to sound. */
  onItem: (item: SpeechItem) => void;
  /** The reading ended by itself; not called after `stop()`. */
  onDone: (outcome: PlayerOutcome) => void;
}

export interface PlayOptions {
  voice: SpeechSynthesisVoice | undefined;
  /** BCP 47 tag for every utterance, so an engine that ignores `voice` still picks the language. */
  lang: string;
}

export interface Player {
  play: (items: readonly SpeechItem[], options: PlayOptions) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

/**
 * Reads items one utterance at a time, the next on the previous one's `end`. Queueing them all at
 * once would be simpler, but then the page could not tell which one is sounding in browsers that
 * fire `start` late, and a single long utterance is what Chrome's network voices cut off after
 * about 15 seconds; a paragraph at a time keeps most of them under that.
 */
export function createPlayer(synth: SpeechSynthesis, events: PlayerEvents): Player {
  // The utterance sounding now. Events of any other (one cancelled by stop(), or a second `end`
  // after `error`) are ignored. Holding it also keeps it alive: Chrome may garbage-collect an
  // utterance nothing references, and then its `end` never fires.
  let current: SpeechSynthesisUtterance | null = null;

  function sayFrom(items: readonly SpeechItem[], index: number, options: PlayOptions): void {
    const item = items[index];
    if (!item) {
      current = null;
      events.onDone('finished');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = options.lang;
    if (options.voice) utterance.voice = options.voice;
    utterance.addEventListener('start', () => {
      if (current === utterance) events.onItem(item);
    });
    utterance.addEventListener('end', () => {
      if (current === utterance) sayFrom(items, index + 1, options);
    });
    utterance.addEventListener('error', (event) => {
      if (current !== utterance) return;
      current = null;
      // Interrupted or cancelled by someone else (another page's speech, the system): not a fault.
      const expected = event.error === 'interrupted' || event.error === 'canceled';
      if (!expected) synth.cancel();
      events.onDone(expected ? 'interrupted' : 'failed');
    });
    current = utterance;
    synth.speak(utterance);
  }

  function stop(): void {
    if (current === null) return;
    // Cleared first: the cancelled utterance's own `error`/`end` events then count for nothing.
    current = null;
    synth.cancel();
    // cancel() does not unpause: a paused engine would say nothing on the next speak() until resumed.
    if (synth.paused) synth.resume();
  }

  return {
    play(items, options) {
      stop();
      sayFrom(items, 0, options);
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop,
  };
}
