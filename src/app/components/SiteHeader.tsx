import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsMenu } from '../settings/SettingsMenu';

interface SiteHeaderProps {
  /** Controls at the end of the bar: the language toggle. */
  children?: ReactNode;
  /** Under the bar, still in the sticky header: the phone's section bar, reading progress. */
  below?: ReactNode;
  ref?: Ref<HTMLElement>;
}

export function SiteHeader({ children, below, ref }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header ref={ref} className="site-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <div className="site-header__bar">
        <p className="site-header__name">{t('site.name')}</p>
        <div className="site-header__controls">
          <SettingsMenu />
          {children}
        </div>
      </div>
      {below}
    </header>
  );
}
