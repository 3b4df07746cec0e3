import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { otherLang, type Lang } from '../../i18n/languages';

interface LanguageToggleProps {
  lang: Lang;
  /** The same place in the other edition. */
  to: string;
  /** Loads the other language's resources ahead of the click, so switching never waits. */
  onIntent?: () => void;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** A real link (it works without JavaScript), named in the language it leads to. */
export function LanguageToggle({ lang, to, onIntent, onClick }: LanguageToggleProps) {
  const { t } = useTranslation();
  const target = otherLang(lang);
  return (
    <Link
      className="language-toggle"
      to={to}
      lang={target}
      hrefLang={target}
      title={t('language.otherHint')}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      onClick={onClick}
    >
      {t('language.other')}
    </Link>
  );
}
