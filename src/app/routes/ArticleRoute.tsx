import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import manifest from 'virtual:article-routes';
import { articlePath, matchArticle, type ArticleMatch } from '../../article/model/routes';
import { isLang, type Lang } from '../../i18n/languages';
import { useI18n } from '../../i18n/use-i18n';
import { ArticlePage } from './ArticlePage';
import { NotFoundRoute } from './NotFoundRoute';

function ArticleScreen({ lang, match }: { lang: Lang; match: ArticleMatch }) {
  const i18n = useI18n(lang, match.articleId);
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = articlePath(manifest, lang, match.articleId, match.sectionId);

  // A slug of the other language or a shared id resolves here; show the canonical address.
  useEffect(() => {
    if (match.unknownSection === undefined && pathname !== canonical) {
      void navigate(`${canonical}${search}${hash}`, { replace: true });
    }
  }, [canonical, pathname, search, hash, match.unknownSection, navigate]);

  return (
    <I18nextProvider i18n={i18n}>
      {/* Keyed by article: another article is a new page, with its own landing section. */}
      <ArticlePage
        key={match.articleId}
        lang={lang}
        articleId={match.articleId}
        sectionId={match.sectionId}
        unknownSection={match.unknownSection}
      />
    </I18nextProvider>
  );
}

export function ArticleRoute() {
  const { lang, article = '', section } = useParams();
  const match = isLang(lang) ? matchArticle(manifest, article, section) : undefined;
  if (!isLang(lang) || !match) return <NotFoundRoute />;
  return <ArticleScreen lang={lang} match={match} />;
}
