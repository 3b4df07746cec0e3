import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A polite, dismissible notice: the link named a section this article does not have. */
export function UnknownSectionNotice({ section }: { section: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  // Shown as text only, never as markup; long or hostile input is cut short.
  const shown = section.length > 60 ? `${section.slice(0, 60)}…` : section;
  return (
    <div className="notice" role="status">
      {open && (
        <>
          <p>{t('errors.sectionNotFound', { section: shown })}</p>
          <button type="button" className="notice__dismiss" onClick={() => setOpen(false)}>
            {t('errors.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
