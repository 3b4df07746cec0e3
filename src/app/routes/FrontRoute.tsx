import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import cards from 'virtual:front-cards';
import manifest from 'virtual:article-routes';
import { cardsOfPage } from '../../article/model/front-card';
import { otherLang, type Lang } from '../../i18n/languages';
import { frontCardsPerPage, frontPageCount, frontPath } from '../../routing/front-pages';
import type { SiteRoute } from '../../routing/site-path';
import { LanguageToggle } from '../components/LanguageToggle';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useI18n } from '../i18n/use-i18n';
import { useDocumentMeta } from '../use-document-meta';
import { FrontCardItem } from './FrontCardItem';
import './front.css';

export type FrontSiteRoute = Extract<SiteRoute, { kind: 'front' }>;

// The first row (up to three cards on a wide screen) is in view when the page opens: its images
// load at once, the rest lazily.
const firstRow = 3;

function FrontContent({ lang, page }: { lang: Lang; page: number }) {
  const { t } = useTranslation();
  const title = page > 1 ? t('front.pageTitle', { page }) : t('front.title');
  useDocumentMeta(lang, t('site.documentTitle', { title }));
  const pageCount = frontPageCount(manifest, lang);
  const shown = cardsOfPage(cards[lang], page, frontCardsPerPage);
  return (
    <>
      <SiteHeader>
        <LanguageToggle lang={lang} to={frontPath(otherLang(lang))} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page front">
        <h1 className="front__title">{title}</h1>
        <ul className="front__cards">
          {shown.map((card, i) => (
            <li key={card.id}>
              <FrontCardItem
                card={card}
                lang={lang}
                load={page === 1 && i < firstRow ? 'first' : 'lazy'}
              />
            </li>
          ))}
        </ul>
        {pageCount > 1 && (
          <nav className="front__pages" aria-label={t('front.pagination')}>
            {page > 1 && (
              <Link rel="prev" to={frontPath(lang, page - 1)}>
                {t('front.previous')}
              </Link>
            )}
            <span>{t('front.pageOf', { page, total: pageCount })}</span>
            {page < pageCount && (
              <Link rel="next" to={frontPath(lang, page + 1)}>
                {t('front.next')}
              </Link>
            )}
          </nav>
        )}
      </main>
      <SiteFooter />
    </>
  );
}

/** `/de`, `/en` and their later pages: every article of the edition as a card. */
export function FrontRoute({ route }: { route: FrontSiteRoute }) {
  const i18n = useI18n(route.lang);
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = frontPath(route.lang, route.page);
  // Another spelling (`/%65n`, `/de/`) shows the one address.
  useEffect(() => {
    if (pathname !== canonical) void navigate(`${canonical}${search}${hash}`, { replace: true });
  }, [canonical, pathname, search, hash, navigate]);
  return (
    <I18nextProvider i18n={i18n}>
      <FrontContent lang={route.lang} page={route.page} />
    </I18nextProvider>
  );
}
