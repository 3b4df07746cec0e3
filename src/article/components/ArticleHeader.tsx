import type { Article } from '../model/schema';
import { Figure } from './Figure';

interface ArticleHeaderProps {
  articleId: string;
  article: Article;
}

export function ArticleHeader({ articleId, article }: ArticleHeaderProps) {
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
      {(article.byline !== undefined || article.published !== undefined) && (
        <p className="article-header__meta">
          {article.byline}
          {article.published !== undefined && (
            <time dateTime={article.published}>{article.published}</time>
          )}
        </p>
      )}
      {lead && <Figure articleId={articleId} figure={lead} lead />}
    </header>
  );
}
