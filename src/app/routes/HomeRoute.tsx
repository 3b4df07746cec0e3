import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { frontPath } from '../../routing/front-pages';
import { languages, type Lang } from '../../i18n/languages';
import { preferredLang } from '../../i18n/preferred-lang';
import { useI18n } from '../i18n/use-i18n';

function LanguageChoice({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section className="home__choice" lang={lang} aria-labelledby={`home-${lang}`}>
      <h2 id={`home-${lang}`}>{t('home.title')}</h2>
      <p>{t('home.intro')}</p>
      <Link className="home__link" to={frontPath(lang)} hrefLang={lang}>
        {t('language.current')}
      </Link>
    </section>
  );
}

/**
 * `/`: with JavaScript, a returning reader goes to the front page of the language chosen last and a first-time one to
 * the browser's; without it (and for crawlers), both editions are offered as links.
 */
export function HomeRoute() {
  const navigate = useNavigate();
  const instances = { de: useI18n('de'), en: useI18n('en') } satisfies Record<Lang, unknown>;
  useEffect(() => {
    void navigate(frontPath(preferredLang()), { replace: true });
  }, [navigate]);
  return (
    <main id="main" className="page page--narrow home">
      <h1 className="home__title">
        {languages.map((lang, i) => (
          <span key={lang} lang={lang}>
            {i > 0 && ' · '}
            {instances[lang].t('site.name')}
          </span>
        ))}
      </h1>
      {languages.map((lang) => (
        <I18nextProvider key={lang} i18n={instances[lang]}>
          <LanguageChoice lang={lang} />
        </I18nextProvider>
      ))}
    </main>
  );
}
