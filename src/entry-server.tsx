import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import manifest from 'virtual:article-routes';
import { App } from './app/App';
import type { PageData } from './app/page-data';
import { articleHead } from './app/seo/article-head';
import { renderHead, type HeadInput } from './app/seo/render-head';
import { renderRobots, renderSitemap } from './app/seo/sitemap';
import { pageTitle } from './article/model/page-title';
import { landingSection } from './article/model/priority-figure';
import { allArticlePaths, articlePath, matchArticle } from './article/model/routes';
import type { Article } from './article/model/schema';
import { isLang, languages, type Lang } from './i18n/languages';
import { adoptBundle, fetchBundle, loadedI18n } from './i18n/registry';
import type { LanguageBundle } from './i18n/resources';

export interface PageSpec {
  path: string;
  /** Output file, relative to the site's root folder. */
  file: string;
  status: 200 | 404;
}

export interface RenderedPage extends PageSpec {
  lang: Lang;
  html: string;
  head: string;
  data: PageData;
  /** The section a section URL opens at, when it is not the article's top. */
  landingSection?: string;
}

const bundles = new Map<Lang, LanguageBundle>();

/** Loads and validates every language's resources; call once before rendering. */
export async function prepare(): Promise<void> {
  const articleIds = manifest.map((a) => a.id);
  for (const lang of languages) {
    const bundle = await fetchBundle(lang, articleIds);
    bundles.set(lang, bundle);
    adoptBundle(bundle);
  }
}

function bundle(lang: Lang, articleIds: string[] = []): LanguageBundle {
  const full = bundles.get(lang);
  if (!full) throw new Error('prepare() must run before rendering');
  const articles = Object.fromEntries(articleIds.map((id) => [id, full.articles[id] as Article]));
  return { lang, ui: full.ui, articles };
}

function documentTitle(lang: Lang, title: string): string {
  const i18n = loadedI18n(lang);
  if (!i18n) throw new Error('prepare() must run before rendering');
  return i18n.t('site.documentTitle', { title });
}

export function pages(): PageSpec[] {
  return [
    { path: '/', file: 'index.html', status: 200 },
    ...allArticlePaths(manifest).map((path) => ({
      path,
      file: `${path.slice(1)}/index.html`,
      status: 200 as const,
    })),
    { path: '/404', file: '404.html', status: 404 },
    { path: '/en/404', file: '404.en.html', status: 404 },
  ];
}

interface PageHead {
  lang: Lang;
  head: HeadInput;
  data: PageData;
  landingSection?: string;
}

function notFoundHead(lang: Lang, origin: string): PageHead {
  const own = bundle(lang);
  const title = documentTitle(lang, own.ui.notFound.title);
  return {
    lang,
    head: { lang, title, origin, siteName: own.ui.site.name },
    data: { status: 404, bundles: [own] },
  };
}

function homeHead(origin: string): PageHead {
  // `/` offers both editions: both languages' UI strings, no article text.
  const data: PageData = { status: 200, bundles: languages.map((lang) => bundle(lang)) };
  const title = data.bundles.map((b) => b.ui.site.name).join(' · ');
  const siteName = bundle('de').ui.site.name;
  const first = manifest[0];
  const alternates = first && {
    de: articlePath(manifest, 'de', first.id),
    en: articlePath(manifest, 'en', first.id),
  };
  return {
    lang: 'de',
    head: {
      lang: 'de',
      title,
      origin,
      siteName,
      canonicalPath: '/',
      ...(alternates && { alternates }),
    },
    data,
  };
}

function describePage(spec: PageSpec, origin: string): PageHead {
  const [, langParam = '', articleParam = '', sectionParam] = spec.path.split('/');
  if (spec.status === 404) return notFoundHead(langParam === 'en' ? 'en' : 'de', origin);
  const match = isLang(langParam) ? matchArticle(manifest, articleParam, sectionParam) : undefined;
  if (!isLang(langParam) || !match) return homeHead(origin);
  const lang = langParam;
  const own = bundle(lang, [match.articleId]);
  const article = own.articles[match.articleId] as Article;
  const head = articleHead({
    manifest,
    articleId: match.articleId,
    sectionId: match.sectionId,
    lang,
    origin,
    article,
    ui: own.ui,
    documentTitle: documentTitle(lang, pageTitle(article, match.sectionId)),
  });
  return {
    lang,
    head,
    data: { status: 200, bundles: [own] },
    landingSection: landingSection(article, match.sectionId),
  };
}

export function renderPage(spec: PageSpec, origin: string): RenderedPage {
  const { lang, head, data, landingSection } = describePage(spec, origin);
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={spec.path}>
        <App servedNotFound={spec.status === 404} />
      </StaticRouter>
    </StrictMode>,
  );
  return { ...spec, lang, html, head: renderHead(head), data, landingSection };
}

/** sitemap.xml and robots.txt for the site at `origin`. */
export function siteFiles(origin: string): Record<string, string> {
  const sitemapPages = manifest.flatMap((article) => {
    const sectionIds = article.editions.de.sections.map((s) => s.id);
    return [undefined, ...sectionIds].map((sectionId) => ({
      alternates: Object.fromEntries(
        languages.map((lang) => [lang, articlePath(manifest, lang, article.id, sectionId)]),
      ),
    }));
  });
  return {
    'sitemap.xml': renderSitemap(origin, sitemapPages),
    'robots.txt': renderRobots(origin),
  };
}
