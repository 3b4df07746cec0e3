import type { Article } from '../article/model/schema';
import type { Lang } from '../i18n/languages';

export interface NewsArticleInput {
  lang: Lang;
  article: Article;
  /** Absolute URL of this edition. */
  url: string;
  /** The other edition: the German is the original, the English its translation (if any). */
  other?: { lang: Lang; url: string };
  publisher: { name: string; url: string; logo?: { url: string; width: number; height: number } };
  image?: {
    url: string;
    width: number;
    height: number;
    caption: string;
    credit?: string;
    note: string;
  };
}

/**
 * schema.org NewsArticle for one edition. Only what the source states: it has no author and no
 * date, so neither is given.
 */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const { article, lang, other } = input;
  // The other edition is named by its address and language only: its headline would put text of
  // the other language into this page.
  const edition = (l: Lang, url: string) => ({
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    inLanguage: l,
  });
  return {
    '@context': 'https://schema.org',
    ...edition(lang, input.url),
    headline: article.headline.text,
    mainEntityOfPage: input.url,
    description: article.standfirst?.text,
    isAccessibleForFree: true,
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      ...(input.publisher.logo && { logo: { '@type': 'ImageObject', ...input.publisher.logo } }),
    },
    ...(input.image && {
      image: {
        '@type': 'ImageObject',
        url: input.image.url,
        width: input.image.width,
        height: input.image.height,
        caption: input.image.caption,
        description: input.image.note,
        ...(input.image.credit !== undefined && { creditText: input.image.credit }),
      },
    }),
    ...(other &&
      (lang === 'de'
        ? { workTranslation: edition(other.lang, other.url) }
        : { translationOfWork: edition(other.lang, other.url) })),
  };
}
