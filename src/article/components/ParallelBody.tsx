import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import { editorsNote } from '../model/editorial';
import { pairEditions, type ParallelSection } from '../model/parallel';
import { priorityFigure } from '../model/priority-figure';
import type { Article } from '../model/schema';
import { ListenControls } from '../speech/ListenControls';
import { useSectionReading } from '../speech/speech-context';
import { SpeechProvider } from '../speech/SpeechProvider';
import { ArticleHeader } from './ArticleHeader';
import { EndNote } from './EndNote';
import { Figure } from './Figure';
import { ShareButton } from './ShareButton';

interface ParallelBodyProps {
  articleId: string;
  lang: Lang;
  article: Article;
  otherLang: Lang;
  other: Article;
  /** The other edition's editor's note, in its language (editorsNote with its `t`). */
  otherNote: readonly string[];
  pathFor: (sectionId?: string) => string;
  minutes: number;
  landingSection?: string;
}

/**
 * The translation of a block, beside it on wide screens and under it on phones (the same DOM:
 * one grid row per pair, own column first). Only the page's edition carries `data-block`, so the
 * reading anchor, scrollspy and read-aloud see one edition, as in the single view.
 */
function Translation({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useTranslation();
  const name = t(`parallel.langName.${lang}`);
  return (
    <div className="parallel__other" lang={lang} role="group" aria-label={name}>
      <span className="parallel__tag" aria-hidden="true">
        {lang.toUpperCase()}
      </span>
      {children}
    </div>
  );
}

function Section({
  articleId,
  article,
  other,
  otherLang,
  section,
  path,
  priority,
}: {
  articleId: string;
  article: Article;
  other: Article;
  otherLang: Lang;
  section: ParallelSection;
  path: string;
  priority?: string;
}) {
  const { t } = useTranslation();
  const headingId = `${section.id}-title`;
  const reading = useSectionReading(section.id);
  const { own } = section;
  return (
    <section
      id={section.id}
      className="article-section parallel"
      aria-labelledby={headingId}
      data-reading={reading.active || undefined}
    >
      {own.untitled ? (
        <h2 id={headingId} tabIndex={-1} className="visually-hidden">
          {own.title}
        </h2>
      ) : (
        <>
          <div className="article-section__heading parallel__own" data-block={`${own.id}-heading`}>
            <h2 id={headingId} tabIndex={-1} className="article-section__title">
              {own.title}
            </h2>
            <ListenControls sectionId={own.id} />
            <ShareButton
              path={path}
              title={`${own.title} – ${article.headline.text}`}
              label={t('share.section', { title: own.title })}
              linkLabel={t('share.linkLabel', { title: own.title })}
            />
          </div>
          <Translation lang={otherLang}>
            <p className="article-section__title parallel__title">{section.other.title}</p>
          </Translation>
        </>
      )}
      {section.rows.map((row) => {
        if (row.type === 'figure') {
          const figure = article.figures[row.id];
          const translated = other.figures[row.id];
          return (
            figure && (
              <Figure
                key={row.id}
                id={row.id}
                articleId={articleId}
                figure={figure}
                priority={row.id === priority}
              >
                {translated && (
                  <span className="parallel__caption" lang={otherLang}>
                    {translated.caption}
                  </span>
                )}
              </Figure>
            )
          );
        }
        return [
          <p
            key={row.id}
            className="parallel__own"
            data-block={row.id}
            data-reading={reading.blockId === row.id || undefined}
          >
            {row.own.text}
            {row.own.truncated && (
              <span className="visually-hidden"> {t('article.truncated')}</span>
            )}
          </p>,
          <Translation key={`${row.id}-other`} lang={otherLang}>
            <p>{row.other.text}</p>
          </Translation>,
        ];
      })}
    </section>
  );
}

/** Both editions side by side, the page's language first (issue #14). */
export const ParallelBody = memo(function ParallelBody({
  articleId,
  lang,
  article,
  otherLang,
  other,
  otherNote,
  pathFor,
  minutes,
  landingSection,
}: ParallelBodyProps) {
  const { t } = useTranslation();
  const sections = pairEditions(article, other);
  const priority = priorityFigure(article, landingSection);
  const note = editorsNote(article, t, lang);
  return (
    // Read aloud gets the page's edition only: the translation is never in its queue.
    <SpeechProvider article={article}>
      <article id="article" className="article article--parallel" aria-labelledby="headline">
        <ArticleHeader
          articleId={articleId}
          article={article}
          path={pathFor()}
          minutes={minutes}
          priorityFigure={priority}
        />
        <Translation lang={otherLang}>
          <p className="parallel__headline">{other.headline.text}</p>
          {other.standfirst && <p className="parallel__standfirst">{other.standfirst.text}</p>}
        </Translation>
        {sections.map((section) => (
          <Section
            key={section.id}
            articleId={articleId}
            article={article}
            other={other}
            otherLang={otherLang}
            section={section}
            path={pathFor(section.id)}
            priority={priority}
          />
        ))}
        {note.length > 0 && <EndNote sentences={note} />}
        {otherNote.length > 0 && (
          <Translation lang={otherLang}>
            <p className="end-note">{otherNote.join(' ')}</p>
          </Translation>
        )}
        <div id="article-end" className="article-end" />
      </article>
    </SpeechProvider>
  );
});
