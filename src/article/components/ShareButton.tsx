import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ShareButtonProps {
  /** Root-relative path of what is shared; made absolute against the page's origin. */
  path: string;
  /** Title handed to the share sheet. */
  title: string;
  /** Accessible name, naming what is shared ("Share section “…”"). */
  label: string;
  /** Used to name the fallback link field. */
  linkLabel: string;
}

type Outcome = 'idle' | 'copied' | 'manual';

/**
 * The system share sheet where there is one (phones); else the clipboard, confirmed to screen
 * readers; if both fail or are refused, the link itself, selectable.
 */
export function ShareButton({ path, title, label, linkLabel }: ShareButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const url = typeof window === 'undefined' ? path : new URL(path, window.location.origin).href;

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        setOutcome('idle');
        return;
      } catch (error) {
        // The reader closed the sheet: that is an answer, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  }

  return (
    <div className="share">
      <button type="button" className="pill-button" aria-label={label} onClick={() => void share()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="share__icon">
          <path
            d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span aria-hidden="true">{t('share.label')}</span>
      </button>
      <p className="share__status" role="status">
        {outcome === 'copied' && t('share.copied')}
        {outcome === 'manual' && t('share.manual')}
      </p>
      {outcome === 'manual' && (
        <input
          ref={fieldRef}
          className="share__field"
          type="url"
          readOnly
          value={url}
          aria-label={linkLabel}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
