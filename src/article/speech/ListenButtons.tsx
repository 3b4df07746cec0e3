import { useEffect, useRef, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeechSession } from './speech-context';

const icons = {
  play: 'M8 5v14l11-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  stop: 'M6 6h12v12H6z',
};

function Icon({ shape }: { shape: keyof typeof icons }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="listen__icon">
      <path d={icons[shape]} fill="currentColor" />
    </svg>
  );
}

export interface ListenButtonsProps {
  /** The section these buttons read; without it, the whole article. */
  sectionId?: string;
}

/**
 * Listen, then Pause/Resume and Stop. The article's control is live while anything is read; a
 * section's while that section is. Loaded with the engine, once there is a voice.
 */
export function ListenButtons({ sectionId }: ListenButtonsProps) {
  const { t } = useTranslation();
  const session = useSpeechSession();
  const rootRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  // Whether keyboard focus is in this control, to keep it here when Stop disappears under it.
  const hadFocus = useRef(false);
  const section = session.article?.sections.find((s) => s.id === sectionId);
  const active =
    session.state !== 'idle' &&
    (sectionId === undefined || session.current?.sectionId === sectionId);

  useEffect(() => {
    if (active || !hadFocus.current) return;
    if (!rootRef.current?.contains(document.activeElement)) primaryRef.current?.focus();
  }, [active]);

  if (sectionId !== undefined && !section) return null;

  const listenLabel = section ? t('speech.section', { title: section.title }) : t('speech.article');
  const paused = active && session.state === 'paused';
  const trackFocus = {
    onFocus: () => {
      hadFocus.current = true;
    },
    onBlur: (event: FocusEvent<HTMLButtonElement>) => {
      // A button removed while focused may report a blur; that focus is to be put back, not lost.
      if (!event.target.isConnected) return;
      hadFocus.current = rootRef.current?.contains(event.relatedTarget) ?? false;
    },
  };
  const announcement =
    session.announcement?.sectionId === sectionId ? session.announcement : undefined;

  return (
    <div ref={rootRef} className="listen__controls">
      {/* One button that changes role, so focus stays on it from Listen to Pause to Resume. */}
      <button
        ref={primaryRef}
        type="button"
        className="pill-button listen__button--main"
        {...trackFocus}
        aria-label={active ? undefined : listenLabel}
        onClick={() => {
          if (!active) session.listen(sectionId);
          else if (paused) session.resume();
          else session.pause();
        }}
      >
        <Icon shape={active && !paused ? 'pause' : 'play'} />
        <span aria-hidden={active ? undefined : true}>
          {!active ? t('speech.listen') : paused ? t('speech.resume') : t('speech.pause')}
        </span>
      </button>
      {active && (
        // Icon only, so that Pause and Stop fit the box kept for Listen (see ListenControls).
        <button
          type="button"
          className="pill-button listen__button--icon"
          {...trackFocus}
          aria-label={t('speech.stop')}
          onClick={session.stop}
        >
          <Icon shape="stop" />
        </button>
      )}
      <p
        className={announcement?.failed ? 'listen__status' : 'listen__status visually-hidden'}
        role="status"
      >
        {announcement?.text}
      </p>
    </div>
  );
}
