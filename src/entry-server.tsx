import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import manifest from 'virtual:article-routes';
import { App } from './app/App';
import { adoptBundle, fetchBundle, loadedI18n, type EditionBundle } from './app/i18n/registry';
import { loadFrontPage } from './app/data/site-data';
import { editionKey, editionModule, frontKey, frontPageModule } from './content/module-ids';
import { editionLangs } from './routing/manifest';
import { frontPageCount } from './routing/front-pages';
import { describePage, type SiteContext } from './document/page-head';
import type { PageData } from './document/page-data';
import { renderHead } from './document/render-head';
import { sitemapEntries, sitePages, type PageSpec } from './document/site-pages';
import { renderRobots, renderSitemap } from './document/sitemap';
import { feedPath, renderFeed } from './document/feed';
import images from 'virtual:responsive-images';
import { imageKey } from './article/model/image-key';
import { languages, type Lang } from './i18n/languages';

// The server bundle the site generator (src/site-generator/prerender.ts) renders pages with: it
// wires the pure page descriptions (src/document/) to React's renderer and the loaded languages.

export type { PageSpec };

export interface RenderedPage extends PageSpec {
  lang: Lang;
  html: string;
  head: string;
  data: PageData;
  /** The section a section URL opens at, when it is not the article's top. */
  landingSection?: string;
}

const bundles = new Map<Lang, EditionBundle>();

/** Loads and validates every language's resources; call once before rendering. */
export async function prepare(): Promise<void> {
  for (const lang of languages) {
    // Only the editions that exist: a German-only article has no English (#15).
    const articleIds = manifest.filter((a) => a.editions[lang] !== undefined).map((a) => a.id);
    const bundle = await fetchBundle(lang, articleIds);
    bundles.set(lang, bundle);
    adoptBundle(bundle);
    // The fronts' cards, so that a front renders at once (renderToString does not wait).
    for (let page = 1; page <= frontPageCount(manifest, lang); page++) {
      await loadFrontPage(lang, page);
    }
  }
}

function siteContext(origin: string): SiteContext {
  const byLang = (lang: Lang) => {
    const bundle = bundles.get(lang);
    if (!bundle) throw new Error('prepare() must run before rendering');
    return bundle;
  };
  return {
    manifest,
    origin,
    bundles: { de: byLang('de'), en: byLang('en') },
    t: (lang) => {
      const i18n = loadedI18n(lang);
      if (!i18n) throw new Error('prepare() must run before rendering');
      return i18n.t;
    },
  };
}

/** Both languages' feeds, the page language's first, each titled in its own language. */
function feedLinks(pageLang: Lang): { lang: Lang; title: string; path: string }[] {
  return [pageLang, ...languages.filter((l) => l !== pageLang)].map((lang) => {
    const i18n = loadedI18n(lang);
    if (!i18n) throw new Error('prepare() must run before rendering');
    return { lang, title: i18n.t('feed.title'), path: feedPath(lang) };
  });
}

/**
 * The articles the service worker keeps offline (src/site-generator/offline-set.ts): those on the
 * first page of either front, the newest of each edition.
 */
export async function offlineArticles(): Promise<Set<string>> {
  const fronts = await Promise.all(languages.map((lang) => loadFrontPage(lang, 1)));
  return new Set(fronts.flatMap(({ cards }) => cards.map((card) => card.id)));
}

/** Every published edition's chunk module (as Vite's manifest keys it), by article. */
export function editionModules(): Map<string, string[]> {
  return new Map(
    manifest.map((article) => [
      article.id,
      editionLangs(article).map((lang) => editionModule(article.id, lang)),
    ]),
  );
}

/** The renditions of every content image, for the precache's list of what to leave out. */
export { images };

export function pages(): PageSpec[] {
  return sitePages(manifest);
}

export function renderPage(spec: PageSpec, origin: string): RenderedPage {
  const { lang, head, data, landingSection } = describePage(spec, siteContext(origin));
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={spec.path}>
        <App servedNotFound={spec.status === 404} />
      </StaticRouter>
    </StrictMode>,
  );
  return {
    ...spec,
    lang,
    html,
    head: renderHead({ ...head, feeds: feedLinks(lang) }),
    data,
    landingSection,
  };
}

/**
 * The source modules (as Vite's manifest keys them) that a page's first view loads its data from:
 * each edition's UI strings (src/i18n/resources.ts) and articles (`loadArticleContent`), and a
 * front page's cards (`loadFrontPage`). The prerenderer preloads their chunks in the page's head.
 */
export function pageSources({ editions, front }: PageData): string[] {
  return [
    ...editions.flatMap(({ lang, articles }) => [
      `src/i18n/locales/${lang}.json`,
      ...articles.map((id) => editionModule(id, lang)),
    ]),
    ...(front ? [frontPageModule(front.lang, front.page)] : []),
  ];
}

/**
 * The data chunks a page names in its data, by key (src/content/module-ids.ts): every edition of
 * its articles (the other language is one toggle away; it is named, not preloaded) and its front
 * page's cards. The prerenderer turns the module ids into URLs.
 */
export function pageChunkModules({ editions, front }: PageData): Record<string, string> {
  const articles = new Set(editions.flatMap((edition) => edition.articles));
  const modules = manifest
    .filter((article) => articles.has(article.id))
    .flatMap((article) =>
      editionLangs(article).map((lang) => [
        editionKey(article.id, lang),
        editionModule(article.id, lang),
      ]),
    );
  if (front)
    modules.push([frontKey(front.lang, front.page), frontPageModule(front.lang, front.page)]);
  return Object.fromEntries(modules);
}

/**
 * sitemap.xml, robots.txt and each language's Atom feed for the site at `origin`. `lastChanged`
 * gives an article's last change (the build reads it from git) for a feed entry's `updated`.
 */
export function siteFiles(
  origin: string,
  lastChanged: (articleId: string) => Date,
): Record<string, string> {
  const feeds = languages.map((lang) => {
    const i18n = loadedI18n(lang);
    const bundle = bundles.get(lang);
    if (!i18n || !bundle) throw new Error('prepare() must run before rendering');
    const xml = renderFeed({
      manifest,
      lang,
      origin,
      articles: bundle.articles,
      t: i18n.getFixedT(lang, 'ui'),
      image: (articleId, imageId) => images[imageKey(articleId, imageId)],
      lastChanged,
    });
    return [feedPath(lang).slice(1), xml] as const;
  });
  return {
    'sitemap.xml': renderSitemap(origin, sitemapEntries(manifest)),
    'robots.txt': renderRobots(origin, languages.map(feedPath)),
    ...Object.fromEntries(feeds),
  };
}
