import { useState, useSyncExternalStore } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isLang, languages, type Lang } from '../../i18n/languages';
import { loadedI18n } from '../i18n/registry';
import { pendingUpdate, subscribeToUpdates, type PendingUpdate } from './update-store';
import './update-prompt.css';

function UpdateBanner({ update, onDismiss }: { update: PendingUpdate; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="update-prompt__banner" lang={i18n.language}>
      <p className="update-prompt__text">{t('update.available')}</p>
      <button type="button" className="update-prompt__reload" onClick={() => update.apply()}>
        {t('update.reload')}
      </button>
      <button type="button" className="update-prompt__dismiss" onClick={onDismiss}>
        {t('update.dismiss')}
      </button>
    </div>
  );
}

// No update is known while rendering on the server or hydrating: the region starts out empty.
const noUpdate = () => undefined;

interface UpdatePromptProps {
  /** The page's language, e.g. the URL's first segment; any loaded language serves otherwise. */
  lang: string | undefined;
}

/**
 * Offers a new version of the site once it is installed: a polite status message with a reload
 * button, never a reload by itself, so nobody loses their place mid-read. The live region is
 * always there (empty until needed), so screen readers announce the message when it appears.
 */
export function UpdatePrompt({ lang }: UpdatePromptProps) {
  const update = useSyncExternalStore(subscribeToUpdates, pendingUpdate, noUpdate);
  const [dismissed, setDismissed] = useState<PendingUpdate>();
  const wanted: Lang[] = isLang(lang) ? [lang, ...languages] : [...languages];
  const i18n =
    update && update !== dismissed
      ? wanted.map((candidate) => loadedI18n(candidate)).find((instance) => instance)
      : undefined;
  return (
    <div className="update-prompt" role="status">
      {update && i18n && (
        <I18nextProvider i18n={i18n}>
          <UpdateBanner update={update} onDismiss={() => setDismissed(update)} />
        </I18nextProvider>
      )}
    </div>
  );
}
