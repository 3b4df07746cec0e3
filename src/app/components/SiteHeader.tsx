import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { defaultLang, isLang } from '../../i18n/languages';
import { frontPath } from '../../routing/front-pages';
import { SettingsMenu } from '../settings/SettingsMenu';

interface SiteHeaderProps {
  /** Controls at the end of the bar: the language toggle. */
  children?: ReactNode;
  /** Under the bar, still in the sticky header: the phone's section bar, reading progress. */
  below?: ReactNode;
  ref?: Ref<HTMLElement>;
  /** What `#main` holds, for the skip link's words: an article (default), a front's cards, other. */
  main?: 'article' | 'front' | 'content';
}

const skipLinkKey = {
  article: 'skipLink',
  front: 'skipLinkFront',
  content: 'skipLinkContent',
} as const;

export function SiteHeader({ children, below, ref, main = 'article' }: SiteHeaderProps) {
  const { t, i18n } = useTranslation();
  // Each language has its own i18next instance (app/i18n/registry), so this is the page's.
  const lang = isLang(i18n.language) ? i18n.language : defaultLang;
  return (
    <header ref={ref} className="site-header">
      <a className="skip-link" href="#main">
        {t(skipLinkKey[main])}
      </a>
      <div className="site-header__bar">
        <p className="site-header__name">
          <Link to={frontPath(lang)}>{t('site.name')}</Link>
        </p>
        <div className="site-header__controls">
          <SettingsMenu />
          {children}
        </div>
      </div>
      {below}
    </header>
  );
}
