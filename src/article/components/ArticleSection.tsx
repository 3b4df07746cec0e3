import { useTranslation } from 'react-i18next';
import type { Article, ArticleSection as Section } from '../model/schema';
import { Figure } from './Figure';

interface ArticleSectionProps {
  articleId: string;
  article: Article;
  section: Section;
}

export function ArticleSection({ articleId, article, section }: ArticleSectionProps) {
  const { t } = useTranslation();
  const headingId = `${section.id}-title`;
  return (
    // The id is authored and shared by both editions, so #nuclear-plants works in either language.
    <section id={section.id} className="article-section" aria-labelledby={headingId}>
      <h2
        id={headingId}
        tabIndex={-1}
        className={section.untitled ? 'visually-hidden' : 'article-section__title'}
      >
        {section.title}
      </h2>
      {section.blocks.map((block) => {
        if (block.type === 'figure') {
          const figure = article.figures[block.id];
          return figure && <Figure key={block.id} articleId={articleId} figure={figure} />;
        }
        return (
          <p key={block.id} data-block={block.id}>
            {block.text}
            {block.truncated && <span className="visually-hidden"> {t('article.truncated')}</span>}
          </p>
        );
      })}
    </section>
  );
}
