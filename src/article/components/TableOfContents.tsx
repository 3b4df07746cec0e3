import { useTranslation } from 'react-i18next';
import { TocList, type TocListProps } from './TocList';

/** The contents beside the article on wide screens, sticky while the article scrolls. */
export function TableOfContents(props: TocListProps) {
  const { t } = useTranslation();
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {t('toc.title')}
      </h2>
      <TocList {...props} />
    </nav>
  );
}
