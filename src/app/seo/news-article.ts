import type { Article } from '../../article/model/schema';
import type { Lang } from '../../i18n/languages';

export interface NewsArticleInput {
  lang: Lang;
  article: Article;
  /** Absolute URL of this edition. */
  url: string;
  /** The other edition: the German is the original, the English its translation. */
  other: { lang: Lang; url: string; headline: string };
  publisher: { name: string; url: string };
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
  const edition = (l: Lang, url: string, headline: string) => ({
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    headline,
    inLanguage: l,
  });
  return {
    '@context': 'https://schema.org',
    ...edition(lang, input.url, article.headline.text),
    mainEntityOfPage: input.url,
    description: article.standfirst?.text,
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
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
    ...(lang === 'de'
      ? { workTranslation: edition(other.lang, other.url, other.headline) }
      : { translationOfWork: edition(other.lang, other.url, other.headline) }),
  };
}
