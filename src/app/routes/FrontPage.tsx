import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrontCard } from '../../article/model/front-card';
import { otherLang, type Lang } from '../../i18n/languages';
import type { ResponsiveImage } from '../../article/picture/responsive-image';
import { frontPath } from '../../routing/front-pages';
import { LanguageToggle } from '../components/LanguageToggle';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useDocumentMeta } from '../use-document-meta';
import { FrontCardItem } from './FrontCardItem';
import './front.css';

// The first row (up to three cards on a wide screen) is in view when the page opens: its images
// load at once, the rest lazily.
const firstRow = 3;

interface FrontPageProps {
  lang: Lang;
  page: number;
  pageCount: number;
  /** This page's cards, in order, each with its article's address and its lead image. */
  cards: { card: FrontCard; path: string; image?: ResponsiveImage }[];
}

/** One page of a language's front: its cards, and links to the pages before and after. */
export function FrontPage({ lang, page, pageCount, cards }: FrontPageProps) {
  const { t } = useTranslation();
  const title = page > 1 ? t('front.pageTitle', { page }) : t('front.title');
  useDocumentMeta(lang, t('site.documentTitle', { title }));
  return (
    <>
      <SiteHeader main="front">
        <LanguageToggle lang={lang} to={frontPath(otherLang(lang))} />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page front">
        <h1 className="front__title">{title}</h1>
        <ul className="front__cards">
          {cards.map(({ card, path, image }, i) => (
            <li key={card.id}>
              <FrontCardItem
                card={card}
                path={path}
                image={image}
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
