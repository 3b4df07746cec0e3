import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberLang } from '../../i18n/preferred-lang';
import { englishHomeFor } from '../../routing/english-home';

/**
 * The language toggle of an article published in German only: still a real link where the
 * toggle always is, but it says there is no English edition and leads to the English home
 * instead of faking one. The short visible text is part of the full sentence that names it, so
 * speech input can say what it reads (WCAG 2.2, 2.5.3 Label in Name).
 */
export function GermanOnlyToggle() {
  const { t } = useTranslation();
  return (
    <Link
      className="language-toggle"
      to={englishHomeFor()}
      aria-label={t('language.germanOnlyHint')}
      // `/` follows the language read last (HomeRoute): the reader asked for English.
      onClick={() => rememberLang('en')}
    >
      {t('language.germanOnly')}
    </Link>
  );
}
