import { useSyncExternalStore } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import manifest from 'virtual:article-routes';
import { articlePath, hasEdition } from '../../routing/article-paths';
import { otherLang, type Lang } from '../../i18n/languages';
import { useI18n } from '../i18n/use-i18n';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useDocumentMeta } from '../use-document-meta';

const noSubscription = () => () => undefined;

/**
 * False while hydrating (and on the server), true once the app runs. The not-found page is one
 * prerendered file per language, served at every unknown URL, so what depends on the URL must not
 * be in its first render (a hydration mismatch, React error #418). React renders the server
 * snapshot while hydrating and re-renders with the client's right after; on a page the app
 * navigates to itself there is no hydration, and the client snapshot shows at once.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The first article published in a language (a German-only one has no English page). */
const firstIn = (lang: Lang) => manifest.find((a) => hasEdition(manifest, lang, a.id))?.id;

/** The address names an article that is published only in the other language: link it there. */
function InOtherLanguage({ lang, articleId }: { lang: Lang; articleId: string }) {
  const { t } = useTranslation();
  const other = otherLang(lang);
  return (
    <p className="not-found__other-language">
      {t('notFound.onlyOther')}{' '}
      <Link to={articlePath(manifest, other, articleId)} lang={other} hrefLang={other}>
        {t('notFound.readOther')}
      </Link>
    </p>
  );
}

interface NotFoundProps {
  lang: Lang;
  /** The address names this article, which has no edition in `lang` (routing/site-path). */
  inOtherLanguage?: string;
}

function NotFoundContent({ lang, inOtherLanguage }: NotFoundProps) {
  const { t } = useTranslation();
  useDocumentMeta(lang, t('site.documentTitle', { title: t('notFound.title') }));
  const other = otherLang(lang);
  const articleId = firstIn(lang);
  const otherArticleId = firstIn(other);
  const hydrated = useHydrated();
  return (
    <>
      <SiteHeader main="content" />
      <main id="main" tabIndex={-1} className="page page--narrow not-found">
        <h1>{t('notFound.title')}</h1>
        {hydrated && inOtherLanguage !== undefined ? (
          <InOtherLanguage lang={lang} articleId={inOtherLanguage} />
        ) : (
          <p>{t('notFound.body')}</p>
        )}
        <ul className="not-found__links">
          {articleId !== undefined && (
            <li>
              <Link to={articlePath(manifest, lang, articleId)}>{t('notFound.toArticle')}</Link>
            </li>
          )}
          {otherArticleId !== undefined && (
            <li>
              <Link to={articlePath(manifest, other, otherArticleId)} lang={other} hrefLang={other}>
                {t('notFound.toOther')}
              </Link>
            </li>
          )}
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}

/** The same DOM whatever URL it is served at: it depends only on the language. */
export function NotFoundPage({ lang, inOtherLanguage }: NotFoundProps) {
  const i18n = useI18n(lang);
  return (
    <I18nextProvider i18n={i18n}>
      <NotFoundContent lang={lang} inOtherLanguage={inOtherLanguage} />
    </I18nextProvider>
  );
}
