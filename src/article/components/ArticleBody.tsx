import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../i18n/languages';
import { editorsNote } from '../model/editorial';
import { priorityFigure } from '../model/priority-figure';
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
  /** The section the page opened at (a section URL); it decides which image loads first. */
  landingSection?: string;
}

/** Memoised: the address changing while the reader scrolls must not re-render the article. */
export const ArticleBody = memo(function ArticleBody({
  articleId,
  article,
  pathFor,
  minutes,
  landingSection,
}: ArticleBodyProps) {
  const priority = priorityFigure(article, landingSection);
  const { t, i18n } = useTranslation();
  const note = editorsNote(article, t, isLang(i18n.language) ? i18n.language : 'de');
  return (
    <SpeechProvider article={article}>
      <article id="article" className="article" aria-labelledby="headline">
        <ArticleHeader
          articleId={articleId}
          article={article}
          path={pathFor()}
          minutes={minutes}
          priorityFigure={priority}
        />
        {article.sections.map((section) => (
          <ArticleSection
            key={section.id}
            articleId={articleId}
            article={article}
            section={section}
            path={pathFor(section.id)}
            priorityFigure={priority}
          />
        ))}
        {note.length > 0 && <EndNote sentences={note} />}
        {/* When this is in view the reader is at the end: the last section is the current one. */}
        <div id="article-end" className="article-end" />
      </article>
    </SpeechProvider>
  );
});
