import { vi } from 'vitest';

// jsdom has no Web Speech API. These stand-ins record what the page asks for and let a test play
// the engine's part: utterances start on their own (a microtask later, as in browsers), and end or
// fail when the test says so.

export class StubUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  constructor(readonly text: string) {
    super();
  }
}

function speechError(error: SpeechSynthesisErrorCode): Event {
  return Object.assign(new Event('error'), { error });
}

export class StubSpeechSynthesis extends EventTarget {
  /** Every utterance passed to speak(), in order. */
  readonly spoken: StubUtterance[] = [];
  private queue: StubUtterance[] = [];
  paused = false;
  readonly speak = vi.fn((utterance: StubUtterance) => {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) this.startHead();
  });
  // Like Chrome and Safari, cancel() does not unpause: the page has to resume.
  readonly cancel = vi.fn(() => {
    const [head, ...rest] = this.queue;
    this.queue = [];
    head?.dispatchEvent(speechError('interrupted'));
    for (const utterance of rest) utterance.dispatchEvent(speechError('canceled'));
  });
  readonly pause = vi.fn(() => {
    this.paused = true;
  });
  readonly resume = vi.fn(() => {
    this.paused = false;
  });

  constructor(private voices: SpeechSynthesisVoice[]) {
    super();
  }

  get speaking() {
    return this.queue.length > 0;
  }
  get pending() {
    return this.queue.length > 1;
  }
  getVoices() {
    return this.voices;
  }

  /** The voices arrive late, as in Chrome. */
  loadVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  /** The utterance sounding now finishes; the next one in the engine's queue starts. */
  finishCurrent() {
    const head = this.queue.shift();
    head?.dispatchEvent(new Event('end'));
    if (this.queue.length > 0) this.startHead();
  }

  /** The utterance sounding now fails. */
  failCurrent(error: SpeechSynthesisErrorCode) {
    this.queue.shift()?.dispatchEvent(speechError(error));
  }

  private startHead() {
    const head = this.queue[0];
    queueMicrotask(() => {
      if (head && this.queue[0] === head) head.dispatchEvent(new Event('start'));
    });
  }
}

export function voice(
  lang: string,
  name: string,
  { localService = true, isDefault = false } = {},
): SpeechSynthesisVoice {
  return { lang, name, voiceURI: name, localService, default: isDefault };
}

/** Installs the API with these voices; `vi.unstubAllGlobals()` takes it away again. */
export function installSpeech(voices: SpeechSynthesisVoice[]): StubSpeechSynthesis {
  const synth = new StubSpeechSynthesis(voices);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', StubUtterance);
  return synth;
}
