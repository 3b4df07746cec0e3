import { useTranslation } from 'react-i18next';

/**
 * The other edition could not be loaded (offline, a deploy replaced the chunk): the reader stays
 * where they are, and a plain link loads the other edition's prerendered page in full.
 */
export function LoadErrorNotice({ failed, href }: { failed: boolean; href: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      {failed && (
        <>
          <p>{t('errors.loadFailed')}</p>
          <a href={href}>{t('errors.openOther')}</a>
        </>
      )}
    </div>
  );
}
