import images from 'virtual:responsive-images';
import type { ArticleRoutes } from '../routing/manifest';
import { imageKey } from '../article/model/image-key';
import { pageTitle } from '../article/model/page-title';
import { articlePath, editionPaths, hasEdition, parallelPath } from '../routing/article-paths';
import type { Article } from '../article/model/schema';
import { firstSentences } from '../article/model/summary';
import { otherLang, type Lang } from '../i18n/languages';
import type { UiResource } from '../i18n/resources';
import { newsArticleJsonLd } from './news-article';
import { publisherLogo } from './publisher-logo';
import type { HeadInput } from './render-head';

export interface ArticleHeadInput {
  manifest: readonly ArticleRoutes[];
  articleId: string;
  sectionId?: string;
  lang: Lang;
  origin: string;
  article: Article;
  ui: UiResource;
  /** The document title, as the app shows it (with the site's name). */
  documentTitle: string;
  /** The parallel view's page: its own canonical address and alternates. */
  view?: 'parallel';
}

/** The figure a page previews with: the section's own photo, else the lead photo. */
function previewFigureId(article: Article, sectionId?: string): string | undefined {
  const section = article.sections.find((s) => s.id === sectionId);
  const own = section?.blocks.find((block) => block.type === 'figure');
  return own?.id ?? article.leadFigure;
}

function description(article: Article, sectionId?: string): string | undefined {
  const section = article.sections.find((s) => s.id === sectionId);
  const paragraph = section?.blocks.find((block) => block.type === 'paragraph');
  if (paragraph?.type === 'paragraph') return firstSentences(paragraph.text);
  return article.standfirst?.text;
}

/** Everything the head of an article or section page says, in the page's language. */
export function articleHead(input: ArticleHeadInput): HeadInput {
  const { manifest, articleId, sectionId, lang, origin, article } = input;
  const other = otherLang(lang);
  const pathOf = input.view === 'parallel' ? parallelPath : articlePath;
  const path = pathOf(manifest, lang, articleId, sectionId);
  const figureId = previewFigureId(article, sectionId);
  const figure = figureId === undefined ? undefined : article.figures[figureId];
  const image = figure && images[imageKey(articleId, figure.image)];
  const leadFigure =
    article.leadFigure === undefined ? undefined : article.figures[article.leadFigure];
  const leadImage = leadFigure && images[imageKey(articleId, leadFigure.image)];
  return {
    lang,
    title: input.documentTitle,
    socialTitle: pageTitle(article, sectionId),
    description: description(article, sectionId),
    origin,
    siteName: input.ui.site.name,
    canonicalPath: path,
    // The view's alternates are the view in the other column order; it exists only for an
    // article with both editions.
    alternates:
      input.view === 'parallel'
        ? {
            de: parallelPath(manifest, 'de', articleId, sectionId),
            en: parallelPath(manifest, 'en', articleId, sectionId),
          }
        : editionPaths(manifest, articleId, sectionId),
    type: 'article',
    ...(figure &&
      image && {
        image: {
          path: image.og.src,
          width: image.og.width,
          height: image.og.height,
          alt: figure.alt,
        },
      }),
    jsonLd: newsArticleJsonLd({
      lang,
      article,
      url: `${origin}${articlePath(manifest, lang, articleId)}`,
      ...(hasEdition(manifest, other, articleId) && {
        other: { lang: other, url: `${origin}${articlePath(manifest, other, articleId)}` },
      }),
      publisher: {
        name: input.ui.site.name,
        url: `${origin}/`,
        logo: {
          url: `${origin}${publisherLogo.path}`,
          width: publisherLogo.size,
          height: publisherLogo.size,
        },
      },
      ...(leadFigure &&
        leadImage && {
          image: {
            url: `${origin}${leadImage.og.src}`,
            width: leadImage.og.width,
            height: leadImage.og.height,
            caption: leadFigure.caption,
            credit: leadFigure.credit,
            note: input.ui.figure.standIn,
          },
        }),
    }),
  };
}
