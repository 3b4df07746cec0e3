import { useTranslation } from 'react-i18next';

interface LoadErrorNoticeProps {
  failed: boolean;
  href: string;
  /** Whose resources failed: the other edition's (the default), or this page's own. */
  edition?: 'other' | 'page';
}

/**
 * The other edition could not be loaded (offline, a deploy replaced the chunk): the reader stays
 * where they are, and a plain link loads the other edition's prerendered page in full. When the
 * page's own edition failed before hydration, the page reads on as HTML and the link reloads it.
 */
export function LoadErrorNotice({ failed, href, edition = 'other' }: LoadErrorNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      {failed && (
        <>
          <p>{t(edition === 'page' ? 'errors.pageLoadFailed' : 'errors.loadFailed')}</p>
          <a href={href}>{t(edition === 'page' ? 'errors.reload' : 'errors.openOther')}</a>
        </>
      )}
    </div>
  );
}
