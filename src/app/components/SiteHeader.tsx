import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SiteHeaderProps {
  /** Controls at the end of the bar: the language toggle. */
  children?: ReactNode;
}

export function SiteHeader({ children }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <div className="site-header__bar">
        <p className="site-header__name">{t('site.name')}</p>
        {children}
      </div>
    </header>
  );
}
