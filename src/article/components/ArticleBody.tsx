import { memo } from 'react';
import type { Article } from '../model/schema';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { SpeechProvider } from '../speech/SpeechProvider';
import { EndNote } from './EndNote';

interface ArticleBodyProps {
  articleId: string;
  article: Article;
  pathFor: (sectionId?: string) => string;
  minutes: number;
}

/** Memoised: the address changing while the reader scrolls must not re-render the article. */
export const ArticleBody = memo(function ArticleBody({
  articleId,
  article,
  pathFor,
  minutes,
}: ArticleBodyProps) {
  return (
    <SpeechProvider article={article}>
      <article id="article" className="article" aria-labelledby="headline">
        <ArticleHeader articleId={articleId} article={article} path={pathFor()} minutes={minutes} />
        {article.sections.map((section) => (
          <ArticleSection
            key={section.id}
            articleId={articleId}
            article={article}
            section={section}
            path={pathFor(section.id)}
          />
        ))}
        {article.endNote && <EndNote text={article.endNote.text} />}
        {/* When this is in view the reader is at the end: the last section is the current one. */}
        <div id="article-end" className="article-end" />
      </article>
    </SpeechProvider>
  );
});
