import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../../shared/use-disclosure';

// The panel's code is not part of the first view: it loads when the reader opens it.
const SettingsPanel = lazy(() =>
  import('./SettingsPanel').then((module) => ({ default: module.SettingsPanel })),
);

export function SettingsMenu() {
  const { t } = useTranslation();
  const { open, setOpen, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();
  return (
    <div ref={containerRef} className="settings">
      <button
        ref={buttonRef}
        type="button"
        className="settings__toggle"
        aria-expanded={open}
        aria-controls="settings-panel"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="settings__icon">
          Aa
        </span>
        <span className="settings__label">{t('settings.button')}</span>
      </button>
      <div id="settings-panel" className="settings__panel" hidden={!open}>
        {open && (
          <Suspense fallback={null}>
            <SettingsPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
