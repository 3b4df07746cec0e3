import { useTranslation } from 'react-i18next';
import { isLang } from '../../i18n/languages';
import { editorialMarker } from '../model/editorial';
import type { Article } from '../model/schema';
import { ListenControls } from '../speech/ListenControls';
import { EditorialMarker } from './EditorialMarker';
import { Figure } from './Figure';
import { PrintUrl } from './PrintUrl';

interface ArticleHeaderProps {
  articleId: string;
  article: Article;
  /** The article's canonical path, printed under the headline. */
  path: string;
  /** Reading time: the sum of the sections' own, so the contents and the header agree. */
  minutes: number;
  /** The figure the page opens with in view (see model/priority-figure). */
  priorityFigure?: string;
}

export function ArticleHeader({
  articleId,
  article,
  path,
  minutes,
  priorityFigure,
}: ArticleHeaderProps) {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'de';
  const lead = article.leadFigure === undefined ? undefined : article.figures[article.leadFigure];
  const marker = editorialMarker(article, t, lang);
  return (
    <header className="article-header">
      {/* tabIndex -1: jumping to the article's top moves keyboard focus here. */}
      <h1 id="headline" className="article-header__headline" tabIndex={-1} data-block="headline">
        {article.headline.text}
      </h1>
      <PrintUrl path={path} />
      {article.standfirst && (
        <p className="article-header__standfirst">{article.standfirst.text}</p>
      )}
      {/* After the parts it names, so it is read (and read aloud) once they have been. */}
      {marker !== undefined && <EditorialMarker text={marker} />}
      <div className="article-header__bar">
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
        <ListenControls />
      </div>
      {lead && article.leadFigure !== undefined && (
        <Figure
          id={article.leadFigure}
          articleId={articleId}
          figure={lead}
          lead
          priority={priorityFigure === article.leadFigure}
        />
      )}
    </header>
  );
}
