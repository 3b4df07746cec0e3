import { pageTitle } from '../article/model/page-title';
import { landingSection } from '../article/model/priority-figure';
import type { TFunction } from 'i18next';
import type { Article } from '../article/model/schema';
import { languages, otherLang, type Lang } from '../i18n/languages';
import type { LanguageBundle } from '../i18n/resources';
import type { ArticleRoutes } from '../routing/manifest';
import { frontPageCount, frontPath } from '../routing/front-pages';
import { parseSitePath, pathLang, type SiteRoute } from '../routing/site-path';
import { articleHead } from './article-head';
import type { PageData } from './page-data';
import type { HeadInput } from './render-head';
import type { PageSpec } from './site-pages';

/** What the site generator knows when it describes a page: everything, validated. */
export interface SiteContext {
  manifest: readonly ArticleRoutes[];
  /** Absolute origin of the site, without a trailing slash. */
  origin: string;
  /** Each language's UI strings and every article of that edition. */
  bundles: Readonly<Record<Lang, LanguageBundle<Article>>>;
  /**
   * The UI strings of `lang` through the i18next instance the app renders with, so a title with
   * values (site.documentTitle, parallel.title, front.pageTitle) reads as the app writes it.
   */
  t: (lang: Lang) => TFunction;
}

/** A page's language, its head, the data the app hydrates from, and where it opens. */
export interface PageHead {
  lang: Lang;
  head: HeadInput;
  data: PageData;
  /** The section a section URL opens at, when it is not the article's top. */
  landingSection?: string;
}

/** A language's bundle with only the articles a page shows: the rest stays out of its HTML. */
function bundleWith(
  site: SiteContext,
  lang: Lang,
  articleIds: readonly string[] = [],
): LanguageBundle<Article> {
  const full = site.bundles[lang];
  const articles = Object.fromEntries(
    articleIds.map((id) => {
      const article = full.articles[id];
      if (!article) throw new Error(`No ${lang} edition of article "${id}"`);
      return [id, article];
    }),
  );
  return { lang, ui: full.ui, articles };
}

function notFoundHead(site: SiteContext, lang: Lang): PageHead {
  const own = bundleWith(site, lang);
  return {
    lang,
    head: {
      lang,
      title: site.t(lang)('site.documentTitle', { title: own.ui.notFound.title }),
      origin: site.origin,
      siteName: own.ui.site.name,
    },
    data: { status: 404, editions: [{ lang, articles: [] }] },
  };
}

function homeHead(site: SiteContext): PageHead {
  // `/` offers both editions: both languages' UI strings, no article text.
  const data: PageData = {
    status: 200,
    editions: languages.map((lang) => ({ lang, articles: [] })),
  };
  const alternates = { de: frontPath('de'), en: frontPath('en') };
  return {
    lang: 'de',
    head: {
      lang: 'de',
      title: languages.map((lang) => site.bundles[lang].ui.site.name).join(' · '),
      origin: site.origin,
      siteName: site.bundles.de.ui.site.name,
      canonicalPath: '/',
      alternates,
    },
    data,
  };
}

function frontHead(site: SiteContext, { lang, page }: Extract<SiteRoute, { kind: 'front' }>) {
  // A front draws its cards from its own chunk (virtual:front-page/…), not from article text:
  // UI strings and that page's cards.
  const own = bundleWith(site, lang);
  const { front } = own.ui;
  const title = page > 1 ? site.t(lang)('front.pageTitle', { page }) : front.title;
  const count = frontPageCount(site.manifest, lang);
  const alternates = Object.fromEntries(
    languages
      .filter((other) => page <= frontPageCount(site.manifest, other))
      .map((other) => [other, frontPath(other, page)]),
  );
  const head: HeadInput = {
    lang,
    title: site.t(lang)('site.documentTitle', { title }),
    socialTitle: title,
    description: front.description,
    origin: site.origin,
    siteName: own.ui.site.name,
    canonicalPath: frontPath(lang, page),
    alternates,
    type: 'website',
    pagination: {
      ...(page > 1 && { prev: frontPath(lang, page - 1) }),
      ...(page < count && { next: frontPath(lang, page + 1) }),
    },
  };
  const data: PageData = { status: 200, editions: [{ lang, articles: [] }], front: { lang, page } };
  return { lang, head, data };
}

/**
 * Describes one page of the site from its path, read the way the client and the server read it
 * (src/routing/site-path.ts). Pure: the same site and page give the same head and data.
 */
export function describePage(spec: PageSpec, site: SiteContext): PageHead {
  if (spec.status === 404) return notFoundHead(site, pathLang(spec.path));
  const route = parseSitePath(site.manifest, spec.path);
  if (route.kind === 'not-found') {
    throw new Error(`${spec.path} is listed as a page but names none`);
  }
  if (route.kind === 'home') return homeHead(site);
  if (route.kind === 'front') return frontHead(site, route);
  const { lang, articleId, sectionId, view } = route;
  const own = bundleWith(site, lang, [articleId]);
  // The editions the page shows: the parallel view needs the other one too.
  const bundles =
    view === 'parallel' ? [own, bundleWith(site, otherLang(lang), [articleId])] : [own];
  const article = own.articles[articleId] as Article;
  const head = articleHead({
    manifest: site.manifest,
    articleId,
    sectionId,
    lang,
    origin: site.origin,
    article,
    ui: own.ui,
    documentTitle: site.t(lang)('site.documentTitle', {
      title:
        view === 'parallel'
          ? site.t(lang)('parallel.title', { title: pageTitle(article, sectionId) })
          : pageTitle(article, sectionId),
    }),
    view,
  });
  return {
    lang,
    head,
    data: { status: 200, editions: bundles.map((b) => ({ lang: b.lang, articles: [articleId] })) },
    landingSection: landingSection(article, sectionId),
  };
}
