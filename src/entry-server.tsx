import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import manifest from 'virtual:article-routes';
import { App } from './app/App';
import { renderHead } from './app/head';
import type { PageData } from './app/page-data';
import { pageTitle } from './article/model/page-title';
import { allArticlePaths, articlePath, matchArticle } from './article/model/routes';
import type { Article } from './article/model/schema';
import { isLang, languages, otherLang, type Lang } from './i18n/languages';
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

function bundle(lang: Lang, articleIds: string[]): LanguageBundle {
  const full = bundles.get(lang);
  if (!full) throw new Error('prepare() must run before rendering');
  const articles = Object.fromEntries(articleIds.map((id) => [id, full.articles[id] as Article]));
  return { lang, ui: full.ui, articles };
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

function documentTitle(lang: Lang, title: string): string {
  const i18n = loadedI18n(lang);
  if (!i18n) throw new Error('prepare() must run before rendering');
  return i18n.t('site.documentTitle', { title });
}

function describe(spec: PageSpec, origin: string): { lang: Lang; head: string; data: PageData } {
  const [, langParam = '', articleParam = '', sectionParam] = spec.path.split('/');
  if (spec.status === 404) {
    const lang: Lang = langParam === 'en' ? 'en' : 'de';
    const own = bundle(lang, []);
    const head = renderHead({ lang, title: documentTitle(lang, own.ui.notFound.title), origin });
    return { lang, head, data: { status: 404, bundles: [own] } };
  }
  const match = isLang(langParam) ? matchArticle(manifest, articleParam, sectionParam) : undefined;
  if (!isLang(langParam) || !match) {
    // `/`: both languages' UI strings, no article text.
    const data: PageData = { status: 200, bundles: languages.map((l) => bundle(l, [])) };
    const title = data.bundles.map((b) => b.ui.site.name).join(' · ');
    const head = renderHead({ lang: 'de', title, origin, canonicalPath: '/' });
    return { lang: 'de', head, data };
  }
  const lang = langParam;
  const own = bundle(lang, [match.articleId]);
  const article = own.articles[match.articleId] as Article;
  const title = documentTitle(lang, pageTitle(article, match.sectionId));
  const head = renderHead({
    lang,
    title,
    description: article.standfirst?.text,
    origin,
    canonicalPath: spec.path,
    alternates: {
      [lang]: spec.path,
      [otherLang(lang)]: articlePath(manifest, otherLang(lang), match.articleId, match.sectionId),
    },
  });
  return { lang, head, data: { status: 200, bundles: [own] } };
}

export function renderPage(spec: PageSpec, origin: string): RenderedPage {
  const { lang, head, data } = describe(spec, origin);
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={spec.path}>
        <App servedNotFound={spec.status === 404} />
      </StaticRouter>
    </StrictMode>,
  );
  return { ...spec, lang, html, head, data };
}
