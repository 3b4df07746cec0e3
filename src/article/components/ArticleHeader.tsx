import { useTranslation } from 'react-i18next';
import { isLang } from '../../i18n/languages';
import { articleWords, readingMinutes } from '../model/reading-time';
import type { Article } from '../model/schema';
import { Figure } from './Figure';

interface ArticleHeaderProps {
  articleId: string;
  article: Article;
}

export function ArticleHeader({ articleId, article }: ArticleHeaderProps) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'de';
  const minutes = readingMinutes(articleWords(article), lang);
  const lead = article.leadFigure === undefined ? undefined : article.figures[article.leadFigure];
  return (
    <header className="article-header">
      {/* tabIndex -1: jumping to the article's top moves keyboard focus here. */}
      <h1 id="headline" className="article-header__headline" tabIndex={-1}>
        {article.headline.text}
      </h1>
      {article.standfirst && (
        <p className="article-header__standfirst">{article.standfirst.text}</p>
      )}
      <p className="article-header__meta">
        {article.byline !== undefined && <span>{article.byline}</span>}
        {article.published !== undefined && (
          <time dateTime={article.published}>
            {new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(
              new Date(article.published),
            )}
          </time>
        )}
        <span>{t('article.readingTime', { count: minutes })}</span>
      </p>
      {lead && article.leadFigure !== undefined && (
        <Figure id={article.leadFigure} articleId={articleId} figure={lead} lead />
      )}
    </header>
  );
}
