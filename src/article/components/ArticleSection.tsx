import { useTranslation } from 'react-i18next';
import type { Article, ArticleSection as Section } from '../model/schema';
import { ListenControls } from '../speech/ListenControls';
import { useSectionReading } from '../speech/speech-context';
import { Figure } from './Figure';
import { ShareButton } from './ShareButton';

interface ArticleSectionProps {
  articleId: string;
  article: Article;
  section: Section;
  /** The section's canonical path in the current language, for sharing. */
  path: string;
  /** The figure the page opens with in view (see model/priority-figure). */
  priorityFigure?: string;
}

export function ArticleSection({
  articleId,
  article,
  section,
  path,
  priorityFigure,
}: ArticleSectionProps) {
  const { t } = useTranslation();
  const headingId = `${section.id}-title`;
  const reading = useSectionReading(section.id);
  return (
    // The id is authored and shared by both editions, so #nuclear-plants works in either language.
    <section
      id={section.id}
      className="article-section"
      aria-labelledby={headingId}
      data-reading={reading.active || undefined}
    >
      {section.untitled ? (
        <h2 id={headingId} tabIndex={-1} className="visually-hidden">
          {section.title}
        </h2>
      ) : (
        // A block like the paragraphs: switching language can keep a reader's place on a heading.
        <div className="article-section__heading" data-block={`${section.id}-heading`}>
          <h2 id={headingId} tabIndex={-1} className="article-section__title">
            {section.title}
          </h2>
          <ListenControls sectionId={section.id} />
          <ShareButton
            path={path}
            title={`${section.title} – ${article.headline.text}`}
            label={t('share.section', { title: section.title })}
            linkLabel={t('share.linkLabel', { title: section.title })}
          />
        </div>
      )}
      {section.blocks.map((block) => {
        if (block.type === 'figure') {
          const figure = article.figures[block.id];
          return (
            figure && (
              <Figure
                key={block.id}
                id={block.id}
                articleId={articleId}
                figure={figure}
                priority={block.id === priorityFigure}
              />
            )
          );
        }
        return (
          <p
            key={block.id}
            data-block={block.id}
            data-reading={reading.blockId === block.id || undefined}
          >
            {block.text}
            {block.truncated && <span className="visually-hidden"> {t('article.truncated')}</span>}
          </p>
        );
      })}
    </section>
  );
}
