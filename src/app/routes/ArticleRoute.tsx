import { use, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import manifest from 'virtual:article-routes';
import { otherLang } from '../../i18n/languages';
import { articlePath, parallelPath } from '../../routing/article-paths';
import type { SiteRoute } from '../../routing/site-path';
import { loadI18n } from '../i18n/registry';
import { useI18n } from '../i18n/use-i18n';
import { ArticlePage } from './ArticlePage';

export type ArticleSiteRoute = Extract<SiteRoute, { kind: 'article' }>;

export function ArticleRoute({ route }: { route: ArticleSiteRoute }) {
  const { lang, articleId, sectionId, unknownSection, view } = route;
  const i18n = useI18n(lang, articleId);
  // The parallel view needs the other edition too (prefetched when idle on the single view;
  // inlined by the prerenderer on the view's own pages). `use` may be called conditionally.
  const otherI18n = view === 'parallel' ? use(loadI18n(otherLang(lang), articleId)) : undefined;
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = (view === 'parallel' ? parallelPath : articlePath)(
    manifest,
    lang,
    articleId,
    sectionId,
  );

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
        otherI18n={otherI18n}
      />
    </I18nextProvider>
  );
}
