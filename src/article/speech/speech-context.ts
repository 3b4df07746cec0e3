import { createContext, useContext } from 'react';
import type { Article } from '../model/schema';
import type { SpeechItem } from './speech-queue';
import type { SpeechState } from './use-speech';

export interface Announcement {
  /** The control whose live region says it: a section's, or the article's (undefined). */
  sectionId: string | undefined;
  text: string;
  failed: boolean;
}

/** One reading session shared by the article's control and every section's. */
export interface SpeechSession {
  available: boolean;
  state: SpeechState;
  current: SpeechItem | undefined;
  article: Article | undefined;
  announcement: Announcement | undefined;
  /** Reads one section, or the whole article without a section id. */
  listen: (sectionId?: string) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

const noop = () => undefined;

// Outside a provider (a section rendered on its own, in a test or elsewhere) nothing can be read:
// the controls render nothing and no section is marked.
export const inertSession: SpeechSession = {
  available: false,
  state: 'idle',
  current: undefined,
  article: undefined,
  announcement: undefined,
  listen: noop,
  pause: noop,
  resume: noop,
  stop: noop,
};

export const SpeechContext = createContext<SpeechSession>(inertSession);

export function useSpeechSession(): SpeechSession {
  return useContext(SpeechContext);
}

export interface SectionReading {
  /** The section is being read (or paused in). */
  active: boolean;
  /** The paragraph being read, when it is one of this section's. */
  blockId: string | undefined;
}

/** For a section to mark itself and its current paragraph while it is read. */
export function useSectionReading(sectionId: string): SectionReading {
  const { state, current } = useSpeechSession();
  const active = state !== 'idle' && current?.sectionId === sectionId;
  return {
    active,
    blockId: active && current?.kind === 'paragraph' ? current.blockId : undefined,
  };
}
