import { use, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import manifest from 'virtual:article-routes';
import { loadFrontPage } from '../data/site-data';
import { articlePath } from '../../routing/article-paths';
import { frontPageCount, frontPath } from '../../routing/front-pages';
import type { SiteRoute } from '../../routing/site-path';
import { useI18n } from '../i18n/use-i18n';
import { FrontPage } from './FrontPage';

export type FrontSiteRoute = Extract<SiteRoute, { kind: 'front' }>;

/** `/de`, `/en` and their later pages: every article of the edition as a card. */
export function FrontRoute({ route }: { route: FrontSiteRoute }) {
  const i18n = useI18n(route.lang);
  // The page's cards are a chunk of their own; a prerendered front has it before it hydrates.
  const { cards, images } = use(loadFrontPage(route.lang, route.page));
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const canonical = frontPath(route.lang, route.page);
  // Another spelling (`/%65n`, `/de/`) shows the one address.
  useEffect(() => {
    if (pathname !== canonical) void navigate(`${canonical}${search}${hash}`, { replace: true });
  }, [canonical, pathname, search, hash, navigate]);
  return (
    <I18nextProvider i18n={i18n}>
      <FrontPage
        lang={route.lang}
        page={route.page}
        pageCount={frontPageCount(manifest, route.lang)}
        cards={cards.map((card) => ({
          card,
          path: articlePath(manifest, route.lang, card.id),
          ...(card.image && images[card.image.key] && { image: images[card.image.key] }),
        }))}
      />
    </I18nextProvider>
  );
}
