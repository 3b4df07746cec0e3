import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLang, isLang } from '../../i18n/languages';
import { editorialMarker, editorsNote } from '../model/editorial';
import type { Article } from '../model/schema';
import { followItem } from './follow';
import type { Announcement, SpeechSession } from './speech-context';
import { speechItems } from './speech-queue';
import { useSpeech } from './use-speech';

export interface SpeechEngineProps {
  article: Article;
  /** Hands the session to SpeechProvider's context, which wraps the article. */
  publish: (session: SpeechSession) => void;
}

/**
 * The article's one reading session, in the voice of the page's language. Loaded after hydration
 * and rendered beside the article, not around it (see SpeechProvider). Announcements go to the
 * live region of the control that started the reading, and only at start, pause, resume and end:
 * never per paragraph, which would talk over the voice. Renders nothing itself.
 */
export function SpeechEngine({ article, publish }: SpeechEngineProps) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : defaultLang;
  // Kept with its language, so a switch to the other edition leaves no stale text behind.
  const [said, setSaid] = useState<{ lang: string; announcement: Announcement }>();

  // Said in the live region of the control that started the reading, whichever control was used.
  const announce = useCallback(
    (text: string, failed = false) =>
      setSaid((previous) => ({
        lang,
        announcement: { sectionId: previous?.announcement.sectionId, text, failed },
      })),
    [lang],
  );
  const onDone = useCallback(
    (outcome: 'finished' | 'failed') =>
      announce(
        t(outcome === 'finished' ? 'speech.finished' : 'speech.failed'),
        outcome === 'failed',
      ),
    [announce, t],
  );
  const { available, state, current, speak, pause, resume, stop } = useSpeech({ lang, onDone });

  useEffect(() => {
    if (current) followItem(current);
  }, [current]);

  const listen = useCallback(
    (sectionId?: string) => {
      const note = editorsNote(article, t, lang);
      const items = speechItems(article, {
        sectionId,
        truncatedNote: t('article.truncated'),
        marker: editorialMarker(article, t, lang),
        // The heading first, as on the page: "Editor’s note. The original breaks off …"
        note: note.length === 0 ? undefined : [`${t('article.editorialNote')}.`, ...note].join(' '),
      });
      if (items.length === 0) return;
      speak(items);
      const title = article.sections.find((s) => s.id === sectionId)?.title;
      const text =
        title === undefined ? t('speech.startedArticle') : t('speech.startedSection', { title });
      setSaid({ lang, announcement: { sectionId, text, failed: false } });
    },
    [article, lang, speak, t],
  );

  const session = useMemo<SpeechSession>(
    () => ({
      available,
      state,
      current,
      article,
      announcement: said?.lang === lang ? said.announcement : undefined,
      listen,
      pause: () => {
        if (state !== 'speaking') return;
        pause();
        announce(t('speech.paused'));
      },
      resume: () => {
        if (state !== 'paused') return;
        resume();
        announce(t('speech.resumed'));
      },
      stop: () => {
        if (state === 'idle') return;
        stop();
        announce(t('speech.stopped'));
      },
    }),
    [available, state, current, article, said, lang, listen, pause, resume, stop, announce, t],
  );

  // A layout effect: the controls show the new state in the same frame as the click.
  useLayoutEffect(() => publish(session), [publish, session]);
  return null;
}
