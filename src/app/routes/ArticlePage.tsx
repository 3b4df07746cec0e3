import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import manifest from 'virtual:article-routes';
import { ArticleBody } from '../../article/components/ArticleBody';
import { useArticle } from '../../article/hooks/use-article';
import { pageTitle } from '../../article/model/page-title';
import { articlePath } from '../../article/model/routes';
import { otherLang, type Lang } from '../../i18n/languages';
import { rememberLang } from '../../i18n/preferred-lang';
import { loadI18n } from '../../i18n/registry';
import { LanguageToggle } from '../components/LanguageToggle';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { useDocumentMeta } from '../use-document-meta';
import { UnknownSectionNotice } from './UnknownSectionNotice';

export interface ArticlePageProps {
  lang: Lang;
  articleId: string;
  sectionId?: string;
  unknownSection?: string;
}

export function ArticlePage({ lang, articleId, sectionId, unknownSection }: ArticlePageProps) {
  const { t } = useTranslation();
  const article = useArticle(articleId);
  const other = otherLang(lang);
  useDocumentMeta(lang, t('site.documentTitle', { title: pageTitle(article, sectionId) }));

  useEffect(() => rememberLang(lang), [lang]);

  // Fetch the other edition once the page is idle, so the toggle switches without waiting.
  useEffect(() => {
    const prefetch = () => void loadI18n(other, articleId).catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return void setTimeout(prefetch, 2000);
    const handle = requestIdleCallback(prefetch, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [other, articleId]);

  return (
    <>
      <SiteHeader>
        <LanguageToggle
          lang={lang}
          to={articlePath(manifest, other, articleId, sectionId)}
          onIntent={() => void loadI18n(other, articleId).catch(() => undefined)}
        />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page">
        {unknownSection !== undefined && <UnknownSectionNotice section={unknownSection} />}
        <ArticleBody articleId={articleId} article={article} />
      </main>
      <SiteFooter />
    </>
  );
}
