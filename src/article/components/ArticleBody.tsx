import type { Article } from '../model/schema';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { EndNote } from './EndNote';

interface ArticleBodyProps {
  articleId: string;
  article: Article;
}

export function ArticleBody({ articleId, article }: ArticleBodyProps) {
  return (
    <article className="article" aria-labelledby="headline">
      <ArticleHeader articleId={articleId} article={article} />
      {article.sections.map((section) => (
        <ArticleSection
          key={section.id}
          articleId={articleId}
          article={article}
          section={section}
        />
      ))}
      {article.endNote && <EndNote text={article.endNote.text} />}
    </article>
  );
}
