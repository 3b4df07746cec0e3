import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import manifest from 'virtual:article-routes';
import { articlePath } from '../../routing/article-paths';
import type { SiteRoute } from '../../routing/site-path';
import { useI18n } from '../i18n/use-i18n';
import { ArticlePage } from './ArticlePage';

export type ArticleSiteRoute = Extract<SiteRoute, { kind: 'article' }>;

export function ArticleRoute({ route }: { route: ArticleSiteRoute }) {
  const { lang, articleId, sectionId, unknownSection } = route;
  const i18n = useI18n(lang, articleId);
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = articlePath(manifest, lang, articleId, sectionId);

  // A slug of the other language, a shared id or another spelling resolves here; show the
  // canonical address.
  useEffect(() => {
    if (unknownSection === undefined && pathname !== canonical) {
      void navigate(`${canonical}${search}${hash}`, { replace: true });
    }
  }, [canonical, pathname, search, hash, unknownSection, navigate]);

  return (
    <I18nextProvider i18n={i18n}>
      {/* Keyed by article: another article is a new page, with its own landing section. */}
      <ArticlePage
        key={articleId}
        lang={lang}
        articleId={articleId}
        sectionId={sectionId}
        unknownSection={unknownSection}
      />
    </I18nextProvider>
  );
}
