import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import manifest from 'virtual:article-routes';
import { articlePath } from '../../routing/article-paths';
import { otherLang, type Lang } from '../../i18n/languages';
import { useI18n } from '../i18n/use-i18n';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useDocumentMeta } from '../use-document-meta';

function NotFoundContent({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  useDocumentMeta(lang, t('site.documentTitle', { title: t('notFound.title') }));
  const other = otherLang(lang);
  const articleId = manifest[0]?.id;
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page page--narrow not-found">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        {articleId !== undefined && (
          <ul className="not-found__links">
            <li>
              <Link to={articlePath(manifest, lang, articleId)}>{t('notFound.toArticle')}</Link>
            </li>
            <li>
              <Link to={articlePath(manifest, other, articleId)} lang={other} hrefLang={other}>
                {t('notFound.toOther')}
              </Link>
            </li>
          </ul>
        )}
      </main>
      <SiteFooter />
    </>
  );
}

/** The same DOM whatever URL it is served at: it depends only on the language. */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const i18n = useI18n(lang);
  return (
    <I18nextProvider i18n={i18n}>
      <NotFoundContent lang={lang} />
    </I18nextProvider>
  );
}
